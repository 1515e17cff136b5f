"""A pronoun answering "how did the call with X go?" while another customer is in focus may
point at either: asked, nothing stored; with X alone in the conversation it is X."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import choose_for_pending, log_call_answer
from knowledge.models.bank import Interaction, InteractionKind, Staff
from tests.knowledge.call_list.factory import AS_OF, customer


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000601", "Ingrid Vos")
    customer(bank, "C000602", "Bram de Wit")
    return bank


def _say(session: Session, text: str, *, focus: str | None, pending: dict | None):
    return log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                           name=None, customer_id=None, outcome=None, follow_up=None, text=text,
                           focus=focus, pending=pending)


def _asked(session: Session, focus: str | None) -> dict:
    answer = _say(session, "bram de wit", focus=focus, pending=None)
    waiting = answer.slots.get("pending_write") or {}
    assert waiting.get("awaiting") == "outcome", answer.text
    return waiting


def _calls(session: Session) -> list[str]:
    return list(session.scalars(select(Interaction.customer_id).where(
        Interaction.kind == InteractionKind.call)))


@pytest.mark.parametrize("reply", ["she wants a meeting thursday", "he said no thanks",
                                   "they didnt pick up", "reached her"])
def test_a_pronoun_with_another_customer_in_focus_is_asked(book: Session, reply: str) -> None:
    pending = _asked(book, focus="C000601")
    answer = _say(book, reply, focus="C000601", pending=pending)
    assert answer.slots["customer_candidates"] == ["C000602", "C000601"], answer.text
    assert "Ingrid Vos" in answer.text and "Bram de Wit" in answer.text
    assert _calls(book) == []
    picked = choose_for_pending(session=book, staff=book.get(Staff, "A1"),
                                pending=answer.slots["pending_write"], answer="ingrid vos",
                                ordinal=None, customer_id=None)
    assert picked is not None and "Ingrid Vos" in picked.text, picked


@pytest.mark.parametrize("focus", [None, "C000602"])
def test_a_pronoun_with_only_the_customer_asked_about_is_that_customer(
        book: Session, focus: str | None) -> None:
    pending = _asked(book, focus=focus)
    answer = _say(book, "she wants a meeting thursday", focus=focus, pending=pending)
    assert answer.text.startswith("Logged") and "Bram de Wit" in answer.text, answer.text
    assert _calls(book) == ["C000602"]


def test_no_pronoun_no_question(book: Session) -> None:
    pending = _asked(book, focus="C000601")
    answer = _say(book, "meeting thursday", focus="C000601", pending=pending)
    assert answer.text.startswith("Logged") and _calls(book) == ["C000602"], answer.text


@pytest.mark.parametrize(("question", "reply"), [
    ("and her husband bram de wit?", "he wants a call back tmrw"),
    ("what about his wife bram de wit", "she said no thanks"),
])
def test_the_words_of_the_question_can_tell_who_the_pronoun_is(
        book: Session, question: str, reply: str) -> None:
    """Ingrid is in focus; the question names Bram as her husband (or, for the sake of the
    words, his wife): the pronoun of the reply fits Bram only."""
    pending = _say(book, question, focus="C000601", pending=None).slots.get("pending_write")
    assert pending and pending.get("awaiting") == "outcome", pending
    answer = _say(book, reply, focus="C000601", pending=pending)
    assert answer.text.startswith("Logged") and _calls(book) == ["C000602"], answer.text


def test_a_pronoun_the_question_gives_to_the_one_in_focus_is_still_asked(
        book: Session) -> None:
    pending = _say(book, "and her husband bram de wit?", focus="C000601",
                   pending=None).slots.get("pending_write")
    answer = _say(book, "she wants a meeting thursday", focus="C000601", pending=pending)
    assert answer.slots.get("customer_candidates") == ["C000602", "C000601"], answer.text
    assert _calls(book) == []
