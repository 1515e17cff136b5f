"""Which list place a lookup asks about (knowledge.call_reports.listed_lookup): the call list's
customer only when the call list is the numbered list shown last, the place within it, and the
message asks rather than reports a call."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.listed_lookup import listed_asked_about, place_named
from knowledge.conversation.state import state_of

DAY = dt.date(2026, 6, 15)


def _bot(kind: str, **more: object) -> dict[str, object]:
    return {"event": "bot", "data": {"custom": {"type": kind, **more}}}


def _user(text: str) -> dict[str, object]:
    return {"event": "user", "text": text}


_LIST = _bot("call_list", offset=0, items=[
    {"customer_id": f"C00{n}", "name": f"Person {n}"} for n in range(1, 6)])


@pytest.mark.parametrize(("text", "place"), [
    ("whats the story with no 4", 4), ("info on #2 please", 2), ("who is the fifth one", 5),
    ("show me number 1", 1)])
def test_a_place_asked_about_after_the_call_list_is_its_customer(text: str, place: int) -> None:
    state = state_of([_user("my list pls"), _LIST, _user(text)])
    found = listed_asked_about(text, state, as_of=DAY)
    assert found is not None and found.customer_id == f"C00{place}"


def test_after_a_themes_list_the_place_is_the_themes() -> None:
    text = "tell me more about #2"
    state = state_of([_user("my list"), _LIST, _user("what are customers saying"),
                      _bot("themes_summary", themes=[]), _user(text)])
    assert listed_asked_about(text, state, as_of=DAY) is None


@pytest.mark.parametrize("text", [
    "what about no 3 - she picked up, all good",  # a call report, not a lookup
    "tell me about no 9",  # past the list's end
    "#3 no answer",  # no asking words
])
def test_no_lookup_of_a_place(text: str) -> None:
    state = state_of([_user("my list"), _LIST, _user(text)])
    assert listed_asked_about(text, state, as_of=DAY) is None


@pytest.mark.parametrize(("text", "place"), [
    ("anything on no 3?", 3), ("tried her no 2 times", None), ("the next one", None),
    ("2nd one on my list", 2)])
def test_the_place_a_message_names(text: str, place: int | None) -> None:
    assert place_named(text) == place
