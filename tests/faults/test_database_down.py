"""Customer database down: a plain sentence in chat and a 503 from the API, no stack trace,
and the same process answers normally once the database is back (nothing restarted)."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient
from rasa_sdk.executor import CollectingDispatcher

from actions.base import DATABASE_DOWN
from actions.profile import ActionCustomerProfile
from knowledge.db import unit_of_work
from tests.actions.conftest import make_tracker, pin_today, texts
from tests.faults.conftest import Outage
from tests.fuzz.login import headers_for
from tests.knowledge.profile.profile_bank import build_bank


@pytest.fixture
def bank(outage: Outage, monkeypatch: pytest.MonkeyPatch) -> Outage:
    with unit_of_work() as session:
        build_bank(session)
    pin_today(monkeypatch, "2026-11-23")
    return outage


async def _ask_profile(name: str) -> list[str]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("A001", f"tell me about {name}", "ask_profile",
                           entities=[{"entity": "customer_name", "value": name}])
    await ActionCustomerProfile().run(dispatcher, tracker, {})
    return texts(dispatcher)


def _no_trace(caplog: pytest.LogCaptureFixture, *secrets: str) -> None:
    for record in caplog.records:
        assert record.exc_info is None, f"a stack trace was logged: {record.getMessage()}"
        assert "Traceback" not in record.getMessage()
        for secret in secrets:
            assert secret not in record.getMessage(), "customer data in the log"


async def test_chat_says_the_database_is_unreachable_and_recovers(
    bank: Outage, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    before = await _ask_profile("Anna Müller")
    assert any("Anna Müller" in t for t in before)

    bank.down()
    during = await _ask_profile("Anna Müller")
    assert during == [DATABASE_DOWN]
    _no_trace(caplog, "Anna Müller", "C000001")

    bank.up()
    after = await _ask_profile("Anna Müller")
    assert after == before


def test_api_answers_503_with_a_sentence_and_recovers(bank: Outage) -> None:
    from api.main import create_app  # imported here: builds the whole app

    with TestClient(create_app(), raise_server_exceptions=False) as client:
        headers = headers_for(client, "A001")
        path = "/customers/C000001/profile"
        assert client.get(path, headers=headers).status_code == 200

        bank.down()
        response = client.get(path, headers=headers)
        assert response.status_code == 503
        detail = response.json()["detail"]
        assert "not reachable" in detail and "Traceback" not in response.text
        assert "Anna" not in response.text

        bank.up()
        assert client.get(path, headers=headers).status_code == 200
