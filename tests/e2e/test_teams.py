"""Microsoft Teams end to end: activities with Bot Connector tokens (signed by the fake's
test key) into the real Rasa webhook; replies read from the fake Bot Connector."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from actions.base import NOT_REGISTERED
from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Staff
from tests.e2e.conftest import Bot
from tests.e2e.test_slack import calls_on_rest
from tests.fakes.botframework import ADAPTIVE_CARD, FakeBotFramework, signing_key
from tests.fakes.server import wait_for

pytestmark = pytest.mark.e2e

ADA_ENTRA_ID = "5b0c4e8e-0a01-4c3e-9f00-00000000a001"  # the user's Entra object id


@pytest.fixture(scope="module")
def teams(bot: Bot, fake_botframework: FakeBotFramework) -> Iterator[FakeBotFramework]:
    """A001 is known on Teams by their Entra object id."""
    engine = make_engine(bot.database_url)
    with session_factory(engine).begin() as session:
        session.execute(update(Staff).where(Staff.id == "A001").values(teams_user_id=ADA_ENTRA_ID))
    engine.dispose()
    yield fake_botframework


def _post(bot: Bot, activity: dict[str, Any], token: str | None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return httpx.post(
        f"http://127.0.0.1:{bot.stack.settings.rasa_port}/webhooks/botframework/webhook",
        json=activity, headers=headers, timeout=10,
    )


def _card_text(activity: dict[str, Any]) -> str:
    cards = [a["content"] for a in activity.get("attachments") or []
             if a.get("contentType") == ADAPTIVE_CARD]
    return json.dumps(cards, ensure_ascii=False)


def test_the_call_list_arrives_as_an_adaptive_card(bot: Bot, teams: FakeBotFramework) -> None:
    names = calls_on_rest(bot, "A001")
    activity = teams.activity(text="<at>Advisor assistant</at> who should I call today?",
                              user_id="29:1ada-teams", aad_object_id=ADA_ENTRA_ID,
                              conversation_id="a:e2e-calls")
    assert _post(bot, activity, teams.connector_token()).status_code == 200

    replies = wait_for(lambda: teams.replies_in("a:e2e-calls"))
    assert len(replies) == 1
    (reply,) = replies
    card = reply["attachments"][0]["content"]
    assert card["type"] == "AdaptiveCard"
    assert card["body"][0]["text"].startswith("Today's calls")
    for name in names:
        assert name in _card_text(reply)
    # Addressed to the Teams account that wrote, from the bot it wrote to.
    assert reply["recipient"]["id"] == "29:1ada-teams"
    assert reply["from"]["id"] == activity["recipient"]["id"]


def test_an_unknown_teams_user_is_told_they_are_not_registered(
    bot: Bot, teams: FakeBotFramework
) -> None:
    activity = teams.activity(text="who should I call today?", user_id="29:stranger",
                              aad_object_id="99999999-0000-0000-0000-000000000000",
                              conversation_id="a:e2e-stranger")
    assert _post(bot, activity, teams.connector_token()).status_code == 200
    replies = wait_for(lambda: teams.replies_in("a:e2e-stranger"))
    assert [r["text"] for r in replies] == [NOT_REGISTERED]


@pytest.mark.parametrize(
    ("forge", "status"),
    [
        ("no token", 401),
        ("signed by another key", 401),
        ("expired", 401),
        ("for another bot", 401),
        ("from another issuer", 401),
        ("for another service URL", 403),
    ],
)
def test_a_forged_or_expired_token_is_refused_and_nothing_is_answered(
    bot: Bot, teams: FakeBotFramework, forge: str, status: int
) -> None:
    tokens: dict[str, str | None] = {
        "no token": None,
        "signed by another key": teams.connector_token(key=signing_key("attacker")),
        "expired": teams.connector_token(expires_in=-3600),
        "for another bot": teams.connector_token(audience="another-bot-app-id"),
        "from another issuer": teams.connector_token(issuer="https://attacker.example"),
        "for another service URL": teams.connector_token(service_url="https://attacker.example/"),
    }
    conversation = f"a:e2e-forged-{forge.replace(' ', '-')}"
    activity = teams.activity(text="who should I call today?", user_id="29:1ada-teams",
                              aad_object_id=ADA_ENTRA_ID, conversation_id=conversation)
    assert _post(bot, activity, tokens[forge]).status_code == status
    # The same activity with a good token is answered once: the refused one never ran.
    assert _post(bot, activity, teams.connector_token()).status_code == 200
    assert wait_for(lambda: teams.replies_in(conversation))
    time.sleep(1.0)  # room for a second reply, were the refused activity running after all
    assert len(teams.replies_in(conversation)) == 1
