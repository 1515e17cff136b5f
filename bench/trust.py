"""Trust boundaries of a running stack: who listens where, and do forged calls get in?

Starts the stack as `advisor run` does (a small generated demo bank in var/bench/trust/),
then counts:
- sockets of the stack's processes listening on an address other than loopback (target 0);
- forged calls accepted by the action server (no secret, wrong, truncated, extended, other
  schemes) asking for a head-office profile (target 0 of --calls);
- forged calls accepted by Rasa's HTTP API (no token, wrong token, forged JWT) reading a
  tracker, injecting events or parsing (target 0 of --calls);
- forged turns accepted by the REST channel (wrong secret, another sender, expired,
  unsigned), plus, with --production, bare senders (target 0 of --calls);
and, as controls that the probe can see an accepted call at all, one genuine call of each.

    .venv/bin/python -m bench.trust [--calls 200] [--production]

The functions are also what tests/e2e/test_trust_boundaries.py runs against its stack.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import os
import secrets
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
import jwt

from bench.common import RESULTS, save
from channels import sender_token
from cli.stack import Stack

PROFILE_CALL = {
    "next_action": "action_customer_profile", "sender_id": "H001", "version": "3.6.21",
    "domain": {},
    "tracker": {"sender_id": "H001", "slots": {"customer_id": "C000001"},
                "latest_message": {"text": "tell me about C000001", "intent": {
                    "name": "ask_profile"}, "entities": [
                    {"entity": "customer_id", "value": "C000001"}]},
                "events": [], "paused": False, "followup_action": None, "active_loop": {},
                "latest_action_name": None},
}


# --- sockets ---------------------------------------------------------------------------

def process_tree(roots: Iterable[int]) -> set[int]:
    """The given processes and all their descendants (Sanic serves from worker children)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found = set(roots)
    grew = True
    while grew:
        children = {pid for pid, parent in parents.items() if parent in found} - found
        found |= children
        grew = bool(children)
    return found


def _socket_inodes(pids: Iterable[int]) -> set[str]:
    inodes = set()
    for pid in pids:
        try:
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    return inodes


def _address(hex_address: str) -> str:
    raw = bytes.fromhex(hex_address)
    # /proc/net/tcp{,6} hold each 32-bit word in host (little-endian) order.
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
    return str(ipaddress.ip_address(words))


def listening_sockets(pids: Iterable[int]) -> list[tuple[str, int]]:
    """(address, port) of every TCP socket in LISTEN state owned by these processes."""
    inodes = _socket_inodes(pids)
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and inode in inodes:
                address, port = local.rsplit(":", 1)
                found.append((_address(address), int(port, 16)))
    return sorted(set(found))


def exposed(sockets: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return [(a, p) for a, p in sockets if not ipaddress.ip_address(a).is_loopback]


# --- forged calls ----------------------------------------------------------------------

def action_server_forgeries(secret: str) -> list[dict[str, str]]:
    guessed = secrets.token_urlsafe(32)
    return [{}, {"Authorization": "Bearer"}, {"Authorization": f"Bearer {guessed}"},
            {"Authorization": secret}, {"Authorization": f"Bearer {secret[:-1]}"},
            {"Authorization": f"Bearer {secret}0"}, {"Authorization": f"Basic {secret}"},
            {"X-Action-Server-Secret": secret}]


def probe_action_server(url: str, secret: str, calls: int) -> dict[str, int]:
    """Forged profile requests as head office; `accepted` counts anything but 401."""
    variants = action_server_forgeries(secret)
    accepted = 0
    with httpx.Client(timeout=30) as client:
        for number in range(calls):
            answer = client.post(f"{url}/webhook", json=PROFILE_CALL,
                                 headers=variants[number % len(variants)])
            accepted += answer.status_code != 401
        control = client.post(f"{url}/webhook", json=PROFILE_CALL,
                              headers={"Authorization": f"Bearer {secret}"})
    return {"calls": calls, "accepted": accepted, "genuine_status": control.status_code}


def probe_rasa_api(url: str, token: str, calls: int) -> dict[str, int]:
    """Reads, writes and parses on Rasa's HTTP API without its token; `accepted` counts any
    answer below 400."""
    guessed_jwt = jwt.encode({"user": {"username": "H001", "role": "admin"}},
                             "guessed-secret", algorithm="HS256")
    credentials: list[tuple[dict[str, str], dict[str, str]]] = [
        ({}, {}), ({"token": "wrong"}, {}), ({"token": token[:-1]}, {}),
        ({"token": ""}, {}), ({}, {"Authorization": f"Bearer {guessed_jwt}"}),
        ({}, {"Authorization": f"Bearer {token}"}), ({"token": f"{token} "}, {}),
    ]
    requests: list[tuple[str, str, Any]] = [
        ("GET", "/conversations/A001/tracker", None),
        ("POST", "/conversations/A001/tracker/events",
         {"event": "slot", "name": "customer_id", "value": "C000001"}),
        ("POST", "/model/parse", {"text": "tell me about C000001"}),
        ("GET", "/status", None), ("GET", "/domain", None),
        ("POST", "/conversations/A001/messages", {"text": "hi", "sender": "user"}),
    ]
    accepted = 0
    with httpx.Client(timeout=30) as client:
        for number in range(calls):
            params, headers = credentials[number % len(credentials)]
            method, path, body = requests[number % len(requests)]
            answer = client.request(method, f"{url}{path}", params=params, headers=headers,
                                    json=body)
            accepted += answer.status_code < 400
        control = client.get(f"{url}/status", params={"token": token})
    return {"calls": calls, "accepted": accepted, "genuine_status": control.status_code}


def rest_forgeries(secret: str, *, bare: bool) -> list[tuple[dict[str, Any], dict[str, str]]]:
    def bearer(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    now = time.time()
    unsigned = jwt.encode({"sub": "H001", "iat": now, "exp": now + 60,
                           "aud": sender_token.AUDIENCE, "iss": sender_token.ISSUER},
                          None, algorithm="none")
    body = {"sender": "H001", "message": "tell me about C000001"}
    forged = [
        (body, bearer(sender_token.issue("H001", secret="guessed-secret", seconds=60))),
        (body, bearer(sender_token.issue("A001", secret=secret, seconds=60))),  # another sender
        (body, bearer(sender_token.issue("H001", secret=secret, seconds=60,
                                         now=now - 600))),  # expired
        (body, bearer(unsigned)),
        (body, {"Authorization": "Basic SDAwMTo="}),
    ]
    if bare:  # outside development a bare sender is a forgery too
        forged += [(body, {}), ({**body, "input_channel": "slack"}, {})]
    return forged


def probe_rest_channel(webhook: str, secret: str, calls: int, *, bare: bool) -> dict[str, int]:
    variants = rest_forgeries(secret, bare=bare)
    accepted = 0
    with httpx.Client(timeout=60) as client:
        for number in range(calls):
            body, headers = variants[number % len(variants)]
            answer = client.post(webhook, json=body, headers=headers)
            accepted += answer.status_code != 401
        proof = sender_token.issue("A001", secret=secret, seconds=60)
        genuine = {"Authorization": f"Bearer {proof}"}
        control = client.post(webhook, json={"sender": "A001", "message": "hi"}, headers=genuine)
    return {"calls": calls, "accepted": accepted, "genuine_status": control.status_code}


def probe(stack: Stack, calls: int, *, bare_is_forged: bool) -> dict[str, Any]:
    s = stack.settings
    pids = process_tree(svc.process.pid for svc in stack.services if svc.process is not None)
    sockets = listening_sockets(pids)
    return {
        "listening": [f"{a}:{p}" for a, p in sockets],
        "listening_non_loopback": len(exposed(sockets)),
        "action_server": probe_action_server(f"http://127.0.0.1:{s.action_port}",
                                             stack.secrets["action_server_secret"], calls),
        "rasa_api": probe_rasa_api(f"http://127.0.0.1:{s.rasa_port}",
                                   stack.secrets["rasa_auth_token"], calls),
        "rest_channel": probe_rest_channel(stack.rest_webhook,
                                           stack.secrets["chat_token_secret"], calls,
                                           bare=bare_is_forged),
    }


def main() -> None:
    from knowledge.db import make_engine, session_factory
    from knowledge.demo_bank import generate_demo_bank
    from knowledge.migrate import upgrade
    from knowledge.settings import Settings

    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--production", action="store_true",
                        help="ENVIRONMENT=production: bare REST senders count as forgeries")
    args = parser.parse_args()
    folder = RESULTS / "trust"
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "bank.db"
    database.unlink(missing_ok=True)
    url = f"sqlite:///{database}"
    upgrade(url)
    engine = make_engine(url)
    as_of = dt.date(2026, 11, 16)
    with session_factory(engine).begin() as session:
        generate_demo_bank(session=session, customers=200, seed=3, as_of=as_of)
    engine.dispose()
    extra: dict[str, Any] = {}
    if args.production:
        extra = {"environment": "production", "secret_key": secrets.token_urlsafe(32),
                 **{name: secrets.token_urlsafe(32) for name in
                    ("action_server_secret", "rasa_auth_token", "chat_token_secret")}}
        # The stack passes its own settings on; the API's signing key comes from the
        # environment, as in a deployment.
        os.environ["SECRET_KEY"] = extra["secret_key"]
    settings = Settings(database_url=url, as_of_date=as_of, rasa_port=25105,
                        action_port=25155, api_port=28105, rasa_url="http://127.0.0.1:25105",
                        action_server_url="http://127.0.0.1:25155", **extra)
    stack = Stack(settings, log_dir=folder / "log", theme_worker=True)
    stack.start(timeout=400)
    try:
        result = probe(stack, args.calls, bare_is_forged=args.production)
    finally:
        stack.stop()
    save("trust_production" if args.production else "trust",
         {"environment": settings.environment, **result,
          "targets": {"listening_non_loopback": 0, "accepted": 0}})


if __name__ == "__main__":
    main()
