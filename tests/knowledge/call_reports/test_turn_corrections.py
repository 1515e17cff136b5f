"""Corrections across turns as advisors make them: a "no" and a date after a meeting replaces
the meeting's date (one call, not two); a correction that names an earlier call by its
customer or product changes that call, not the latest one."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.models.bank import Interaction, InteractionKind, Outcome, Staff, WriteReversal
from knowledge.writes.earlier import earlier_answer, names_an_earlier_write, with_earlier
from tests.knowledge.call_list.factory import AS_OF, customer

pytestmark = pytest.mark.usefixtures("conversation_today")  # the chat's today: AS_OF

# AS_OF is Monday 2026-06-15.
THE_24TH, THE_25TH = dt.date(2026, 6, 24), dt.date(2026, 6, 25)


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000301", "Paulina Nowak")
    customer(bank, "C000302", "Marek Nowak")
    customer(bank, "C000303", "Ines Duarte")
    customer(bank, "C000304", "Lars Holm")
    return bank


def _say(session: Session, text: str, last: dict | None = None):
    return log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                           name=None, customer_id=None, outcome=None, follow_up=None, text=text,
                           focus=None, last_write=last)


def _live_calls(session: Session) -> list[tuple[str, Outcome, dt.date | None]]:
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    return sorted((r.customer_id, r.outcome, r.follow_up_on) for r in rows)


def _logged(session: Session, text: str, last: dict | None = None) -> dict:
    answer = _say(session, text, last)
    assert answer.text.startswith("Logged"), answer.text
    return with_earlier(session, answer.slots["last_write"], last)


@pytest.mark.parametrize("fix", ["nope she said the 25th", "no it's the 25th", "nah 25th june"])
def test_a_no_and_a_date_after_a_meeting_moves_that_meeting(book: Session, fix: str) -> None:
    last = _logged(book, "meeting with lars holm on the 24th")
    answer = _say(book, fix, last)
    assert "Undone" in answer.text, answer.text
    assert _live_calls(book) == [("C000304", Outcome.follow_up, THE_25TH)]
    assert [r.customer_id for r in book.scalars(select(WriteReversal))] == ["C000304"]


def _earlier(session: Session, text: str, last: dict):
    assert names_an_earlier_write(text, last), text
    return earlier_answer(session=session, staff=session.get(Staff, "A1"), last=last, text=text)


@pytest.mark.parametrize("fix", [
    "oh the bond was marek nowak not paulina, sorry",
    "the bond was Marek Nowak, not Paulina",
    "sry the bond went to marek nowak not paulina",
])
def test_a_correction_naming_the_earlier_sale_changes_the_sale_not_the_latest_call(
        book: Session, fix: str) -> None:
    sale = _logged(book, "sold the bond to paulina nowak")
    last = _logged(book, "ines duarte no answer", sale)
    answer = _earlier(book, fix, last)
    assert answer is not None and "Marek Nowak" in answer.text, answer
    assert _live_calls(book) == [("C000302", Outcome.sale, None),
                                 ("C000303", Outcome.no_answer, None)]
    assert [r.customer_id for r in book.scalars(select(WriteReversal))] == ["C000301"]


def test_the_meeting_named_by_its_outcome_is_the_one_corrected(book: Session) -> None:
    meeting = _logged(book, "meeting with paulina nowak on the 24th")
    last = _logged(book, "lars holm no answer", meeting)
    answer = _earlier(book, "the meeting was with marek nowak not paulina", last)
    assert answer is not None, answer
    assert _live_calls(book) == [("C000302", Outcome.follow_up, THE_24TH),
                                 ("C000304", Outcome.no_answer, None)]


def test_a_denied_name_of_the_latest_call_is_left_to_the_correction_of_the_latest(
        book: Session) -> None:
    from knowledge.writes.named_write import call_pointed_at

    first = _logged(book, "ines duarte no answer")
    last = _logged(book, "sold the bond to paulina nowak", first)
    assert call_pointed_at("the bond was marek nowak not paulina", last) is None


def test_two_calls_the_words_could_mean_are_not_guessed(book: Session) -> None:
    from knowledge.writes.named_write import call_pointed_at

    first = _logged(book, "paulina nowak no answer")
    second = _logged(book, "marek nowak no answer", first)
    last = _logged(book, "ines duarte reached", second)
    assert call_pointed_at("the vm was lars holm not nowak", last) is None


@pytest.mark.parametrize("text", [
    "sorry, ines duarte no answer",
    "sry - Ines Duarte not interested",
    "Entschuldigung, Ines Duarte nicht erreicht",
])
def test_an_apology_before_another_full_report_keeps_the_call_and_asks(
        book: Session, text: str) -> None:
    last = _logged(book, "lars holm reached")
    answer = _say(book, text, last)
    assert "correction of your last call" in answer.text and "?" in answer.text, answer.text
    assert _live_calls(book) == [("C000304", Outcome.reached, None)]
    assert list(book.scalars(select(WriteReversal))) == []


@pytest.mark.parametrize("text", [
    "sorry, ines duarte",                    # the customer only: a correction
    "sorry i meant ines duarte, no answer",  # said to be a correction
    "oops it was ines duarte, no answer",
])
def test_an_apology_that_corrects_still_corrects(book: Session, text: str) -> None:
    last = _logged(book, "lars holm reached")
    answer = _say(book, text, last)
    assert "Undone" in answer.text, answer.text
    assert [c for c, _o, _d in _live_calls(book)] == ["C000303"]


@pytest.mark.parametrize("text", ["oops, the 1st one was fine", "sorry the 2nd call is right",
                                  "Oops the first one was ok"])
def test_a_call_named_by_its_place_is_no_date(book: Session, text: str) -> None:
    first = _logged(book, "meeting with paulina nowak on the 24th")
    last = _logged(book, "meeting with lars holm on the 25th", first)
    answer = _say(book, text, last)
    assert "Which call do you mean" in answer.text, answer.text
    assert _live_calls(book) == [("C000301", Outcome.follow_up, THE_24TH),
                                 ("C000304", Outcome.follow_up, THE_25TH)]


@pytest.mark.parametrize("text", [
    "paulina actually called back just now, wants a meeting on the 24th",
    "actually paulina rang back - meeting on the 24th",
])
def test_a_customer_who_called_back_is_a_new_call_not_a_correction(
        book: Session, text: str) -> None:
    from knowledge.writes.dispatch import store

    customer(book, "C000305", "Paulina Wrona")          # a second Paulina in the book
    first = _logged(book, "paulina nowak no answer")
    last = _logged(book, "lars holm not interested", first)
    answer = _say(book, text, last)
    shown = answer.slots.get("pending_write") or {}
    assert shown.get("customer_id") == "C000301" and answer.text.endswith("OK?"), answer.text
    store(session=book, staff=book.get(Staff, "A1"), write=shown)
    assert _live_calls(book) == [("C000301", Outcome.follow_up, THE_24TH),
                                 ("C000301", Outcome.no_answer, None),
                                 ("C000304", Outcome.not_interested, None)]


@pytest.mark.parametrize("text", ["undo the paulina vm", "pls delete the nowak voicemail"])
def test_an_undo_naming_an_earlier_call_by_customer_and_outcome_takes_that_one_back(
        book: Session, text: str) -> None:
    first = _logged(book, "paulina nowak no answer")
    second = _logged(book, "ines duarte no answer", first)
    last = _logged(book, "meeting with paulina nowak on the 24th", second)
    answer = _earlier(book, text, last)
    assert answer is not None and "Undone" in answer.text, answer
    assert _live_calls(book) == [("C000301", Outcome.follow_up, THE_24TH),
                                 ("C000303", Outcome.no_answer, None)]


def test_an_undo_naming_the_latest_call_only_takes_it_back(book: Session) -> None:
    from knowledge.call_reports.corrections import correct_last_call

    last = _logged(book, "paulina nowak no answer")
    assert correct_last_call(session=book, staff=book.get(Staff, "A1"), last=last,
                             text="undo the paulina vm", name=None, customer_id=None) is None
    assert _live_calls(book) == [("C000301", Outcome.no_answer, None)]


def test_a_date_correction_never_brings_back_a_meeting_taken_back_elsewhere(
        book: Session) -> None:
    from knowledge.conversation.state import still_on_record

    meeting = _logged(book, "lars holm wants to meet on the 24th")
    last = _logged(book, "ines duarte no answer", meeting)
    # the meeting is taken back in another channel: the chat's slot still names it
    book.delete(book.get(Interaction, meeting["id"]))
    book.flush()
    assert not still_on_record(book, meeting) and still_on_record(book, last)
    answer = _say(book, "sorry - the 25th, not the 24th", last)
    assert "Lars Holm" not in answer.text, answer.text
    assert [c for c in _live_calls(book) if c[0] == "C000304"] == []


@pytest.mark.parametrize("fix", ["sorry, the 26th not the 24th - july i mean",
                                 "no the 26th, in july"])
def test_a_corrected_day_read_in_the_month_said_apart_from_it(book: Session, fix: str) -> None:
    last = _logged(book, "lars holm wants to meet on the 24th")
    answer = _say(book, fix, last)
    assert "Undone" in answer.text, answer.text
    assert _live_calls(book) == [("C000304", Outcome.follow_up, dt.date(2026, 7, 26))]


def test_a_day_alone_moves_the_meeting_within_its_own_month(book: Session) -> None:
    # the meeting is in July; "the 25th, not the 24th" said in June is 25 July, not 25 June
    last = _logged(book, "lars holm wants to meet on 24 july")
    answer = _say(book, "sorry the 25th not the 24th", last)
    assert "Undone" in answer.text, answer.text
    assert _live_calls(book) == [("C000304", Outcome.follow_up, dt.date(2026, 7, 25))]


@pytest.mark.parametrize("said", ["lars holm wants a meeting next wed",
                                  "Lars Holm - appt NEXT THURSDAY"])
def test_next_weekday_of_this_week_is_shown_naming_both_readings(book: Session,
                                                                 said: str) -> None:
    # said on a Monday, "next wed" may be this week's or next week's: never stored at once
    answer = _say(book, said)
    assert answer.text.endswith("OK?"), answer.text
    first = answer.slots["pending_write"]["follow_up_on"]
    other = (dt.date.fromisoformat(first) + dt.timedelta(days=7)).isoformat()
    assert first in answer.text and other in answer.text, answer.text
    assert _live_calls(book) == []


def test_a_question_about_the_day_then_the_day_meant_moves_the_meeting(book: Session) -> None:
    last = _logged(book, "lars holm wants to meet on 17 june")
    answer = _say(book, "hang on, which wednesday did u put in? i meant the 24th", last)
    assert "Undone" in answer.text, answer.text
    assert _live_calls(book) == [("C000304", Outcome.follow_up, THE_24TH)]


def test_a_day_meant_instead_without_denying_the_old_one_is_the_next_such_day(
        book: Session) -> None:
    # "the 10th" said on 15 June is 10 July; "sorry, i meant the 20th" is the coming 20 June
    last = _logged(book, "lars holm wants a call back the 10th")
    assert _live_calls(book) == [("C000304", Outcome.follow_up, dt.date(2026, 7, 10))]
    answer = _say(book, "sorry, i meant the 20th", last)
    assert "Undone" in answer.text, answer.text
    assert _live_calls(book) == [("C000304", Outcome.follow_up, dt.date(2026, 6, 20))]


def test_can_do_is_no_until() -> None:
    from knowledge.call_reports.said import read_call

    report = read_call("lars holm called back, he can do end of month", AS_OF)
    assert report.follow_up_on == dt.date(2026, 6, 30)
