"""With several Sanic workers, the Rasa server answers every request `Connection: close`, so
that each turn is accepted by an idle worker instead of riding a keep-alive connection to
a busy one (channels.speed.spread_over_workers; bench.load figures in docs/production.md).
With one worker, connections are kept as before. Checked on a real socket inside the Rasa
environment, on the REST channel's route and on a route of the app outside it."""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.settings import PROJECT_ROOT
from tests.channels.rasa_env import run_in_rasa

SCRIPT = PROJECT_ROOT / "tests" / "channels" / "connections_check.py"


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    return run_in_rasa(SCRIPT)


@pytest.mark.parametrize("route", ["channel", "app"])
def test_several_workers_close_each_connection_after_its_answer(
        results: dict[str, Any], route: str) -> None:
    answer = results["two workers"][route]
    assert answer["status"] == "200"
    assert answer["connection"] == "close"
    assert not answer["second_answered"]  # the server closed it: the next turn reconnects


@pytest.mark.parametrize("route", ["channel", "app"])
def test_one_worker_keeps_connections_alive(results: dict[str, Any], route: str) -> None:
    answer = results["one worker"][route]
    assert answer["status"] == "200"
    assert answer["connection"] == "keep-alive"
    assert answer["second_answered"]
