"""Corrections of the last call, typed the way hurried advisors type: the new customer and the
new date come only from the correction, strictly; anything unsure is asked and nothing moves."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.models.bank import Interaction, InteractionKind, Outcome, Staff, WriteReversal
from tests.knowledge.call_list.factory import AS_OF, customer

pytestmark = pytest.mark.usefixtures("conversation_today")  # the chat's today: AS_OF

# AS_OF is Monday 2026-06-15: Thursday is the 18th, Friday the 19th.
THU, FRI = dt.date(2026, 6, 18), dt.date(2026, 6, 19)


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000120", "Greta Müller")
    customer(bank, "C000121", "Greta Klein")
    customer(bank, "C000122", "Anna Lange")
    customer(bank, "C000123", "Anna Meyer")
    customer(bank, "C000124", "Jonas Berg")
    customer(bank, "C000125", "Anna Berg")
    customer(bank, "C000201", "Tomas Kral", advisor="A2")  # another advisor's customer
    return bank


def _say(session: Session, text: str, *, name: str | None = None, last: dict | None = None):
    return log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                           name=name, customer_id=None, outcome=None, follow_up=None, text=text,
                           focus="C000122", last_write=last)


def _live_calls(session: Session) -> list[tuple[str, Outcome, dt.date | None]]:
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    return sorted((r.customer_id, r.outcome, r.follow_up_on) for r in rows)


def _first(session: Session, text: str, name: str | None = None) -> dict:
    answer = _say(session, text, name=name)
    assert answer.text.startswith("Logged"), answer.text
    return answer.slots["last_write"]


@pytest.mark.parametrize("correction", [
    "not greta muller, greta klein",          # the old name first, negated
    "no!! greta klein not greta müller",
    "oops wrong customer - Greta Klein",
    "my bad, should be greta klein",
    "make that greta klein",
    "sorry C000121",
    "oops wrong client - C000121",           # the id typed after words
    "nein, greta klein, nicht greta muller",  # as typed in Vienna
])
def test_the_customer_named_in_the_correction_gets_the_call(book: Session, correction: str
                                                            ) -> None:
    last = _first(book, "greta muller no answer")
    answer = _say(book, correction, last=last)
    assert "Undone" in answer.text and "Greta Klein (C000121)" in answer.text, answer.text
    assert _live_calls(book) == [("C000121", Outcome.no_answer, None)]


@pytest.mark.parametrize("correction", [
    "sorry i meant tomas kral",               # another advisor's customer
    "sorry i meant C000201",
    "no, anna lange and anna meyer",          # two new customers
])
def test_an_unsure_customer_with_nobody_to_offer_is_asked_and_the_call_taken_back(
        book: Session, correction: str) -> None:
    last = _first(book, "jonas berg reached")
    answer = _say(book, correction, last=last)
    assert answer.text.startswith("Undone"), answer.text
    assert "?" in answer.text, answer.text      # who was meant is asked, never guessed
    assert _live_calls(book) == []
    reversals = book.scalars(select(WriteReversal)).all()
    assert [r.customer_id for r in reversals] == ["C000124"]   # audited, not a silent delete


@pytest.mark.parametrize("correction", [
    "sorry i meant anna",                     # a first name shared by three customers
    "no wait it was anna",
    "wrong person, i meant anna",
    "not him, anna",
])
def test_customers_to_pick_from_keep_the_disputed_call_until_the_pick(
        book: Session, correction: str) -> None:
    from knowledge.call_reports.call_writes import choose_for_pending

    last = _first(book, "greta klein reached")  # no Anna of the Klein family
    answer = _say(book, correction, last=last)
    pending = answer.slots["pending_write"]
    assert pending["candidates"] and "Anna Lange" in answer.text, answer.text
    assert _live_calls(book) == [("C000121", Outcome.reached, None)]   # kept until the pick
    assert book.scalars(select(WriteReversal)).all() == []
    picked = choose_for_pending(session=book, staff=book.get(Staff, "A1"), pending=pending,
                                answer="anna meyer", ordinal=None, customer_id=None,
                                last_write=last)
    assert picked is not None and "Undone" in picked.text, picked
    assert _live_calls(book) == [("C000123", Outcome.reached, None)]
    reversals = book.scalars(select(WriteReversal)).all()
    assert [r.customer_id for r in reversals] == ["C000121"]   # audited, not a silent delete


@pytest.mark.parametrize("correction", [
    "hang on, it was anna",
    "no wait it was Anna",
    "sorry i meant anna",
])
def test_a_first_name_shared_by_several_is_the_one_of_the_corrected_customers_family(
        book: Session, correction: str) -> None:
    """Three Annas, one of them a Berg: "jonas berg reached" → "it was anna" shows the call
    for Anna Berg for a yes; the disputed call stays until the yes."""
    last = _first(book, "jonas berg reached")
    answer = _say(book, correction, last=last)
    pending = answer.slots["pending_write"]
    assert pending["customer_id"] == "C000125" and answer.text.endswith("OK?"), answer.text
    assert "Anna Berg (C000125)" in answer.text, answer.text
    assert _live_calls(book) == [("C000124", Outcome.reached, None)]


def test_picking_the_disputed_customer_again_changes_nothing(book: Session) -> None:
    from knowledge.call_reports.call_writes import choose_for_pending

    last = _first(book, "anna lange reached")
    pending = _say(book, "sorry i meant anna", last=last).slots["pending_write"]
    assert pending and pending.get("candidates"), pending
    picked = choose_for_pending(session=book, staff=book.get(Staff, "A1"), pending=pending,
                                answer="anna lange", ordinal=None, customer_id=None,
                                last_write=last)
    assert picked is not None and "Nothing changed" in picked.text, picked.text
    assert _live_calls(book) == [("C000122", Outcome.reached, None)]
    assert book.scalars(select(WriteReversal)).all() == []


def test_the_other_one_with_a_shared_surname_shows_the_call_for_the_other_for_a_yes(
        book: Session) -> None:
    from knowledge.writes.dispatch import store

    last = _first(book, "jonas berg no answer")
    answer = _say(book, "no the other berg", last=last)
    pending = answer.slots["pending_write"]
    # one other customer it may mean: the same call for them, shown for a yes
    assert pending["customer_id"] == "C000125" and answer.text.endswith("OK?"), answer.text
    assert "Anna Berg (C000125)" in answer.text and "take back" in answer.text
    # the disputed call stays on record until the yes, and a yes replaces it in one step
    assert _live_calls(book) == [("C000124", Outcome.no_answer, None)]
    stored = store(session=book, staff=book.get(Staff, "A1"), write=pending)
    assert stored.text.startswith("Undone") and "Logged" in stored.text, stored.text
    assert _live_calls(book) == [("C000125", Outcome.no_answer, None)]
    reversals = book.scalars(select(WriteReversal)).all()
    assert [r.customer_id for r in reversals] == ["C000124"]


def test_the_focus_customer_is_never_the_default_of_a_correction(book: Session) -> None:
    last = _first(book, "jonas berg reached")
    answer = _say(book, "no sorry, the other one", last=last)  # focus is Anna Lange
    assert "Which customer did you mean" in answer.text
    assert _live_calls(book) == []


@pytest.mark.parametrize("correction", [
    "sorry, friday not thursday",
    "no not thursday, friday",
    "wrong day - fri",
    "sorry i meant the 19th",
    "correction: meeting on 19.6",
])
def test_a_new_date_comes_from_the_correction_only(book: Session, correction: str) -> None:
    last = _first(book, "anna meyer wants a meeting thursday")
    assert _live_calls(book) == [("C000123", Outcome.follow_up, THU)]
    answer = _say(book, correction, last=last)
    assert "Undone" in answer.text and f"{FRI.isoformat()}" in answer.text, answer.text
    assert _live_calls(book) == [("C000123", Outcome.follow_up, FRI)]


@pytest.mark.parametrize("correction", [
    "sorry, friday or monday",                # two dates: which?
    "wrong day, the 3rd of june",             # in the past
    "sorry i meant last friday",              # in the past, not next friday
])
def test_an_unsure_date_is_asked_and_the_call_stays(book: Session, correction: str) -> None:
    last = _first(book, "anna meyer wants a meeting thursday")
    answer = _say(book, correction, last=last)
    assert "Undone" not in answer.text, answer.text
    assert _live_calls(book) == [("C000123", Outcome.follow_up, THU)]


def test_a_new_customer_and_date_together_move_both(book: Session) -> None:
    last = _first(book, "anna meyer wants a meeting thursday")
    answer = _say(book, "sorry i meant anna lange, and friday", last=last)
    assert "Undone: a call with Anna Meyer (C000123)" in answer.text
    assert _live_calls(book) == [("C000122", Outcome.follow_up, FRI)]


def test_actually_with_another_customer_replaces_rather_than_adds(book: Session) -> None:
    last = _first(book, "greta klein reached")
    answer = _say(book, "actually it was greta muller, no answer", last=last)
    assert "Undone" in answer.text, answer.text
    assert _live_calls(book) == [("C000120", Outcome.no_answer, None)]


@pytest.mark.parametrize("undo", ["undo", "take that back", "scratch that", "undo the last one",
                                  "delete the call i just logged", "that was wrong"])
def test_a_plain_undo_is_left_to_undo(book: Session, undo: str) -> None:
    from knowledge.call_reports.call_writes import correct_last_call

    last = _first(book, "jonas berg reached")
    assert correct_last_call(session=book, staff=book.get(Staff, "A1"), last=last, text=undo,
                             name=None, customer_id=None) is None
    assert _live_calls(book) == [("C000124", Outcome.reached, None)]


@pytest.mark.parametrize("message", ["no, show me greta klein", "no. who is greta klein?",
                                     "not interested, greta klein", "not reachable greta klein"])
def test_a_question_or_a_new_call_after_no_is_not_a_correction(message: str) -> None:
    from knowledge.call_reports.corrections import is_correction

    assert not is_correction(message)


def test_a_new_outcome_in_the_correction_is_taken_and_a_negated_one_is_not(book: Session
                                                                            ) -> None:
    last = _first(book, "greta muller reached")
    answer = _say(book, "sorry i meant greta klein, she did not pick up", last=last)
    assert "Undone" in answer.text, answer.text
    assert _live_calls(book) == [("C000121", Outcome.no_answer, None)]


@pytest.mark.parametrize(("text", "correcting"), [
    ("actually it was rita martins not joana", True),
    ("rita martins not joana costa", True),
    ("it was rita martins, sorry", True),
    ("that wasnt joana, it was rita martins", True),
    ("the date is wrong, its the 4th", True),
    ("take that back", True),
    ("that should have gone to rita martins", True),
    ("rita martins no answer", False),
    ("dieter braun not available", False),
    ("she is not interested", False),
    ("no answer, not reachable", False),
])
def test_corrections_in_other_words(text: str, correcting: bool) -> None:
    from knowledge.call_reports.corrections import is_correction

    assert is_correction(text) is correcting


@pytest.mark.parametrize(("dispute", "date"), [("wrong date", "the 4th"),
                                               ("date's wrong", "friday then"),
                                               ("falsches Datum", "am Freitag")])
def test_wrong_date_asks_for_the_date_and_the_date_alone_corrects_the_call(
        book: Session, dispute: str, date: str) -> None:
    from knowledge.call_reports.call_writes import correct_last_call
    from knowledge.writes.disputes import disputes_last_write

    last = _first(book, "anna meyer wants a meeting thursday")
    asked = _say(book, dispute, last=last)
    assert "Which date" in asked.text and "Undone" not in asked.text, asked.text
    assert _live_calls(book) == [("C000123", Outcome.follow_up, THU)]  # kept until told
    waiting = asked.slots["last_write"]
    assert disputes_last_write(date, waiting) and not disputes_last_write(date, last)
    fixed = correct_last_call(session=book, staff=book.get(Staff, "A1"), last=waiting,
                              text=date, name=None, customer_id=None)
    assert fixed is not None and "Undone" in fixed.text, fixed
    day = dt.date(2026, 7, 4) if "4th" in date else FRI
    assert _live_calls(book) == [("C000123", Outcome.follow_up, day)]
    assert book.scalars(select(WriteReversal)).one().snapshot["follow_up_on"] == THU.isoformat()


def test_after_wrong_date_a_new_call_report_is_not_a_date_correction(book: Session) -> None:
    from knowledge.writes.disputes import disputes_last_write

    last = _first(book, "anna meyer wants a meeting thursday")
    waiting = _say(book, "wrong date", last=last).slots["last_write"]
    assert not disputes_last_write("greta klein meeting friday", waiting)
    assert not disputes_last_write("friday or monday", waiting)


def test_a_new_report_that_amends_itself_keeps_the_last_call(book: Session) -> None:
    """ "X reached, actually he wants a meeting friday" right after a call with someone else is
    a call with X: the earlier call is neither undone nor moved to X."""
    last = _first(book, "greta klein reached")
    answer = _say(book, "jonas berg reached, actually he wants a meeting friday", last=last)
    assert "Undone" not in answer.text, answer.text
    assert [(cid, outcome) for cid, outcome, _ in _live_calls(book)] == [
        ("C000121", Outcome.reached), ("C000124", Outcome.follow_up)]


def test_a_yes_after_the_disputed_call_was_undone_meanwhile_stores_the_one_confirmed(
        book: Session) -> None:
    from knowledge.call_list.call_store import reverse_call
    from knowledge.writes.dispatch import store

    last = _first(book, "jonas berg no answer")
    pending = _say(book, "no the other berg", last=last).slots["pending_write"]
    reverse_call(session=book, staff=book.get(Staff, "A1"), last=last)
    stored = store(session=book, staff=book.get(Staff, "A1"), write=pending)
    assert "no longer on record" in stored.text and "Logged" in stored.text, stored.text
    assert _live_calls(book) == [("C000125", Outcome.no_answer, None)]
    assert len(book.scalars(select(WriteReversal)).all()) == 1   # not reversed twice


@pytest.mark.parametrize("correction", [
    "sry typo, 23rd",
    "typo - 23rd",
    "soz, 23rd not 18th",
    "Sorry, the 23rd",
])
def test_a_bare_day_after_a_dated_call_is_its_new_date(book: Session, correction: str) -> None:
    """"greta klein meeting on the 18th" → "sry typo, 23rd": the follow-up moved to the 23rd
    (the old call reversed, audited), not read as a choice or a customer."""
    last = _first(book, "greta klein wants a meeting on the 18th")
    answer = _say(book, correction, last=last)
    assert "Undone" in answer.text and "2026-06-23" in answer.text, answer.text
    assert _live_calls(book) == [("C000121", Outcome.follow_up, dt.date(2026, 6, 23))]


def test_a_bare_day_after_a_call_without_a_date_is_no_follow_up(book: Session) -> None:
    last = _first(book, "greta klein reached")
    answer = _say(book, "sry typo, 23rd", last=last)
    assert "?" in answer.text, answer.text      # asked, never a date guessed onto the call
    assert all(day is None for _, _, day in _live_calls(book))


def test_a_typo_the_customer_mentions_is_no_correction(book: Session) -> None:
    last = _first(book, "greta klein reached")
    _say(book, "she says there is a typo in her last statement", last=last)
    assert ("C000121", Outcome.reached, None) in _live_calls(book)
