"""The API's access log shows the route's shape, never a customer id or a searched name."""

from __future__ import annotations

import logging

from api.access_log import ACCESS_LOGGER, RedactAccessLog, install


def _line(path: str) -> str:
    record = logging.LogRecord(ACCESS_LOGGER, logging.INFO, __file__, 1,
                               '%s - "%s %s HTTP/%s" %d', ("127.0.0.1:5", "GET", path, "1.1", 200),
                               None)
    for flt in logging.getLogger(ACCESS_LOGGER).filters:
        flt.filter(record)
    return record.getMessage()


def test_ids_and_queries_are_masked_literal_segments_kept() -> None:
    install({"paths": {"/customers/{customer_id}/profile": {}, "/customers": {},
                       "/auth/token": {}}})
    assert _line("/customers/C000186/profile").endswith('"GET /customers/…/profile HTTP/1.1" 200')
    assert "Anna" not in _line("/customers?name=Anna%20Kowalska")
    assert "/customers?…" in _line("/customers?name=Anna%20Kowalska")
    assert "/auth/token" in _line("/auth/token")


def test_installing_twice_keeps_one_filter() -> None:
    install({"paths": {}})
    install({"paths": {}})
    filters = logging.getLogger(ACCESS_LOGGER).filters
    assert sum(isinstance(f, RedactAccessLog) for f in filters) == 1
