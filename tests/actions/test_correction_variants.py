"""Corrections as advisors make them, in the next turn, under the intents the NLU gives them,
each checked in the database: the wrong call reversed (an audited reversal, never a silent
delete) and the right one stored; a correction answered "no" leaves the first call intact;
a call shown for a yes and answered with a change is stored as changed, never as shown.

The `people` bank's today is Monday 2026-11-23 (Tuesday the 24th, Thursday the 26th, Friday
the 27th); A001's book: Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003 and, added here,
two Hannahs and two of the Mancini family."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionConfirmWrite, ActionDenyWrite, ActionFallback, ActionUndoWrite
from knowledge.models.bank import WriteReversal
from tests.actions.conftest import make_tracker, texts
from tests.actions.conftest import new_calls as _calls
from tests.knowledge.call_list.factory import customer

TUE, THU, FRI = "2026-11-24", "2026-11-26", "2026-11-27"


@pytest.fixture
def book(people: Session) -> Session:
    for cid, name in (("C101", "Hannah Meyer"), ("C102", "Hannah Zimmermann"),
                      ("C103", "Silvia Mancini"), ("C104", "Ana Mancini")):
        customer(people, cid, name, advisor="A001")
    people.commit()
    return people


def _reversed(session: Session) -> list[str]:
    """The customers whose call was taken back, kept as audited reversals."""
    return sorted(r.customer_id for r in session.scalars(select(WriteReversal)))


_ACTIONS = {"log_call_outcome": ActionLogCall(), "undo": ActionUndoWrite(),
            "nlu_fallback": ActionFallback(), "deny": ActionDenyWrite(),
            "affirm": ActionConfirmWrite()}


class Chat:
    """One conversation: each message through the action of its intent, the slots carried as
    Rasa would; a question "… OK?" answered with `answers` in turn (then "yes")."""

    def __init__(self, **slots: Any) -> None:
        self.slots: dict[str, Any] = dict(slots)

    async def say(self, text: str, intent: str = "log_call_outcome",
                  answers: tuple[str, ...] = ()) -> str:
        said = await self._one(text, intent)
        for answer in [*answers, "yes", "yes"][:3]:
            if not said.endswith("OK?"):
                break
            said += " | " + await self._one(answer, "deny" if answer == "no" else "affirm")
        return said

    async def _one(self, text: str, intent: str) -> str:
        dispatcher = CollectingDispatcher()
        events = await _ACTIONS[intent].run(
            dispatcher, make_tracker("A001", text, intent, slots=dict(self.slots)), {})
        self.slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
        return " ".join(texts(dispatcher))


INTENTS = ["log_call_outcome", "nlu_fallback", "undo"]


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize("correction", [
    "not her, jonas weber",
    "wrong person, i meant jonas weber",
    "sorry i meant jonas weber",
    "no wait it was jonas weber",
    "oops wrong client - Jonas Weber",
    "that was jonas weber not maria keller",
    "my bad, should be jonas weber",
    "not maria, jonas weber",
    "wrong customer, Jonas Weber",
    "nope, jonas weber",
    "no that's not right, it was jonas weber",
    "jonas weber, not maria",
])
async def test_the_customer_corrected_next_turn(book: Session, correction: str,
                                                intent: str) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    said = await chat.say(correction, intent)
    assert _calls(book) == [("C002", "reached", None)], said
    assert _reversed(book) == ["C001"], said


@pytest.mark.parametrize(("first", "correction", "meant"), [
    ("silvia mancini reached", "no wait it was ana", "C104"),
    ("silvia mancini reached", "not silvia, ana", "C104"),
    ("ana mancini reached", "sorry, it was silvia", "C103"),
    ("hannah meyer reached", "no, the other hannah", "C102"),
    ("hannah meyer reached", "other hannah", "C102"),
    ("hannah meyer reached", "wrong hannah - the other one", "C102"),
    ("hannah zimmermann reached", "not her, her namesake hannah", "C101"),
    ("hannah zimmermann reached", "no the other hannah pls", "C101"),
])
async def test_the_other_one_is_shown_and_a_yes_replaces_the_call(
        book: Session, first: str, correction: str, meant: str) -> None:
    chat = Chat()
    await chat.say(first)
    was = _calls(book)
    said = await chat.say(correction, "nlu_fallback", answers=("yes",))
    assert _calls(book) == [(meant, "reached", None)], said
    assert _reversed(book) == [was[0][0]], said


@pytest.mark.parametrize("refusal", [("no",), ("nope",), ("cancel",), ("no leave it",)])
@pytest.mark.parametrize(("first", "correction"), [
    ("silvia mancini reached", "no wait it was ana"),
    ("hannah meyer no answer", "no, the other hannah"),
])
async def test_a_correction_answered_no_leaves_the_first_call_intact(
        book: Session, first: str, correction: str, refusal: tuple[str, ...]) -> None:
    chat = Chat()
    await chat.say(first)
    was = _calls(book)
    said = await chat._one(correction, "nlu_fallback")
    assert said.endswith("OK?") and _calls(book) == was, said   # kept until the yes
    answer = refusal[0]
    said = await chat._one(answer, "undo" if answer == "cancel" else "deny")
    assert _calls(book) == was and _reversed(book) == [], said
    # the first call is still the last write: "undo" now takes it back
    await chat._one("undo", "undo")
    assert _calls(book) == [] and _reversed(book) == [was[0][0]]


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("correction", "outcome"), [
    ("actually she didn't pick up", "no_answer"),
    ("sorry, no answer", "no_answer"),
    ("make that no answer", "no_answer"),
    ("correction: no answer", "no_answer"),
    ("no wait, she didnt answer", "no_answer"),
    ("wrong outcome, it was no answer", "no_answer"),
    ("make that voicemail", "no_answer"),
    ("oops, not reached - left a voicemail", "no_answer"),
    ("sorry, not interested", "not_interested"),
    ("actually it went to voicemail", "no_answer"),
    ("hmm no, she didn't answer actually", "no_answer"),
])
async def test_the_outcome_corrected_next_turn(book: Session, correction: str, outcome: str,
                                               intent: str) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    said = await chat.say(correction, intent)
    assert _calls(book) == [("C001", outcome, None)], said
    assert _reversed(book) == ["C001"], said


@pytest.mark.parametrize("correction", [
    "scratch the meeting, just reached",
    "no meeting, just reached",
    "not a meeting, only reached",
])
async def test_a_meeting_taken_back_leaves_a_plain_reached(book: Session,
                                                           correction: str) -> None:
    chat = Chat()
    await chat.say("maria keller wants a meeting friday")
    said = await chat.say(correction, "nlu_fallback")
    assert _calls(book) == [("C001", "reached", None)], said


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize("correction", [
    "thursday not tuesday",
    "no, thursday",
    "wrong day, thursday",
    "date's wrong, should be thursday",
    "make it thursday",
    "sorry, thu not tue",
    "the 26th, not the 24th",
    "should be the 26th",
    "wrong date - 26/11",
    "not tue, thu",
    "actually the 26th",
    "moved to thursday",
    "make it the 26th",
])
async def test_the_date_corrected_next_turn(book: Session, correction: str,
                                            intent: str) -> None:
    chat = Chat()
    await chat.say("maria keller wants a meeting tuesday")
    assert _calls(book) == [("C001", "follow_up", TUE)]
    said = await chat.say(correction, intent)
    assert _calls(book) == [("C001", "follow_up", THU)], said
    assert _reversed(book) == ["C001"], said


@pytest.mark.parametrize("intent", ["undo", "nlu_fallback", "deny"])
@pytest.mark.parametrize("take_back", [
    "wrong chat, ignore",
    "scrap that",
    "forget i said that",
    "delete that entry",
    "undo pls",
    "take that back",
    "scratch that",
    "disregard",
    "cancel that",
    "remove it",
    "ignore that last one",
    "oops wrong chat",
    "pls delete that",
    "that entry is wrong, remove it",
])
async def test_everything_taken_back(book: Session, take_back: str, intent: str) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    said = await chat.say(take_back, intent)
    assert _calls(book) == [], said
    assert _reversed(book) == ["C001"], said   # audited, not a silent delete


@pytest.mark.parametrize("intent", ["affirm", "log_call_outcome", "nlu_fallback", "deny"])
@pytest.mark.parametrize(("answer", "stored"), [
    ("yes but friday", ("C001", "follow_up", FRI)),
    ("yes, but thursday", ("C001", "follow_up", THU)),
    ("sure but change the date to friday", ("C001", "follow_up", FRI)),
    ("ok but make it friday", ("C001", "follow_up", FRI)),
])
async def test_a_yes_with_a_new_day_stores_the_shown_call_with_that_day(
        book: Session, answer: str, stored: tuple[str, str, str | None], intent: str) -> None:
    # the yes confirms what was shown and the day is stated in the answer itself
    chat = Chat(focus_customer="C001", customer_id="C001")
    said = await chat._one("she wants a meeting tuesday", "log_call_outcome")
    assert said.endswith("OK?") and _calls(book) == [], said
    said = await chat._one(answer, intent)
    assert _calls(book) == [stored], said


@pytest.mark.parametrize("intent", ["affirm", "log_call_outcome", "nlu_fallback", "deny"])
@pytest.mark.parametrize(("answer", "stored"), [
    ("yes but it was no answer", ("C001", "no_answer", None)),
    ("yep, but no answer", ("C001", "no_answer", None)),
    ("no - jonas weber", ("C002", "follow_up", TUE)),
    ("nope, it was jonas weber", ("C002", "follow_up", TUE)),
    ("no, thursday", ("C001", "follow_up", THU)),
])
async def test_a_shown_call_answered_with_a_change_is_stored_as_changed(
        book: Session, answer: str, stored: tuple[str, str, str | None], intent: str) -> None:
    chat = Chat(focus_customer="C001", customer_id="C001")
    said = await chat._one("she wants a meeting tuesday", "log_call_outcome")
    assert said.endswith("OK?") and _calls(book) == [], said   # shown: "she" was inferred
    said = await chat._one(answer, intent)
    assert _calls(book) == [] and said.endswith("OK?"), said   # the change shown again
    said = await chat._one("yes", "affirm")
    assert _calls(book) == [stored], said


@pytest.mark.parametrize("answer", ["no, the other hannah", "no - other hannah",
                                    "nope the other hannah"])
async def test_no_the_other_one_to_a_shown_call(book: Session, answer: str) -> None:
    chat = Chat(focus_customer="C101", customer_id="C101")
    said = await chat._one("she didn't pick up", "log_call_outcome")
    assert said.endswith("OK?") and "Hannah Meyer" in said, said
    said = await chat._one(answer, "deny")
    assert "Hannah Zimmermann" in said and said.endswith("OK?"), said
    await chat._one("yes", "affirm")
    assert _calls(book) == [("C102", "no_answer", None)]


async def test_yes_and_another_request_is_no_change_of_the_shown_call(book: Session) -> None:
    chat = Chat(focus_customer="C001", customer_id="C001")
    await chat._one("she wants a meeting tuesday", "log_call_outcome")
    said = await chat._one("yes and also log jonas weber reached", "affirm")
    assert ("C001", "follow_up", TUE) in _calls(book), said


@pytest.mark.parametrize("correction", ["date's wrong, should be next fri",
                                        "wrong date, next friday"])
async def test_a_date_correction_read_as_the_next_page_of_the_list(book: Session,
                                                                    correction: str) -> None:
    from actions.call_list import ActionCallListMore

    _ACTIONS["call_list_more"] = ActionCallListMore()
    chat = Chat()
    await chat.say("ingrid dahl reached")
    await chat.say("jonas weber meeting thursday")
    said = await chat.say(correction, "call_list_more")
    assert _calls(book) in ([("C002", "follow_up", FRI), ("C003", "reached", None)],
                            [("C002", "follow_up", "2026-12-04"), ("C003", "reached", None)]
                            ), said
    assert _reversed(book) == ["C002"], said


@pytest.mark.parametrize(("answer", "calls"), [
    ("yes, but i'm not sure", []),                      # a reservation: asked, not stored
    ("yes but", []),
    ("yes but also jonas weber reached", None),         # another request: not a change
    ("no, show me jonas weber", []),                    # a read after a no: nothing stored
])
async def test_an_answer_that_is_no_readable_change_never_stores_a_changed_call(
        book: Session, answer: str, calls: list | None) -> None:
    chat = Chat(focus_customer="C001", customer_id="C001")
    await chat._one("she wants a meeting tuesday", "log_call_outcome")
    said = await chat._one(answer, "deny" if answer.startswith("no") else "affirm")
    if calls is not None:
        assert _calls(book) == calls, said
    assert "C002" not in str(chat.slots.get("pending_write")), said
