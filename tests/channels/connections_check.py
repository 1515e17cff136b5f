"""Runs in the Rasa environment: a Sanic 21.12 app with our REST channel registered, as
`rasa run` builds it, served on a loopback port. Two requests are sent over one raw HTTP/1.1
keep-alive connection, to the channel's route and to another route of the app, once with
`SANIC_WORKERS` asking for two workers and once without.
Prints one line, `RESULTS {json}`, for tests/channels/test_connections.py."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
from typing import Any

from rasa.core.channels.channel import register
from sanic import Sanic, response

from channels.resilience import RestInput


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def exchange(port: int, path: str) -> dict[str, Any]:
    """Two GETs on one connection: the first response's Connection header, and whether the
    second was answered on the same connection."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n".encode()
    writer.write(request)
    await writer.drain()
    head = (await reader.readuntil(b"\r\n\r\n")).decode().lower()
    length = int(next(line.split(":")[1] for line in head.split("\r\n")
                      if line.startswith("content-length")))
    await reader.readexactly(length)
    connection = next(line.split(":")[1].strip() for line in head.split("\r\n")
                      if line.startswith("connection"))
    writer.write(request)
    try:
        await writer.drain()
        second = await asyncio.wait_for(reader.read(200), timeout=5)
    except (ConnectionError, asyncio.TimeoutError):  # noqa: UP041 (runs on Python 3.10)
        second = b""
    writer.close()
    return {"status": head.split()[1], "connection": connection,
            "second_answered": second.startswith(b"HTTP/1.1 200")}


async def serve_and_ask(workers: str | None) -> dict[str, Any]:
    if workers is None:
        os.environ.pop("SANIC_WORKERS", None)
    else:
        os.environ["SANIC_WORKERS"] = workers
    app = Sanic(f"connections_{workers or 'one'}")

    register([RestInput()], app, route="/webhooks/")

    @app.get("/ping")
    async def ping(request: Any) -> Any:
        return response.text("pong")

    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    await server.before_start()
    await server.after_start()
    try:
        # the REST channel's own route, and a route of the app outside the channel
        return {"channel": await exchange(port, "/webhooks/rest/"),
                "app": await exchange(port, "/ping")}
    finally:
        await server.before_stop()
        server.close()
        await server.wait_closed()
        await server.after_stop()


def main() -> None:
    if len(sys.argv) > 1:  # one case per process: Sanic rewrites its class on the first start
        workers = sys.argv[1] if sys.argv[1] != "-" else None
        print("CASE " + json.dumps(asyncio.run(serve_and_ask(workers))))
        return
    results = {}
    for name, workers in (("two workers", "2"), ("one worker", "-")):
        done = subprocess.run([sys.executable, __file__, workers], capture_output=True,
                              text=True, timeout=120)
        line = next((x for x in done.stdout.splitlines() if x.startswith("CASE ")), None)
        results[name] = json.loads(line[5:]) if line else {"error": done.stderr[-2000:]}
    print("RESULTS " + json.dumps(results))


if __name__ == "__main__":
    main()
