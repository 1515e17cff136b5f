"""Slack end to end: signed Events API requests into the real Rasa webhook, replies read
from the fake Slack Web API the real Rasa server posted to."""

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
from tests.e2e.conftest import SLACK_SIGNING_SECRET, Bot
from tests.fakes.server import wait_for
from tests.fakes.slack import FakeSlack, message_event, sign

pytestmark = pytest.mark.e2e

ADA_SLACK = "U0E2EADA"


@pytest.fixture(scope="module")
def slack(bot: Bot, fake_slack: FakeSlack) -> Iterator[FakeSlack]:
    """A001 is known on Slack as ADA_SLACK."""
    engine = make_engine(bot.database_url)
    with session_factory(engine).begin() as session:
        session.execute(update(Staff).where(Staff.id == "A001").values(slack_user_id=ADA_SLACK))
    engine.dispose()
    yield fake_slack


def calls_on_rest(bot: Bot, advisor: str) -> list[str]:
    """The names on the advisor's call list as the REST channel shows them.

    Asked twice at most: the first call list after the stack starts also computes the
    bank-wide signals, which on a loaded two-core machine can outlast the Rasa server's
    action timeout (an apology instead of the list); the second finds them cached.
    """
    texts: list[str] = []
    for _ in range(2):
        answer = bot.say(advisor, "who should I call today?")
        names = [item["name"] for m in answer if m.get("custom")
                 for item in m["custom"].get("items", [])]
        if names:
            return names
        texts += [m.get("text") or "" for m in answer]
    raise AssertionError(f"no call list for {advisor} on REST; the bot said: {texts}")


def _webhook(bot: Bot) -> str:
    return f"http://127.0.0.1:{bot.stack.settings.rasa_port}/webhooks/slack/webhook"


def _send(bot: Bot, event: dict[str, Any], *, secret: str = SLACK_SIGNING_SECRET,
          timestamp: int | None = None, headers: dict[str, str] | None = None) -> httpx.Response:
    body = json.dumps(event).encode()
    signed = sign(body, secret, timestamp)
    return httpx.post(_webhook(bot), content=body, timeout=10, headers={
        "Content-Type": "application/json", **signed, **(headers or {})})


def _event(user: str, text: str, channel: str) -> dict[str, Any]:
    return message_event(user=user, text=text, channel=channel,
                         event_id=f"Ev{time.monotonic_ns()}")


def _blocks_text(message: dict[str, Any]) -> str:
    return json.dumps(message.get("blocks") or [], ensure_ascii=False)


def test_the_call_list_arrives_as_blocks_with_the_same_customers_as_on_rest(
    bot: Bot, slack: FakeSlack
) -> None:
    names = calls_on_rest(bot, "A001")

    response = _send(bot, _event(ADA_SLACK, "who should I call today?", "D0E2ECALLS"))
    assert response.status_code == 200

    posted = wait_for(lambda: slack.messages_to("D0E2ECALLS"))
    assert len(posted) == 1
    message = posted[0]
    assert message["blocks"][0]["text"]["text"].startswith("Today's calls")
    assert message["text"].startswith("Today's calls")  # the notification text
    for name in names:
        assert name in _blocks_text(message)
    assert slack.refused == []


def test_an_unknown_slack_user_is_told_they_are_not_registered(
    bot: Bot, slack: FakeSlack
) -> None:
    assert _send(bot, _event("U0NOBODY", "who should I call today?", "D0E2ENOBODY")).is_success
    posted = wait_for(lambda: slack.messages_to("D0E2ENOBODY"))
    assert [m["text"] for m in posted] == [NOT_REGISTERED]


@pytest.mark.parametrize(
    ("secret", "age"),
    [("not-the-signing-secret", 0), (SLACK_SIGNING_SECRET, 6 * 60)],
    ids=["wrong secret", "stale timestamp"],
)
def test_a_badly_signed_or_stale_request_is_refused_and_not_answered(
    bot: Bot, slack: FakeSlack, secret: str, age: int
) -> None:
    channel = f"D0E2EBAD{age}"
    response = _send(bot, _event(ADA_SLACK, "who should I call today?", channel),
                     secret=secret, timestamp=int(time.time()) - age)
    assert response.status_code == 401
    # A correctly signed message afterwards is answered: the refused one was not queued.
    assert _send(bot, _event(ADA_SLACK, "are you there?", channel)).is_success
    posted = wait_for(lambda: slack.messages_to(channel))
    time.sleep(1.0)
    assert len(slack.messages_to(channel)) == len(posted) == 1


def test_a_retry_of_an_event_is_acknowledged_and_not_answered_twice(
    bot: Bot, slack: FakeSlack
) -> None:
    event = _event(ADA_SLACK, "who should I call today?", "D0E2ERETRY")
    assert _send(bot, event).status_code == 200
    wait_for(lambda: slack.messages_to("D0E2ERETRY"))
    for reason in ("http_timeout", "http_error"):
        retry = _send(bot, event, headers={"X-Slack-Retry-Num": "1",
                                           "X-Slack-Retry-Reason": reason})
        assert retry.status_code == 200
        assert retry.headers.get("X-Slack-No-Retry") == "1"
    # A later message in the same chat is answered after anything the retries could cause.
    assert _send(bot, _event(ADA_SLACK, "are you there?", "D0E2ERETRY")).is_success
    wait_for(lambda: len(slack.messages_to("D0E2ERETRY")) >= 2)
    time.sleep(1.0)
    calls = [m for m in slack.messages_to("D0E2ERETRY") if "Today's calls" in (m["text"] or "")]
    assert len(calls) == 1
    assert len(slack.messages_to("D0E2ERETRY")) == 2


def test_slack_url_verification_is_answered_with_the_challenge(bot: Bot, slack: FakeSlack) -> None:
    response = _send(bot, {"type": "url_verification", "challenge": "3eZbrw1aBm2rZgRNFdxV"})
    assert response.status_code == 200
    assert response.json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV"}
