"""A write a message asked for, or that a reader made of it, held back because the message
is no report (knowledge.writes.speech_act): nothing is stored or shown for a yes, and the
message is answered as what it is.

Consulted once per turn for every write path (calls, feedback, complaints, themes, rate
changes; actions.held_back), after the path has read the message: the write it made or
proposed says which kind of write and which customer the message would have touched. A
question about a customer's calls or a quoted note is answered with that customer's recent
contacts (a read, audited as any profile read); a question about a rate change with who it
would affect (a what-if, nothing recorded).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said_today import day_said
from knowledge.models.bank import Staff
from knowledge.writes import speech_act as _act

_WRITE_KINDS = ("call", "calls", "feedback", "market_event", "theme_owner", "theme_status")


def made_or_proposed(slots: dict[str, Any], previous_last: Any) -> list[dict[str, Any]]:
    """The writes a turn's slots show for a yes (a new `pending_write`) or store (a new
    `last_write`): a call stored and its customer's words shown as feedback are two."""
    writes = []
    pending = slots.get("pending_write")
    if isinstance(pending, dict) and pending.get("kind") in _WRITE_KINDS:
        writes.append(pending)
    last = slots.get("last_write")
    if (isinstance(last, dict) and last.get("kind") in _WRITE_KINDS and last.get("id")
            and not (isinstance(previous_last, dict)
                     and previous_last.get("id") == last.get("id"))):
        writes.append(last)
    return writes


def not_reported(text: str | None, write: dict[str, Any]) -> _act.Act | None:
    """The speech act of `text` that forbids `write`, None when the message may report it."""
    body = _body(write)
    return _act.speech_act(text, write_kind=str(body.get("kind") or ""),
                           customer_named=bool(body.get("customer_id")))


def held_back(*, session: Session, staff: Staff, text: str | None, write: dict[str, Any],
              as_of: dt.date, channel: str = "other") -> ChatAnswer | None:
    """The answer instead of `write` when `text` is no report of it; None when it may be."""
    act = not_reported(text, write)
    if act is None:
        return None
    body = _body(write)
    kind = str(body.get("kind") or "")
    customer = body.get("customer_id")
    name = body.get("name") or customer or "the customer"
    if act.kind in (_act.FORWARDED, _act.QUOTED) and kind in ("call", "calls") and customer:
        relayed = _forwarded_feedback(act, text, str(customer), str(name))
        if relayed is not None:
            return relayed
    answer = ChatAnswer(_sentence(act, kind, str(name)),
                        slots={"pending_write": None})
    read = _read_for(session=session, staff=staff, act=act, kind=kind, body=body,
                     customer=customer, as_of=as_of, channel=channel)
    if read is not None:
        answer.text += "\n" + read.text
        answer.payload = read.payload
        answer.slots = {**read.slots, "pending_write": None}
    return answer


def _forwarded_feedback(act: _act.Act, text: str | None, customer: str, name: str
                        ) -> ChatAnswer | None:
    """A forwarded message of the customer's ("cust fwd: 'your loan process took 6 weeks,
    unacceptable' - X"): no call, but their words shown as their feedback for a yes; None
    when the words forwarded tell a contact ("spoke to your colleague, all fine") or ask."""

    from knowledge.call_reports.said import read_call
    from knowledge.feedback.chat import not_a_statement
    from knowledge.feedback.service import FeedbackRejected, clean_text
    from knowledge.writes.pending import confirm
    from knowledge.writes.quoted_words import quoted_sentence

    quote = act.kind == _act.QUOTED  # their own words, which may tell of calls to them
    words = quoted_sentence(text) if quote else _act.quoted(text)
    if (words is None or len(words.split()) < 3 or not_a_statement(words)
            or (not quote and read_call(words, day_said()).explicit) or "?" in words):
        return None
    try:
        statement = clean_text(words)
    except FeedbackRejected:
        return None
    write = {"kind": "feedback", "customer_id": customer, "name": name, "text": statement,
             "compensation": None}
    what = "Those are their words in quote marks" if quote else "That is a forwarded message"
    return confirm(write, why=f"{what} (“{act.words}”), not a call, so no call was "
                              f"logged. As {name}'s feedback:")


def _body(write: dict[str, Any]) -> dict[str, Any]:
    """The write itself (a stored write's reference carries it under "write")."""
    inner = write.get("write")
    return {**write, **inner} if isinstance(inner, dict) else write


def _sentence(act: _act.Act, kind: str, name: str) -> str:
    said = f"“{act.words}”"
    nothing = "so nothing was stored"
    if act.kind == _act.QUESTION:
        return f"That reads as a question ({said}), {nothing}."
    if act.kind == _act.HYPOTHETICAL:
        return f"That reads as a “what if” ({said}), not something that happened, {nothing}."
    if act.kind == _act.CONDITION:
        return (f"That depends on something that has not happened yet ({said}), {nothing}. "
                "When it has, tell me what happened.")
    if act.kind == _act.PLAN:
        return (f"That sounds like a plan ({said}), not something that happened, {nothing}. "
                f"When you have spoken to {name}, tell me how it went (e.g. “{name} reached”).")
    if act.kind == _act.DONT_LOG:
        return f"OK, {nothing} ({said}). Tell me when there is something to log."
    if act.kind == _act.FORWARDED:
        return (f"That is a forwarded message ({said}), not your own report, so no call was "
                f"logged. If it is {name}'s feedback, tell me “feedback from {name}: …”.")
    if act.kind == _act.UNDECIDED:
        return (f"That sounds undecided ({said}), {nothing}. Tell me when you have decided "
                "(e.g. “make <name> business owner of <theme>”).")
    if act.kind == _act.QUOTED:
        return (f"Those are {name}'s words in quote marks ({said}), not your own report, so no "
                f"call was logged. To keep them, tell me “feedback from {name}: …”.")
    if act.kind == _act.RECORD:
        return f"Those are words from a note or the history ({said}), not a new report, {nothing}."
    if act.kind == _act.COLLEAGUE:
        return f"That is a colleague's question ({said}), not a report, {nothing}."
    if act.kind == _act.REVOKED:
        return f"You took that back in the same message ({said}), so nothing was changed."
    if act.kind == _act.OPINION:
        return (f"That reads as your own view or hearsay ({said}), not a customer's words, "
                f"{nothing}. If a customer said it, who was it? (e.g. “<name> said …”)")
    if act.kind == _act.OCCASION:
        return (f"That is a note about {name} ({said}), not a call, so nothing was logged. "
                f"If you want a call, tell me when (e.g. “call {name} back on friday”).")
    return f"That is not a report ({said}), {nothing}."


def _read_for(*, session: Session, staff: Staff, act: _act.Act, kind: str,
              body: dict[str, Any], customer: Any, as_of: dt.date, channel: str
              ) -> ChatAnswer | None:
    """What the question or the quoted note asks about, where the product can tell."""
    if kind == "market_event" and act.kind in (_act.QUESTION, _act.COLLEAGUE,
                                               _act.HYPOTHETICAL):
        from knowledge.call_reports.chat_records import what_if_answer

        delta = body.get("delta_bp")
        return what_if_answer(session=session, staff=staff, as_of=as_of,
                              bp=int(delta)) if isinstance(delta, int) else None
    if kind in ("call", "feedback") and customer and act.kind in (_act.QUESTION, _act.RECORD):
        from knowledge.profile.lookup import CustomerRequest, view_customer

        shown = view_customer(session=session, staff=staff,
                              request=CustomerRequest(customer_id=str(customer)), as_of=as_of,
                              channel=channel, via="chat", section="contacts")
        return shown.answer(forget_when_not_found=False) if shown.status == "shown" else None
    return None
