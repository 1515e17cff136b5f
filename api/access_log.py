"""Uvicorn's access log without customer data.

Every request line used to carry the full path and query, e.g.
`GET /customers/C000186/profile` or `GET /customers?name=Anna%20Kowalska`: customer ids and
names in api.log. The filter keeps the method, status and the route's shape: path segments
that are not literal words of the API's own paths become `…`, and a query string becomes `?…`.
"""

from __future__ import annotations

import logging
from typing import Any

ACCESS_LOGGER = "uvicorn.access"


class RedactAccessLog(logging.Filter):
    def __init__(self, literals: frozenset[str]) -> None:
        super().__init__()
        self.literals = literals

    def redact(self, target: str) -> str:
        path, question, _query = target.partition("?")
        shaped = "/".join(part if not part or part in self.literals else "…"
                          for part in path.split("/"))
        return shaped + ("?…" if question else "")

    def filter(self, record: logging.LogRecord) -> bool:
        # uvicorn: '%s - "%s %s HTTP/%s" %d' % (client, method, path, version, status)
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], self.redact(args[2]), *args[3:])
        return True


def literal_segments(openapi: dict[str, Any]) -> frozenset[str]:
    words = {part for path in openapi.get("paths", {}) for part in path.split("/")
             if part and "{" not in part}
    return frozenset(words | {"web", "assets", "docs", "redoc", "openapi.json"})


def install(openapi: dict[str, Any]) -> None:
    """Filter the access log of this process (idempotent)."""
    logger = logging.getLogger(ACCESS_LOGGER)
    for existing in [f for f in logger.filters if isinstance(f, RedactAccessLog)]:
        logger.removeFilter(existing)
    logger.addFilter(RedactAccessLog(literal_segments(openapi)))
