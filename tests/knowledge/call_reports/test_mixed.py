"""A message that asks for a read and a write, a call report or a customer's words the NLU
could not place: the read is answered, and no write is stored before the advisor's yes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import AuditEntry, Feedback, Interaction, InteractionKind, Outcome, Staff
from knowledge.writes.dispatch import store
from knowledge.writes.mixed import mixed_answers, split_mixed
from knowledge.writes.pending import CONFIRM_TYPE
from knowledge.writes.unplaced import unplaced_answers
from tests.knowledge.call_list.factory import AS_OF, customer, interaction


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000101", "Hanna Wagner")
    customer(bank, "C000104", "Paul Lund")
    customer(bank, "C000105", "Liu Strand")
    customer(bank, "C000201", "Ewa Nowak", advisor="A2")  # another advisor's customer
    interaction(bank, "C000104", AS_OF - dt.timedelta(days=40), InteractionKind.complaint,
                Outcome.open)
    return bank


def _calls(session: Session) -> list[Interaction]:
    return list(session.scalars(select(Interaction).where(Interaction.occurred_on == AS_OF)))


@pytest.mark.parametrize(("text", "read", "write"), [
    ("tell me about Paul Lund and log that his complaint is resolved", "profile",
     "log that his complaint is resolved"),
    ("called liu strand no answer, who's next?", "list", "called liu strand no answer"),
    ("show me hanna wagner then mark her as reached", "profile", "mark her as reached"),
])
def test_the_read_and_the_write_are_told_apart(text: str, read: str, write: str) -> None:
    mixed = split_mixed(text, AS_OF)
    assert mixed is not None and (mixed.read, mixed.write_text) == (read, write)


@pytest.mark.parametrize("text", ["tell me about Paul Lund", "who should I call today",
                                  "liu strand no answer",
                                  "hanna wagner no answer and liu strand reached"])
def test_a_plain_read_or_write_is_not_mixed(text: str) -> None:
    assert split_mixed(text, AS_OF) is None


def test_profile_then_the_complaint_closed_only_after_yes(book: Session) -> None:
    staff = book.get(Staff, "A1")
    answers = mixed_answers(session=book, staff=staff, as_of=AS_OF, focus=None, last_write=None,
                            text="tell me about Paul Lund and log that his complaint is resolved")
    assert answers is not None and len(answers) == 2
    profile, question = answers
    assert "Paul Lund" in profile.text and profile.slots["customer_id"] == "C000104"
    assert question.payload and question.payload["type"] == CONFIRM_TYPE
    assert "Paul Lund (C000104)" in question.text and question.text.endswith("OK?")
    assert _calls(book) == []  # nothing stored yet
    store(session=book, staff=staff, write=question.slots["pending_write"])
    complaint = book.scalars(select(Interaction).where(
        Interaction.kind == InteractionKind.complaint)).one()
    assert complaint.outcome is Outcome.resolved


def test_a_call_report_the_nlu_missed_is_shown_not_stored(book: Session) -> None:
    staff = book.get(Staff, "A1")
    [answer] = unplaced_answers(session=book, staff=staff, as_of=AS_OF, focus=None,
                                last_write=None, text="liu strand - vm") or []
    assert answer.slots["pending_write"]["outcome"] == "no_answer"
    assert answer.text.endswith("OK?") and _calls(book) == []


def test_another_books_customer_gets_no_write_and_no_profile(book: Session) -> None:
    staff = book.get(Staff, "A1")
    answers = unplaced_answers(session=book, staff=staff, as_of=AS_OF, focus="C000101",
                               last_write=None, text="ewa nowak no answer") or []
    assert not any((a.slots or {}).get("pending_write") for a in answers)
    assert _calls(book) == []


def test_what_a_customer_said_is_offered_as_feedback_for_them(book: Session) -> None:
    staff = book.get(Staff, "A1")
    [answer] = unplaced_answers(
        session=book, staff=staff, as_of=AS_OF, focus=None, last_write=None,
        text="hanna wagner says the branch closing hurts older clients") or []
    write = answer.slots["pending_write"]
    assert (write["kind"], write["customer_id"]) == ("feedback", "C000101")
    assert book.scalars(select(Feedback)).all() == []


def test_another_books_customer_is_refused_audited_and_answered_as_no_one(
        book: Session) -> None:
    staff = book.get(Staff, "A1")

    def said(customer_id: str) -> list[str]:
        answers = unplaced_answers(
            session=book, staff=staff, as_of=AS_OF, focus=None, last_write=None,
            channel="slack", text=f"{customer_id} says the branch closing hurts older clients")
        return [a.text for a in answers or []]

    assert said("C000201") == said("C999999")  # Ewa Nowak's id tells nothing more
    refused = book.scalars(select(AuditEntry).where(AuditEntry.customer_id == "C000201")).all()
    assert [(e.granted, e.staff_id, e.channel) for e in refused] == [(False, "A1", "slack")]
    assert not book.scalars(select(AuditEntry).where(AuditEntry.customer_id == "C999999")).all()
    assert book.scalars(select(Feedback)).all() == []


def test_a_bare_name_shows_the_profile(book: Session) -> None:
    staff = book.get(Staff, "A1")
    [answer] = unplaced_answers(session=book, staff=staff, as_of=AS_OF, focus=None,
                                last_write=None, text="liu strand?") or []
    assert "Liu Strand" in answer.text and answer.slots.get("customer_id") == "C000105"


def test_a_bare_surname_offers_the_books_matches_and_writes_nothing(book: Session) -> None:
    customer(book, "C000106", "Anna Strand")
    staff = book.get(Staff, "A1")
    before = len(book.scalars(select(Interaction)).all())
    [answer] = unplaced_answers(session=book, staff=staff, as_of=AS_OF, focus=None,
                                last_write=None, text="strand") or []
    assert "Liu Strand" in answer.text and "Anna Strand" in answer.text, answer.text
    assert "pending_write" not in answer.slots or not answer.slots["pending_write"]
    assert len(book.scalars(select(Interaction)).all()) == before
    # Another book's surname alone, or a misspelling of nobody's, is no name to offer.
    assert unplaced_answers(session=book, staff=staff, as_of=AS_OF, focus=None,
                            last_write=None, text="nowak") is None
    assert unplaced_answers(session=book, staff=staff, as_of=AS_OF, focus=None,
                            last_write=None, text="qwpeoiru") is None


def test_not_interested_is_its_own_outcome(book: Session) -> None:
    staff = book.get(Staff, "A1")
    from knowledge.call_reports.call_writes import log_call_answer

    answer = log_call_answer(session=book, staff=staff, as_of=AS_OF, name=None,
                             customer_id=None, outcome=None, follow_up=None,
                             text="liu strand not interested in the fund")
    assert "not interested" in answer.text
    [row] = _calls(book)
    assert row.outcome is Outcome.not_interested


def test_feedback_on_the_wrong_customer_is_taken_back_and_offered_for_the_right_one(
        book: Session) -> None:
    from knowledge.feedback.chat import correct_last_feedback

    staff = book.get(Staff, "A1")
    saved = store(session=book, staff=staff, write={
        "kind": "feedback", "customer_id": "C000101", "name": "Hanna Wagner",
        "text": "the app logs her out during transfers", "compensation": None})
    answer = correct_last_feedback(session=book, staff=staff, last=saved.slots["last_write"],
                                   text="sorry, that was for liu strand")
    assert book.scalars(select(Feedback)).all() == []  # taken back, nothing new yet
    write = answer.slots["pending_write"]
    assert (write["customer_id"], write["text"]) == ("C000105",
                                                     "the app logs her out during transfers")
    assert answer.text.startswith("Undone") and answer.text.endswith("OK?")
    nobody = correct_last_feedback(session=book, staff=staff, last=store(
        session=book, staff=staff, write=write).slots["last_write"], text="wrong customer")
    assert "Which customer was it?" in nobody.text and not nobody.slots.get("pending_write")
    assert book.scalars(select(Feedback)).all() == []


def test_a_misspelt_name_is_asked_about_by_name_unless_someone_else_has_it(
        book: Session) -> None:
    from knowledge.call_reports.call_writes import log_call_answer

    staff = book.get(Staff, "A1")
    customer(book, "C000202", "Hanna Wagnar", advisor="A2")  # the typo is another's name

    def say(text: str):  # type: ignore[no-untyped-def]
        return log_call_answer(session=book, staff=staff, as_of=AS_OF, name=None,
                               customer_id=None, outcome=None, follow_up=None, text=text)

    asked = say("liu strannd no answer")
    assert asked.text.startswith("Nobody in your book is called exactly that; did you mean "
                                 "Liu Strand?") and asked.text.endswith("OK?")
    assert asked.slots["pending_write"]["customer_id"] == "C000105" and _calls(book) == []
    elsewhere = say("hanna wagnar no answer")
    # Offered as a numbered choice (answered by number or id), never as a yes/no question.
    assert (elsewhere.payload or {}).get("type") == "customer_choice"
    assert not elsewhere.text.endswith("OK?") and _calls(book) == []
