"""The action server: rasa_sdk's own app, on loopback by default, answering only Rasa.

`python -m actions.server` (started by cli/stack.py) serves what `python -m rasa_sdk
--actions actions` serves, with the two differences a bank's network needs:

- it listens on ACTION_HOST (127.0.0.1 unless set), not on every interface;
- every request except `GET /health` must carry `Authorization: Bearer
  <ACTION_SERVER_SECRET>`, which Rasa sends (bot/endpoints.yml). Anything else gets 401
  before the body is looked at, so no action runs for it. Otherwise anyone who reaches the
  port could run `action_customer_profile` as head office.

The port is ACTION_PORT, the log level LOG_LEVEL, the worker count rasa_sdk's SANIC_WORKERS.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from functools import partial

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic.worker.loader import AppLoader

log = logging.getLogger(__name__)

# The only route a caller without the secret may use: it says "up" and nothing else.
OPEN_PATHS = frozenset({"/health"})
REFUSED = {"error": "This action server answers only the Rasa server it belongs to "
                    "(Authorization: Bearer <ACTION_SERVER_SECRET>)."}


def _digest(value: str) -> bytes:
    # Equal-length digests: the comparison's time reveals neither the secret nor its length.
    return hashlib.sha256(value.encode("utf-8", "surrogateescape")).digest()


def is_authorised(authorization: str | None, secret: str) -> bool:
    """Does this Authorization header carry the shared secret? Constant-time."""
    expected = _digest(f"Bearer {secret}")
    return bool(secret) and hmac.compare_digest(_digest(authorization or ""), expected)


def create_app(executor: object, secret: str) -> Sanic:
    """rasa_sdk's app (routes, tracing, plugins) with the secret checked before every route.

    Module-level, because Sanic pickles the factory into each worker process.
    """
    from rasa_sdk.endpoint import create_app_for_serve

    if not secret:
        raise ValueError("the action server needs a non-empty ACTION_SERVER_SECRET")
    # No CORS: no browser has any business calling the action server.
    app = create_app_for_serve(executor, cors_origins=None)  # type: ignore[arg-type]

    @app.on_request
    async def require_secret(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS and request.method in ("GET", "HEAD"):
            return None
        if is_authorised(request.headers.get("authorization"), secret):
            return None
        # The path only: the body may name customers.
        log.warning("refused an unauthenticated %s %s", request.method, request.path)
        return response.json(REFUSED, status=401, headers={"WWW-Authenticate": "Bearer"})

    return app


def main() -> None:
    from rasa_sdk import utils
    from rasa_sdk.executor import ActionExecutor

    from knowledge.settings import get_settings

    settings = get_settings()
    if not settings.action_server_secret:
        raise SystemExit(
            "ACTION_SERVER_SECRET is empty: the action server refuses to start without it. Set "
            "the same value for the Rasa server (bot/endpoints.yml sends it); `advisor run` "
            "generates one for each run in development."
        )
    utils.configure_colored_logging(settings.log_level)
    utils.update_sanic_log_level()
    executor = ActionExecutor()
    executor.register_package("actions")
    workers = utils.number_of_sanic_workers()
    log.info("action server on http://%s:%d", settings.action_host, settings.action_port)
    if workers == 1:
        # One process, no Sanic manager: a kill -9 then ends the server itself instead of
        # orphaning a worker that keeps the port (`advisor run` restarts it).
        app = create_app(executor, settings.action_server_secret)
        app.prepare(host=settings.action_host, port=settings.action_port, single_process=True)
        Sanic.serve_single(primary=app)
        return
    loader = AppLoader(factory=partial(create_app, executor, settings.action_server_secret))
    app = loader.load()
    app.prepare(host=settings.action_host, port=settings.action_port, workers=workers)
    Sanic.serve(primary=app, app_loader=loader)


if __name__ == "__main__":
    # Through the package, so that the factory Sanic pickles is actions.server.create_app.
    from actions import server

    server.main()
