"""Logging customer feedback durably: validate, store raw as `pending`.

feedback.csv files load through the interchange format (`knowledge.interchange.feedback_csv`).

Nothing here embeds: the raw statement is committed first (by the caller) and the theme
pipeline (`knowledge.themes.service.update`) drains pending items later, so a missing model
or a crash never loses a statement.

Rules: text is stripped; empty text is refused; text longer than `FEEDBACK_MAX_CHARS`
(default 20,000) is refused whole rather than silently truncated, with a message saying
how to shorten it (for CSV files the same rules live in `knowledge.interchange.spec`).
An unknown customer id is refused. The same feedback id twice is
idempotent: same content → nothing changes; different content → updated and re-queued
(CSV re-import) or refused as a conflict (API).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from knowledge.access.policy import can_see_customer, refuse
from knowledge.models.bank import Customer, Feedback, Staff
from knowledge.models.themes import FeedbackEmbedding, ThemeMember
from knowledge.settings import get_settings

CHANNELS = ("phone", "meeting", "branch", "email", "chat", "api", "letter", "web", "survey",
            "social")


class FeedbackRejected(ValueError):
    """The feedback cannot be stored as given; the message says what to change."""


class FeedbackConflict(FeedbackRejected):
    """The id is already used for a different statement."""


@dataclass
class Logged:
    feedback: Feedback
    created: bool
    foreign_language: bool = False


def clean_text(text: str | None) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise FeedbackRejected("The feedback text is empty; please say what the customer said.")
    limit = get_settings().feedback_max_chars
    if len(cleaned) > limit:
        raise FeedbackRejected(
            f"The feedback is {len(cleaned):,} characters long; the limit is {limit:,}. "
            "Please summarise it or split it into separate statements."
        )
    return cleaned


_MONEY = re.compile(r"[-+]?\d[\d,. ]*")


def parse_compensation(value: str | Decimal | float | int | None) -> Decimal | None:
    """"50", "€50", "50.00 EUR", "1,250.50", "12,50 €" → Decimal; "", "none", "no" → None."""
    if value is None or isinstance(value, Decimal):
        return _check_amount(value)
    if isinstance(value, int | float):
        return _check_amount(Decimal(str(value)))
    text = value.strip().lower()
    if text in ("", "none", "no", "nothing", "0", "-", "n/a", "no compensation"):
        return None
    match = _MONEY.search(text)
    if not match:
        raise FeedbackRejected(
            f"I could not read {value!r} as an amount; give the compensation as a number, "
            "e.g. 50 or 50.00."
        )
    from knowledge.feedback.amounts import plain_number

    digits = plain_number(match.group())  # "12,50" and "1.250,00" as typed in Europe too
    try:
        return _check_amount(Decimal(digits))
    except InvalidOperation as exc:
        raise FeedbackRejected(f"{value!r} is not an amount; give a number such as 50.00.") from exc


def _check_amount(amount: Decimal | None) -> Decimal | None:
    if amount is None:
        return None
    if amount < 0 or amount > Decimal("10000000"):
        raise FeedbackRejected("Compensation must be between 0 and 10,000,000.")
    return amount.quantize(Decimal("0.01"))


_ENGLISH_HINTS = frozenset(
    "the a an and is was to of my me i it in on for not no can with you your they she he "
    "this that have has be at but our we".split()
)


def looks_foreign(text: str) -> bool:
    """A cheap hint that a statement is not English (the packaged model is English-only)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 4:
        return False
    return sum(w in _ENGLISH_HINTS for w in words) / len(words) < 0.08


def new_feedback_id() -> str:
    return f"FB-{uuid.uuid4().hex[:16].upper()}"


def log_feedback(
    *, session: Session, text: str, customer_id: str | None = None,
    received_on: dt.date | None = None, channel: str = "chat",
    compensation: str | Decimal | None = None, logged_by: str | None = None,
    feedback_id: str | None = None,
) -> Logged:
    """Validate and add one statement as `pending`. Does not commit (the caller does)."""
    cleaned = clean_text(text)
    amount = parse_compensation(compensation)
    if customer_id is not None and session.get(Customer, customer_id) is None:
        raise FeedbackRejected(
            f"There is no customer with id {customer_id!r}; check the id, or log the feedback "
            "without a customer."
        )
    if feedback_id is not None:
        feedback_id = feedback_id.strip()
        if not feedback_id or len(feedback_id) > 64:
            raise FeedbackRejected("The feedback id must be 1–64 characters.")
        existing = session.get(Feedback, feedback_id)
        if existing is not None:
            if existing.text == cleaned and existing.customer_id == customer_id:
                return Logged(existing, created=False)
            raise FeedbackConflict(
                f"Feedback {feedback_id!r} already exists with different content; use a new "
                "id for a new statement."
            )
    settings = get_settings()
    item = Feedback(
        id=feedback_id or new_feedback_id(),
        customer_id=customer_id,
        received_on=received_on or settings.today(),
        channel=(channel or "chat")[:32],
        text=cleaned,
        compensation=amount,
        currency=settings.currency if amount is not None else None,
        status="pending",
        logged_by=logged_by,
    )
    session.add(item)
    session.flush()
    return Logged(item, created=True, foreign_language=looks_foreign(cleaned))


def forget_theming(*, session: Session, feedback_ids: Sequence[str]) -> None:
    """Drop the embedding and theme membership of statements whose text changed, so the next
    `themes update` embeds and places the new text (status goes back to pending by the caller).
    """
    if not feedback_ids:
        return
    ids = list(feedback_ids)
    session.execute(delete(FeedbackEmbedding).where(FeedbackEmbedding.feedback_id.in_(ids)))
    session.execute(delete(ThemeMember).where(ThemeMember.feedback_id.in_(ids)))


# --- the chat form --------------------------------------------------------------------------

NO_CUSTOMER = "none"
DROPPED = "(dropped)"  # the advisor cancelled while asked which customer: save nothing
_NO_CUSTOMER_WORDS = {"none", "no", "nobody", "no customer", "skip", "anonymous", "-", "n/a",
                      "no one", "unknown"}
_CANCEL_WORDS = {"cancel", "stop", "abort", "forget it", "never mind", "nevermind", "drop it",
                 "don't save it", "do not save it", "discard"}


@dataclass
class CustomerCheck:
    customer_id: str | None  # a customer id, NO_CUSTOMER, DROPPED, or None when not settled
    message: str | None = None  # what to tell the user when not settled
    denied: tuple[str, ...] = ()  # customers of other books it named: for the audit only
    candidates: tuple[str, ...] = ()  # several matched in the asker's book: ask which one


def check_customer(*, session: Session, staff_id: str, query: str | None,
                   staff: Staff | None = None) -> CustomerCheck:
    """Resolve the form's customer answer in the asker's book (id, name, or "none")."""
    from knowledge.access.staff import get_staff
    from knowledge.customers.resolver import resolve_customer

    text = " ".join((query or "").split())
    if text.lower() in _NO_CUSTOMER_WORDS:
        return CustomerCheck(NO_CUSTOMER)
    staff = staff or get_staff(session=session, staff_id=staff_id)
    if staff is None:
        return CustomerCheck(None, "I don't know you as bank staff, so I can't log feedback.")
    found = resolve_customer(session=session, staff=staff, customer_id=text, name=text)
    if found.status == "found" and found.customer_id and found.certainty in ("partial", "typo"):
        # Not the name as typed (a namesake of another book, a shared surname): asked, never
        # taken — the form offers it as a choice of one.
        return CustomerCheck(None, f"Nobody in your book is called exactly “{text}”.",
                             found.denied_ids, candidates=(found.customer_id,))
    if found.status == "found" and found.customer_id:
        return CustomerCheck(found.customer_id)
    if found.status == "ambiguous":
        names = dict(session.execute(select(Customer.id, Customer.name)
                                     .where(Customer.id.in_(found.candidates))).all())
        options = "; ".join(f"{names.get(c, c)} ({c})" for c in found.candidates)
        return CustomerCheck(None, f"Several customers match: {options}. Say it again with "
                                   f"the id, e.g. “log feedback for {found.candidates[0]}: …”, "
                                   "or with “none” for no customer.", found.denied_ids,
                             candidates=found.candidates)
    return CustomerCheck(None, f"I can't find a customer “{text}” in your book. Give the name or "
                               "id, or say “none” to log it without a customer.", found.denied_ids)


def choose_customer(*, session: Session, staff: Staff, candidates: Sequence[str],
                    answer: str | None, ordinal: str | None = None,
                    customer_id: str | None = None, name: str | None = None) -> CustomerCheck:
    """The answer to "which customer?" after several matched, while the statement waits.

    "the second one", "2", an id, "the one in Hamburg" or a birth year pick one of the
    `candidates` (re-checked against the book: the slot comes from the client); a full name
    or id of someone else is taken too, as the profile choice does. "none" logs it without a
    customer, "cancel" drops it (DROPPED). Otherwise `customer_id` is None and `candidates`
    says whom to offer again.
    """
    from knowledge.customers.resolver import choose_candidate, resolve_customer

    text = " ".join((answer or "").split())
    words = text.lower().strip(" .!")
    if words in _NO_CUSTOMER_WORDS:
        return CustomerCheck(NO_CUSTOMER)
    if words in _CANCEL_WORDS:
        return CustomerCheck(DROPPED)
    offered = tuple(candidates)
    chosen = choose_candidate(session=session, staff=staff, candidates=offered, ordinal=ordinal,
                              text=text)
    if chosen.status == "found" and chosen.customer_id:
        return CustomerCheck(chosen.customer_id)
    other = resolve_customer(session=session, staff=staff, customer_id=customer_id, name=name,
                             text=text)
    if other.status == "found" and other.customer_id:
        return CustomerCheck(other.customer_id)
    if other.status == "ambiguous" and set(other.candidates) != set(offered):
        return CustomerCheck(None, "Several customers match that too.", other.denied_ids,
                             candidates=other.candidates)
    return CustomerCheck(None, "That does not tell me which of them you mean.",
                         other.denied_ids, candidates=chosen.candidates or offered)


def save_chat_feedback(*, session: Session, staff: Staff, customer: str | None, text: str | None,
                       compensation: str | None, channel: str = "other") -> Logged:
    """The form's final step: store the statement (pending) for the asker. Raises on bad input.

    A customer of another book is refused like an unknown one, and the attempt is audited.
    """
    customer_id = None if customer in (None, "", NO_CUSTOMER) else customer
    if customer_id is not None:
        if not can_see_customer(session=session, staff=staff, customer_id=customer_id):
            # A name as typed (the NLU entity, or "for <name>" in the message): resolve it now,
            # and refuse rather than store the statement without the customer that was meant.
            found = check_customer(session=session, staff_id=staff.id, query=customer_id)
            if found.customer_id is None:
                refuse(session=session, staff=staff, customer_ids=found.denied,
                       channel=channel, via="chat", action="feedback")
                raise FeedbackRejected(found.message or "I can't find that customer.")
            customer_id = None if found.customer_id == NO_CUSTOMER else found.customer_id
    return log_feedback(session=session, text=text or "", customer_id=customer_id, channel="chat",
                        compensation=compensation, logged_by=staff.id)
