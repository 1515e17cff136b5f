"""Chat fuzzing through the full stack (Rasa REST webhook + action server): unicode, control
characters, injection strings in names and feedback, 100k-character messages.

Properties: the webhook never answers 5xx, every message gets an answer, no reply is an
action error or the action-server apology, and no reply names a customer (or id) of another
book unless the message itself typed it. The sender is one advisor throughout, so
conversation state (forms, slots) carries from one example to the next as in a real chat.

Lives in tests/e2e (not tests/fuzz) to share the session's one stack: the `bot` fixture is
defined by tests/e2e/conftest.py and another copy would start a second stack on the same ports.
"""

from __future__ import annotations

import json
import os

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from actions.base import SOMETHING_WENT_WRONG
from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer
from tests.e2e.conftest import Bot

pytestmark = pytest.mark.e2e

ASKER = "A007"
APOLOGY_START = "Sorry, I can't answer that right now"
INJECTIONS = [
    "'; DROP TABLE customers; --",
    "\" OR 1=1 --",
    "Robert'); DELETE FROM feedback;--",
    "%' OR name LIKE '%",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "{{7*7}} ${7*7} #{7*7}",
    "${jndi:ldap://127.0.0.1/a}",
    "../../../../etc/passwd",
    "%s%s%s%n",
    "C000001' UNION SELECT name FROM customers --",
    "\u202eevil\u202c",
    "\x00\x01\x1b[31m",
    "Zoë Ñúñez-Øvergård 李小龍 ‮",
]
TEMPLATES = [
    "tell me about {}",
    "log feedback for {}: the card was blocked {}",
    "log feedback: {}",
    "why is {} on my list?",
    "I called {}, she wants a meeting next week",
    "who should I call today? {}",
    "tell me more about the {} theme",
    "{}",
]
any_text = st.text(st.characters(codec="utf-8"), max_size=400)
# What JSON can carry and UTF-8 cannot: lone surrogates (the customer lookup crashed on them).
surrogates = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1,
                     max_size=3)
names = st.one_of(st.sampled_from(INJECTIONS), any_text,
                  st.builds(lambda a, b: a + b, any_text, surrogates))
messages = st.one_of(
    any_text,
    st.builds(lambda t, a, b: t.format(a, b) if t.count("{}") == 2 else t.format(a),
              st.sampled_from(TEMPLATES), names, names),
)


@pytest.fixture(scope="module")
def other_books(bot: Bot) -> list[str]:
    """Names and ids of customers outside the asker's book (names shared with it excluded)."""
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        customers = list(session.scalars(select(Customer)))
    engine.dispose()
    own_names = {c.name for c in customers if c.advisor_id == ASKER}
    found = [c.id for c in customers if c.advisor_id != ASKER]
    found += [c.name for c in customers if c.advisor_id != ASKER and c.name not in own_names]
    return found


def _check(bot: Bot, message: str, other_books: list[str]) -> None:
    # json.dumps escapes everything non-ASCII, lone surrogates included ("\\ud800"), as a
    # client's JSON may; Rasa decodes them back into the message.
    response = httpx.post(bot.stack.rest_webhook, timeout=120,
                          content=json.dumps({"sender": ASKER, "message": message}),
                          headers={"Content-Type": "application/json"})
    assert response.status_code < 500, response.text[:500]
    if response.status_code != 200:
        return  # a 4xx for an unreadable body is an answer, not a crash
    assert response.json(), f"no answer at all to {message[:200]!r}"
    texts = [m.get("text") or "" for m in response.json()]
    for text in texts:
        assert text != SOMETHING_WENT_WRONG, f"an action failed on {message[:200]!r}"
        assert not text.startswith(APOLOGY_START), f"the action server gave up on {message[:200]!r}"
    said = "\n".join(texts)
    leaked = [v for v in other_books if v in said and v not in message]
    assert not leaked, f"another book's customer in the reply to {message[:200]!r}: {leaked[:3]}"


# FUZZ_CHAT_EXAMPLES=2000 for the figure the issue asks for (about 10 minutes).
@settings(max_examples=int(os.environ.get("FUZZ_CHAT_EXAMPLES", "40")), deadline=None,
          derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(message=messages)
def test_any_message_gets_an_answer_without_errors_or_other_books(
    bot: Bot, other_books: list[str], message: str
) -> None:
    _check(bot, message, other_books)


@pytest.mark.parametrize("message", [
    "a" * 100_000,
    ("tell me about Ünïcødé ß 名字 \u0000\t\r\n " * 2_000)[:100_000],
    "log feedback: " + ("the app crashes again " * 5_000)[:100_000],
    "who should I call today? " + "x " * 50_000,
])
def test_hundred_thousand_character_messages(bot: Bot, other_books: list[str],
                                             message: str) -> None:
    _check(bot, message, other_books)
    # …and the conversation still works afterwards.
    _check(bot, "who should I call today?", other_books)
