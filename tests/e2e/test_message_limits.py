"""Bounded input through the real channels of the real Rasa server: the longest message
each channel accepts is answered as usual; one character or word more, and the issue's
attack messages (95 KB of 15,000 words, 100 KB of random Unicode), get an answer naming the
limit, at once, and the conversation carries on."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Staff
from tests.e2e.conftest import Bot
from tests.e2e.test_slack import _event, _send
from tests.e2e.test_teams import _post
from tests.fakes.botframework import FakeBotFramework
from tests.fakes.server import wait_for
from tests.fakes.slack import FakeSlack

pytestmark = pytest.mark.e2e

ADVISOR = "A004"
SLACK_USER, ENTRA_ID = "U0E2ELIMIT", "44444444-e2e0-4000-8000-00000000a004"
TOO_LONG = "That message is too long for me"


def _attacks() -> dict[str, str]:
    rng = random.Random(13)
    words = " ".join(rng.choice(["Strand", "C000102", "12,500", "balance", "Lena"])
                     for _ in range(15_000))
    unicode = "".join(chr(rng.choice([rng.randint(0x20, 0xD7FF), rng.randint(0xE000, 0xFFFD)]))
                      for _ in range(100_000))
    return {"95 KB, 15,000 words": words[:95_000], "100 KB random Unicode": unicode}


@pytest.fixture(scope="module")
def limits(bot: Bot) -> tuple[int, int]:
    return bot.stack.settings.max_message_chars, bot.stack.settings.max_message_words


@pytest.fixture(scope="module")
def linked(bot: Bot, fake_slack: FakeSlack, fake_botframework: FakeBotFramework
           ) -> Iterator[None]:
    engine = make_engine(bot.database_url)
    with session_factory(engine).begin() as session:
        session.execute(update(Staff).where(Staff.id == ADVISOR).values(
            slack_user_id=SLACK_USER, teams_user_id=ENTRA_ID))
    engine.dispose()
    yield


def test_rest_answers_the_longest_message_and_refuses_one_more(
        bot: Bot, limits: tuple[int, int]) -> None:
    chars, words = limits
    assert TOO_LONG not in bot.texts(ADVISOR, "x" * chars)
    assert TOO_LONG not in bot.texts(ADVISOR, " ".join(["hello"] * words))
    over_chars = bot.texts(ADVISOR, "x" * (chars + 1))
    assert TOO_LONG in over_chars and f"at most {chars:,} characters" in over_chars
    over_words = bot.texts(ADVISOR, " ".join(["hi"] * (words + 1)))
    assert TOO_LONG in over_words and f"at most {words:,} words" in over_words
    assert "Today's calls" in bot.texts(ADVISOR, "who should I call today?")


@pytest.mark.parametrize("attack", list(_attacks()))
def test_the_attack_messages_are_refused_at_once_on_rest(bot: Bot, attack: str) -> None:
    # It used to take Rasa to 22.8 GB (killed) or hold a core for 15-39 s: bench.message_limits.
    assert TOO_LONG in bot.texts(ADVISOR, _attacks()[attack])
    assert "Today's calls" in bot.texts(ADVISOR, "who should I call today?")


def test_slack_refuses_an_over_long_message_with_the_limit(
        bot: Bot, linked: None, fake_slack: FakeSlack, limits: tuple[int, int]) -> None:
    chars, _ = limits
    for n, text in enumerate(["x" * (chars + 1), _attacks()["95 KB, 15,000 words"]]):
        channel = f"D0E2ELIMIT{n}"
        assert _send(bot, _event(SLACK_USER, text, channel)).status_code == 200
        posted = wait_for(lambda channel=channel: fake_slack.messages_to(channel))
        assert len(posted) == 1 and TOO_LONG in posted[0]["text"]
    assert _send(bot, _event(SLACK_USER, "x" * chars, "D0E2ELIMITOK")).status_code == 200
    answered = wait_for(lambda: fake_slack.messages_to("D0E2ELIMITOK"))
    assert TOO_LONG not in answered[0]["text"]


def test_teams_refuses_an_over_long_message_with_the_limit(
        bot: Bot, linked: None, fake_botframework: FakeBotFramework,
        limits: tuple[int, int]) -> None:
    chars, _ = limits
    token = fake_botframework.connector_token()
    for n, text in enumerate(["x" * (chars + 1), _attacks()["100 KB random Unicode"]]):
        conversation = f"a:e2e-limit-{n}"
        activity = fake_botframework.activity(text=text, user_id="29:limit",
                                              aad_object_id=ENTRA_ID,
                                              conversation_id=conversation)
        assert _post(bot, activity, token).status_code == 200
        replies = wait_for(lambda c=conversation: fake_botframework.replies_in(c))
        assert len(replies) == 1 and TOO_LONG in replies[0]["text"]
    activity = fake_botframework.activity(text="x" * chars, user_id="29:limit",
                                          aad_object_id=ENTRA_ID, conversation_id="a:e2e-ok")
    assert _post(bot, activity, token).status_code == 200
    replies = wait_for(lambda: fake_botframework.replies_in("a:e2e-ok"))
    assert TOO_LONG not in (replies[0].get("text") or "")
