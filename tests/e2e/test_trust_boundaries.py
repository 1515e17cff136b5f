"""Every port of the running stack is loopback-only and refuses forged callers (bench.trust).

On the session's real stack: the sockets its processes listen on, and ≥ 100 forged calls
each to the action server, Rasa's HTTP API and the REST channel, with genuine calls as
controls (so that "0 accepted" cannot come from a probe that sees nothing). A forged call
that would write (action_log_call as an advisor) stores nothing.
"""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from bench import trust
from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer, Interaction
from tests.e2e.conftest import Bot

pytestmark = pytest.mark.e2e
CALLS = 120


def test_nothing_listens_beyond_loopback(bot: Bot) -> None:
    pids = trust.process_tree(s.process.pid for s in bot.stack.services if s.process)
    sockets = trust.listening_sockets(pids)
    ports = {port for _, port in sockets}
    settings = bot.stack.settings
    assert {settings.action_port, settings.rasa_port, settings.api_port} <= ports
    assert trust.exposed(sockets) == []


def test_forged_calls_are_refused_and_genuine_ones_answered(bot: Bot) -> None:
    result = trust.probe(bot.stack, CALLS, bare_is_forged=False)
    for part in ("action_server", "rasa_api", "rest_channel"):
        assert result[part]["accepted"] == 0, (part, result[part])
        assert result[part]["calls"] == CALLS
        assert result[part]["genuine_status"] == 200, (part, result[part])
    assert result["listening_non_loopback"] == 0


def test_a_forged_write_to_the_action_server_stores_nothing(bot: Bot) -> None:
    engine = make_engine(bot.database_url)
    count = select(func.count()).select_from(Interaction)
    with session_factory(engine)() as session:
        before = session.scalar(count)
        customer = session.scalars(select(Customer.id).where(Customer.advisor_id == "A006")
                                   .order_by(Customer.id)).first()
    assert customer, "the demo bank gives A006 a book"
    call = {**trust.PROFILE_CALL, "next_action": "action_log_call", "sender_id": "A006"}
    call["tracker"] = {**call["tracker"], "sender_id": "A006", "latest_message": {
        "text": f"log a call with {customer}: reached, interested", "intent": {
            "name": "log_call"}, "entities": [{"entity": "customer_id", "value": customer},
                                              {"entity": "call_outcome", "value": "reached"}]}}
    url = f"http://127.0.0.1:{bot.stack.settings.action_port}/webhook"
    for headers in trust.action_server_forgeries(bot.stack.secrets["action_server_secret"]):
        assert httpx.post(url, json=call, headers=headers, timeout=30).status_code == 401
    with session_factory(engine)() as session:
        assert session.scalar(count) == before
    engine.dispose()


def test_the_web_chat_still_reaches_rasa_with_its_proof(bot: Bot) -> None:
    """The API's /chat signs a sender token that the REST channel accepts."""
    api = bot.api
    login = httpx.post(f"{api}/auth/token", data={"username": "A001", "password": "demo"})
    assert login.status_code == 200, login.text
    answer = httpx.post(f"{api}/chat", json={"message": "are you there?"}, timeout=60,
                        headers={"Authorization": f"Bearer {login.json()['access_token']}"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["messages"], answer.text
