"""Logging a call from chat never writes on a guessed customer, outcome or date, asks before
storing anything inferred, and can be undone (kept as an audited reversal)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import choose_for_pending, log_call_answer
from knowledge.call_reports.said import parse_date, read_call
from knowledge.models.bank import (
    AuditEntry,
    Interaction,
    InteractionKind,
    Outcome,
    Staff,
    WriteReversal,
)
from knowledge.writes.dispatch import reverse, store
from tests.knowledge.call_list.factory import AS_OF, customer, interaction

# AS_OF is Monday 2026-06-15.


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000101", "Hanna Wagner")
    customer(bank, "C000104", "Matthias Xu")
    customer(bank, "C000105", "Liu Strand")
    customer(bank, "C000106", "Aleksandra Zielinski")
    customer(bank, "C000116", "Elias Li")
    customer(bank, "C000201", "Aleksandra Nowak", advisor="A2")  # another advisor's customer
    interaction(bank, "C000104", AS_OF - dt.timedelta(days=40), InteractionKind.complaint,
                Outcome.open)
    return bank


def _calls(session: Session, cid: str | None = None) -> list[Interaction]:
    query = select(Interaction).where(Interaction.occurred_on == AS_OF,
                                      Interaction.kind == InteractionKind.call)
    if cid:
        query = query.where(Interaction.customer_id == cid)
    return list(session.scalars(query))


def _say(session: Session, text: str, *, name: str | None = None, focus: str | None = None,
         last: dict | None = None):
    return log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                           name=name, customer_id=None, outcome=None, follow_up=None, text=text,
                           focus=focus, last_write=last)


def test_a_call_stated_in_full_is_stored_at_once_and_undo_takes_it_back(book: Session) -> None:
    answer = _say(book, "C000116 reached, all fine", focus="C000101")
    assert answer.text.startswith("Logged your call with Elias Li (C000116)")
    [row] = _calls(book)
    assert row.customer_id == "C000116" and row.outcome is Outcome.reached
    undone = reverse(session=book, staff=book.get(Staff, "A1"), last=answer.slots["last_write"])
    assert undone.text.startswith("Undone: a call with Elias Li (C000116): reached")
    assert _calls(book) == []
    kept = book.scalars(select(WriteReversal)).one()
    assert kept.kind == "call" and kept.snapshot["outcome"] == "reached"
    assert book.scalars(select(AuditEntry).where(AuditEntry.action == "undo_call")).one()


def test_another_advisor_cannot_undo_my_call(book: Session) -> None:
    answer = _say(book, "C000116 reached")
    refused = reverse(session=book, staff=book.get(Staff, "A2"), last=answer.slots["last_write"])
    assert "can't undo" in refused.text and len(_calls(book)) == 1


def test_the_id_in_the_message_wins_over_the_focus_and_no_answer_is_no_answer(
    book: Session,
) -> None:
    _say(book, "tried to reach C000104 but no answer", focus="C000101")
    [row] = _calls(book)
    assert row.customer_id == "C000104" and row.outcome is Outcome.no_answer


def test_one_shared_surname_is_asked_about_never_taken(book: Session) -> None:
    answer = _say(book, "tried lena strand no answer", name="lena strand")
    assert "Liu Strand (C000105)" in answer.text and "Nothing is logged yet" in answer.text
    assert not answer.text.endswith("OK?")
    assert _calls(book) == []
    # "the first one" picks her; the outcome said before is kept
    picked = choose_for_pending(session=book, staff=book.get(Staff, "A1"),
                                pending=answer.slots["pending_write"], answer="the first one",
                                ordinal="first", customer_id=None)
    assert picked is not None and picked.text.startswith("Logged your call with Liu Strand")
    assert _calls(book)[0].outcome is Outcome.no_answer


def test_another_books_namesake_is_not_replaced_by_my_customer(book: Session) -> None:
    answer = _say(book, "I called Aleksandra Nowak, no answer", name="Aleksandra Nowak")
    assert "Nothing is logged yet" in answer.text or "can't find" in answer.text
    assert _calls(book) == []


def test_an_unrecognised_name_never_falls_back_to_the_focus(book: Session) -> None:
    answer = _say(book, "I called Gonçalo Rodrigues, no answer", focus="C000101")
    assert "can't find" in answer.text and _calls(book) == []
    answer = _say(book, "spoke w someone, wants a meeting next week", focus="C000101")
    assert "Which customer" in answer.text and _calls(book) == []


def test_a_pronoun_uses_the_focus_but_asks_and_says_so(book: Session) -> None:
    answer = _say(book, "called her again, no answer", focus="C000101")
    assert "Hanna Wagner (C000101)" in answer.text and answer.text.endswith("OK?")
    assert answer.payload["type"] == "confirm_write" and _calls(book) == []
    store(session=book, staff=book.get(Staff, "A1"), write=answer.slots["pending_write"])
    assert _calls(book, "C000101")[0].outcome is Outcome.no_answer


def test_no_stated_outcome_is_asked_and_the_same_call_twice_is_not_stored(book: Session) -> None:
    asked = _say(book, "called Matthias Xu", name="Matthias Xu")
    assert asked.text.startswith("How did the call with Matthias Xu (C000104) go")
    assert _calls(book) == []
    answered = log_call_answer(session=book, staff=book.get(Staff, "A1"), as_of=AS_OF, name=None,
                               customer_id=None, outcome=None, follow_up=None, text="no answer",
                               pending=asked.slots["pending_write"])
    assert answered.text.startswith("Logged your call with Matthias Xu")
    book.delete(_calls(book)[0])
    first = _say(book, "Matthias Xu no answer", name="Matthias Xu")
    again = _say(book, "Matthias Xu no answer", name="Matthias Xu",
                 last=first.slots["last_write"])
    # said plainly (no "OK?" a hurried yes would answer); "log it again" would store it
    assert "Already logged" in again.text and "log it again" in again.text
    assert not again.text.endswith("?") and again.payload is None
    assert len(_calls(book)) == 1
    stale = {**first.slots["last_write"], "at": "2026-01-01T08:00:00+00:00"}
    later = _say(book, "Matthias Xu no answer", name="Matthias Xu", last=stale)
    assert "earlier. Log it again?" in later.text and later.text.endswith("OK?")
    assert len(_calls(book)) == 1


def test_complaint_resolved_closes_it_and_undo_reopens_it(book: Session) -> None:
    answer = _say(book, "Matthias Xu complaint resolved", name="Matthias Xu")
    assert "Closed 1 open complaint" in answer.text
    complaint = book.scalars(select(Interaction).where(
        Interaction.kind == InteractionKind.complaint)).one()
    assert complaint.outcome is Outcome.resolved
    reverse(session=book, staff=book.get(Staff, "A1"), last=answer.slots["last_write"])
    book.refresh(complaint)
    assert complaint.outcome is Outcome.open and _calls(book) == []


@pytest.mark.parametrize(("text", "outcome", "day"), [
    ("tried lena strand no answer", Outcome.no_answer, None),
    ("left a voicemail for wei", Outcome.no_answer, None),
    ("didnt pick up, try again tmrw", Outcome.no_answer, dt.date(2026, 6, 16)),
    ("wants a meeting on friday", Outcome.follow_up, dt.date(2026, 6, 19)),
    ("meeting 3 jul", Outcome.follow_up, dt.date(2026, 7, 3)),
    ("call back the 20th", Outcome.follow_up, dt.date(2026, 6, 20)),
    ("follow up end of month", Outcome.follow_up, dt.date(2026, 6, 30)),
    ("call again in two weeks", Outcome.follow_up, dt.date(2026, 6, 29)),
    ("next week re mortgage", Outcome.follow_up, dt.date(2026, 6, 22)),
    ("mtg thurs", Outcome.follow_up, dt.date(2026, 6, 18)),
    ("mtg wednesday", Outcome.follow_up, dt.date(2026, 6, 17)),
    ("spoke with her today", Outcome.reached, None),  # today is the call, not a follow-up
    ("meeting 1.7.", Outcome.follow_up, dt.date(2026, 7, 1)),
    ("sold her a savings plan", Outcome.sale, None),
    ("not interested in the fund", Outcome.not_interested, None),
    ("spoke to her, all fine", Outcome.reached, None),
    ("got thru to her at last", Outcome.reached, None),
    ("had a quick chat, nothing new", Outcome.reached, None),
    ("tried him twice, nada", Outcome.no_answer, None),
    ("rang, engaged tone", Outcome.no_answer, None),
    ("line was engaged all morning", Outcome.no_answer, None),
    ("nope, not keen", Outcome.not_interested, None),
    ("follow up in a fortnight", Outcome.follow_up, dt.date(2026, 6, 29)),
    ("wants to meet beginning of july", Outcome.follow_up, dt.date(2026, 7, 1)),
    ("callback first week of aug", Outcome.follow_up, dt.date(2026, 8, 1)),
    ("meeting end of july", Outcome.follow_up, dt.date(2026, 7, 31)),
    ("meeting early next month", Outcome.follow_up, dt.date(2026, 7, 1)),
    ("call back 3.7.", Outcome.follow_up, dt.date(2026, 7, 3)),
    ("pencil in for 25/6", Outcome.follow_up, dt.date(2026, 6, 25)),
    ("wants to meet 2 weeks from now", Outcome.follow_up, dt.date(2026, 6, 29)),
    ("meeting a week from today", Outcome.follow_up, dt.date(2026, 6, 22)),  # not a week ago
    ("callback in a week's time", Outcome.follow_up, dt.date(2026, 6, 22)),
])
def test_outcomes_and_dates_as_advisors_type_them(text: str, outcome: Outcome,
                                                  day: dt.date | None) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.follow_up_on) == (outcome, day)


@pytest.mark.parametrize("text", ["C000116 keen, meeting early next month",
                                  "C000116 wants to meet late july"])
def test_a_date_picked_for_a_span_is_shown_before_it_is_stored(book: Session, text: str) -> None:
    answer = _say(book, text)
    assert "please check" in answer.text and answer.text.endswith("OK?")
    assert answer.slots["pending_write"]["follow_up_on"] in answer.text
    assert _calls(book) == []  # nothing stored until the advisor says yes
    _say(book, "C000116 meeting beginning of july")  # a stated first day is no guess
    [row] = _calls(book)
    assert row.follow_up_on == dt.date(2026, 7, 1)


def test_the_nlus_date_counts_only_where_it_reads_as_a_date() -> None:
    # "spoke 2 C000023 earlier": the "2" tagged as a date is no follow-up.
    assert read_call("spoke 2 her earlier", AS_OF, entity_follow_up="2").follow_up_on is None
    assert read_call("meeting", AS_OF, entity_follow_up="next friday").follow_up_on == \
        dt.date(2026, 6, 19)


def test_a_no_answer_the_same_message_takes_back_is_asked_not_stored() -> None:
    report = read_call("no answer - sorry, reached her after all", AS_OF)
    assert not report.explicit  # shown and asked ("how did the call go?"), never stored
    assert read_call("rang her, nobody picked up", AS_OF).explicit  # one outcome, worded so
    # "no wait": what the message says last is what is shown for a yes (tests/…/test_shorthand)
    later = read_call("voicemail, no wait she took the fund", AS_OF)
    assert (later.outcome, later.taken_back) == (Outcome.sale, True)


def test_an_unreadable_date_is_none_not_a_guess() -> None:
    assert parse_date("on the blue moon", AS_OF) is None


@pytest.mark.parametrize("text", ["wants a meeting mid july", "callback the week after next"])
def test_a_meeting_whose_calendar_words_cannot_be_read_asks_for_the_date(
        book: Session, text: str) -> None:
    report = read_call(text, AS_OF)
    assert report.date_unreadable and report.follow_up_on is None
    answer = _say(book, f"matthias xu {text}")
    assert "could not read the date" in answer.text and _calls(book) == []


def test_no_the_other_one_moves_the_call_to_the_customer_named_now(book: Session) -> None:
    first = _say(book, "spoke to Liu Strand, no answer", name="Liu Strand")
    assert _calls(book, "C000105")
    moved = _say(book, "no sorry matthias xu", name="matthias xu",
                 last=first.slots["last_write"])
    assert moved.text.startswith("Undone: a call with Liu Strand (C000105)")
    assert _calls(book, "C000105") == []
    [row] = _calls(book, "C000104")
    assert row.outcome is Outcome.no_answer  # the outcome said first
    assert book.scalars(select(WriteReversal)).one().record_id != row.id


def test_two_customers_in_one_message_are_read_apart_and_shown_for_one_yes(book: Session
                                                                          ) -> None:
    # Each call from its own clause (tests/actions/test_several_calls.py stores them on yes).
    answer = _say(book, "Hanna Wagner no answer and Matthias Xu wants a meeting fri",
                  name="Hanna Wagner")
    assert answer.text.endswith("OK?") and _calls(book) == [], answer.text
    assert "Hanna Wagner (C000101): no answer" in answer.text
    assert "Matthias Xu (C000104): follow up, follow-up on Friday" in answer.text


def test_two_customers_one_named_in_part_are_not_guessed_apart(book: Session) -> None:
    answer = _say(book, "Hanna Wagner no answer and matthias wants a meeting fri",
                  name="Hanna Wagner")
    # nothing stored; only the call named in full is shown, from its own words, for a yes
    assert "not logged" in answer.text and _calls(book) == []
    assert answer.text.endswith("Hanna Wagner (C000101): no answer. OK?"), answer.text


def test_actually_no_answer_replaces_the_last_calls_outcome(book: Session) -> None:
    first = _say(book, "Matthias Xu reached", name="Matthias Xu")
    amended = _say(book, "actually no answer, sorry", last=first.slots["last_write"])
    assert amended.text.startswith("Undone: a call with Matthias Xu (C000104): reached")
    [row] = _calls(book)
    assert row.customer_id == "C000104" and row.outcome is Outcome.no_answer
