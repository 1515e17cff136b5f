"""Logging a call from chat without guessing: who, what outcome, which date.

The customer comes from the message only: an id typed in it wins, then the name (the NLU
entity, else the message's words), which must match a customer's full name (a first name or
surname alone is offered, never taken); the customer in focus only when the message points
at them ("her", "same customer"), saying so. Anything inferred (focus, a misspelt name, an
outcome not stated, a repeat) is shown with "… OK?" first; a call stated in full is stored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import refuse
from knowledge.answer import ChatAnswer
from knowledge.call_list.call_store import reverse_call, store_call
from knowledge.call_reports.accounted import call_doubt, nothing_happened
from knowledge.call_reports.chat import not_resolved
from knowledge.call_reports.clause_people import in_view, several_written
from knowledge.call_reports.complaint_words import nothing_to_close, the_one_complaining
from knowledge.call_reports.corrections import correct_last_call, is_correction
from knowledge.call_reports.date_target import dated_call_meant
from knowledge.call_reports.follow_up_dates import other_reading_of_next
from knowledge.call_reports.name_unread import date_not_the_name, without_name
from knowledge.call_reports.pending_choice import choose_for_pending
from knowledge.call_reports.plans import nothing_logged, plan_or_question
from knowledge.call_reports.report_words import name_words_left, no_name_here
from knowledge.call_reports.retry_date import outcome_of_retry
from knowledge.call_reports.said import read_call
from knowledge.call_reports.sale_marks import sale_mark
from knowledge.call_reports.sold import product_words
from knowledge.customers.in_text import (
    full_names_written,
    named_in_full,
    named_outside_book,
    no_one_is_called,
    typed_name,
)
from knowledge.customers.mentioned import without_mentions
from knowledge.customers.namesakes import namesakes_by_city
from knowledge.customers.pronouns import POINTER as _POINTER
from knowledge.customers.short_forms import called_informally, name_words_only, named_by_one_part
from knowledge.customers.typed_ids import typed_ids, without_ids
from knowledge.models.bank import Customer, Staff
from knowledge.writes.double_send import further_attempt, held_double
from knowledge.writes.pending import confirm, customer_name, same_as_last


@dataclass(frozen=True)
class Who:
    status: str  # "found", "choose", "unknown", "nobody", "several"
    customer_id: str | None = None
    name: str | None = None
    sure: bool = False  # named in full by id or exact full name in this message
    via_focus: bool = False
    candidates: tuple[str, ...] = ()
    typed: str | None = None
    typo: bool = False  # a full name misspelt ("katharina hofmann"): asked about, by name
    read_as: str | None = None  # an id typed loosely ("c9"): asked about, with its reading
    said_as: str | None = None  # a relative ("his daughter"): asked about, saying who it is


def who_is_meant(*, session: Session, staff: Staff, name: str | None, customer_id: str | None,
                 text: str | None, focus: str | None, channel: str = "other") -> Who:
    """The customer a write is about, from this message only (or the focus, when pointed at);
    a relative named by relation ("his daughter …") is never the customer it points from."""
    from knowledge.call_reports.relative_calls import relative_instead

    who = _who_named(session=session, staff=staff, name=name, customer_id=customer_id,
                     text=text, focus=focus, channel=channel)
    if who.status in ("several", "choose") and (aside := without_mentions(text)) is not None:
        # "reached X. he mentioned his neighbour Y banks with us too": Y only talked about
        again = _who_named(session=session, staff=staff, name=None, customer_id=customer_id,
                           text=aside, focus=None, channel=channel)
        if again.status == "found" and again.sure:  # read so, never sure: shown for a yes
            who = replace(again, said_as=f"(The call read as with {again.name}; the other "
                          "customer named is only mentioned; please check.)")
    if who.status == "found" and namesakes_by_city(session, staff, who.customer_id, text):
        # "joana costa from dachau": another book's Joana Costa lives there; mine is asked about
        return Who("choose", candidates=(str(who.customer_id),), typed=" ".join(str(text).split()))
    return relative_instead(session=session, staff=staff, who=who, text=text, focus=focus)


def _who_named(*, session: Session, staff: Staff, name: str | None, customer_id: str | None,
               text: str | None, focus: str | None, channel: str = "other") -> Who:
    from knowledge.customers.resolver import Resolution, resolve_customer

    words = text or ""
    if name and focus and _POINTER.search(words) and not typed_ids(words) and no_name_here(
            session, name, words) and not _names_another(session, staff, words, focus):  # "kein"
        return Who("found", focus, customer_name(session, focus), via_focus=True)  # not "Klein"
    if name and no_name_here(session, name, words):  # "She", "earlier", "svarade": no name
        name = None
    name = name_words_only(session, staff, name) if name else name  # "johan picked up"
    typed = [t.typed for t in typed_ids(words)] or ([customer_id] if customer_id else [])
    if typed:
        found = resolve_customer(session=session, staff=staff, customer_id=typed[0])
        if found.status == "found" and found.customer_id:
            cid = found.customer_id
            loose = found.certainty == "loose_id"
            others = set(named_in_full(session, staff, without_ids(words))) - {cid}
            if others or (loose and len(typed) > 1):
                # "monika weber, fleur vos, c44": several customers, one outcome; no guess.
                return Who("several")
            return Who("found", cid, customer_name(session, cid), sure=not loose,
                       read_as=typed[0] if loose else None)
        _refused(session, staff, found.denied_ids or (typed[0].upper(),), channel)
        return Who("unknown", typed=typed[0])
    resolution = resolve_customer(session=session, staff=staff, name=name,
                                  text=None if name else words)
    if name and not (resolution.status == "found" and resolution.certainty in ("name", "typo")):
        # The entity may be part of the name ("Maria" of "Maria Maturity"): the words win
        in_text = resolve_customer(session=session, staff=staff, text=words)
        if in_text.status == "found" and in_text.certainty in ("name", "typo"):
            resolution = in_text
    if not (resolution.status == "found" and resolution.certainty in ("name", "typo")):
        spelt = named_in_full(session, staff, words)
        if len(spelt) == 1:
            # "spoke to freja berg about her husband stefan": the one full name written out
            resolution = Resolution("found", customer_id=spelt[0], candidates=(spelt[0],),
                                    total_matches=1, certainty="name")
    if (resolution.status == "ambiguous" and len(resolution.candidates) == 1
            and not named_outside_book(session, staff, words)
            and called_informally(words, customer_name(session, resolution.candidates[0]))):
        # "kathi hoffmann" (as the NLU's name): the one customer it fits, asked about by name
        cid = resolution.candidates[0]
        return Who("found", cid, customer_name(session, cid), typo=True)
    if resolution.status == "found" and len(full_names_written(session, staff, words)) > 1:
        # "nicolas dubois no answer and camille chevalier wants a meeting fri": not guessed
        return Who("several")
    if resolution.denied_ids:
        refuse(session=session, staff=staff, customer_ids=resolution.denied_ids,
               channel=channel, via="chat", action="log_call")
    if resolution.status == "found" and resolution.customer_id:
        cid = resolution.customer_id
        if resolution.certainty == "typo" and not named_outside_book(session, staff, words):
            # Misspelt, nobody in the bank has the name as typed: asked about by name
            return Who("found", cid, customer_name(session, cid), typo=True)
        if (resolution.certainty == "partial" and not named_outside_book(session, staff, words)
                and called_informally(words, customer_name(session, cid))):
            # "mrs visser", "kathi hoffmann": the one customer of the book it fits, asked
            # about by name ("did you mean Marieke Visser? … OK?"), never taken at once.
            return Who("found", cid, customer_name(session, cid), typo=True)
        if (resolution.certainty == "partial" and not named_outside_book(session, staff, words)
                and named_by_one_part(session, staff, words, customer_name(session, cid))):
            # "marco wants to meet thursday", "rui reached": the one customer of the book
            # with that first name (or surname), and no other name word: asked by name.
            return Who("found", cid, customer_name(session, cid), typo=True)
        if resolution.certainty in ("partial", "typo"):
            # Not the name as typed: another book's "Hannah Wagner" must not become my
            # "Hanna Wagner" on a "yes". Offered as a choice (answered by number or id).
            return Who("choose", candidates=(cid,), typed=name or typed_name(words))
        return Who("found", cid, customer_name(session, cid),
                   sure=resolution.certainty in ("id", "name"))
    if resolution.status == "ambiguous":
        return Who("choose", candidates=resolution.candidates, typed=name)
    if name or name_words_left(session, words):  # never "Termin", "Mailbox"
        typed = name or " ".join(name_words_left(session, words))
        if (focus and _POINTER.search(words) and no_one_is_called(session, typed)
                and not _names_another(session, staff, words, focus)):
            # "she's not interested … via work" with "via" tagged as a name: the customer
            # "she" points at, shown for a yes saying so
            return Who("found", focus, customer_name(session, focus), via_focus=True)
        return Who("unknown", typed=typed)
    if focus and _POINTER.search(words):
        return Who("found", focus, customer_name(session, focus), via_focus=True)
    return Who("nobody")


def _names_another(session: Session, staff: Staff, words: str, focus: str) -> bool:
    """A word of the message is a name part of a customer of the book other than the one in
    focus ("linnea picked up instead, her dad's in hospital"): the pronoun may be theirs."""
    from knowledge.customers.index import index_for
    from knowledge.customers.names import name_parts

    index = index_for(session=session, staff=staff)
    own = set(name_parts(customer_name(session, focus)))
    tokens, _ = index.tokens_in_message(words)
    return any(t.exact and t.text not in own and not _POINTER.fullmatch(t.text) for t in tokens)


def _refused(session: Session, staff: Staff, ids: tuple[str, ...], channel: str) -> None:
    refuse(session=session, staff=staff, customer_ids=list(ids), channel=channel,
           via="chat", action="log_call")


def call_write(*, customer_id: str, name: str, text: str | None, as_of: dt.date,
               outcome: str | None, follow_up: str | None) -> tuple[dict[str, Any], Any]:
    report = read_call(without_name(text, name), as_of, entity_outcome=outcome,
                       entity_follow_up=date_not_the_name(follow_up, name))
    write = {
        "kind": "call", "customer_id": customer_id, "name": name, "as_of": as_of.isoformat(),
        "outcome": outcome_of_retry(text, report.outcome.value),  # "try her again fri"
        "follow_up_on": report.follow_up_on.isoformat() if report.follow_up_on else None,
        "close_complaint": report.close_complaint, "sale_of": report.sale_of,
        "not_interested": report.not_interested, "note": (text or None),
    }
    return write, report


def log_call_answer(*, session: Session, staff: Staff, as_of: dt.date, name: str | None,
                    customer_id: str | None, outcome: str | None, follow_up: str | None,
                    text: str | None, focus: str | None = None,
                    last_write: dict[str, Any] | None = None, channel: str = "other",
                    pending: dict[str, Any] | None = None, always_ask: str | None = None,
                    offered: list[str] | None = None, shown: str | None = None,
                    called: tuple[str, ...] | None = None,
                    known: tuple[str, ...] = ()) -> ChatAnswer:
    from knowledge.call_reports.chat_people import narrowed
    from knowledge.writes.disputes import disputes_last_write

    # "no wait, it was giuseppe who bought it": the last call disputed, not a second call
    correcting = is_correction(text) or (
        bool(last_write) and (last_write or {}).get("kind") == "call"
        and disputes_last_write(text, last_write))
    if last_write and (meant := dated_call_meant(session=session, staff=staff, last=last_write,
                                                 text=text)) is not None:
        return meant  # "make that wed", "ilse är onsdag inte tisdag": the dated call it means
    if (last_write and last_write.get("kind") in ("call", "calls" if correcting else "call")
            and (correcting or (_AMENDING.search(text or "") and read_call(text, as_of).explicit
                                and not _reports_another(session, staff, text, last_write)))):
        # "sorry i meant X", "actually no answer", "wrong day, friday": the last call, corrected
        # (a new customer or date only from these words), or a question; never a second call.
        corrected = correct_last_call(session=session, staff=staff, last=last_write, text=text,
                                      name=name, customer_id=customer_id, channel=channel)
        if corrected is not None:
            return corrected
        if correcting and last_write.get("kind") == "call":
            undone = reverse_call(session=session, staff=staff, last=last_write, channel=channel)
            undone.text += " Which customer did you mean? Tell me again with their name or id."
            return undone
    if (pending and pending.get("awaiting") == "outcome" and read_call(text, as_of).explicit
            and not (name or customer_id or typed_ids(text))):
        from knowledge.call_reports.pointer_unclear import relative_pointed, unclear_pointer

        if (spouse := relative_pointed(session, staff, pending, text)) is not None:
            return propose_call(session=session, staff=staff, customer_id=spouse[0],
                                name=customer_name(session, spouse[0]), text=text, as_of=as_of,
                                outcome=outcome, follow_up=follow_up, sure=True,
                                last_write=last_write, channel=channel, always_ask=spouse[1])
        return unclear_pointer(session, pending, focus, text, outcome, follow_up) or propose_call(
            session=session, staff=staff, customer_id=pending["customer_id"],
            name=pending.get("name") or pending["customer_id"], text=text, as_of=as_of,
            outcome=outcome, follow_up=follow_up, sure=True, last_write=last_write, channel=channel)
    if pending and pending.get("candidates") and not read_call(text, as_of).explicit:
        # "anna lange" answering "which one did you call?": the call said before.
        chosen = choose_for_pending(session=session, staff=staff, pending=pending, answer=text,
                                    ordinal=None, customer_id=customer_id, channel=channel,
                                    last_write=last_write)
        if chosen is not None:
            return chosen
    from knowledge.call_reports.several import several_calls

    batch = several_calls(session=session, staff=staff, as_of=as_of, text=text) or several_written(
        session=session, staff=staff, as_of=as_of, text=text,
        known=in_view(known, offered, focus, shown, last_write),
        focus=focus)  # "maría picked up, mtg thu, rui didn't": each from their own clause
    if batch is not None:  # "anna lange no answer, dieter lange reached": one yes for all
        return batch
    who = who_is_meant(session=session, staff=staff, name=name, customer_id=customer_id,
                       text=text, focus=focus, channel=channel)
    who = narrowed(session=session, who=who, last_write=last_write, offered=offered, staff=staff,
                   pointer=_pointer(text), text=text, shown=shown, called=called)  # "tomasz"…
    # What was said waits with the question, so a choice ("the first one") keeps the outcome.
    waiting = {"kind": "call", "text": text, "outcome_entity": outcome,
               "follow_up_entity": follow_up, "as_of": as_of.isoformat()}
    if who.status == "choose" and read_call(text, as_of).close_complaint:
        # "florian fischer complaint done", two of that name: the one with an open complaint
        who = the_one_complaining(session, who, text)
    if who.status == "choose":
        rows = dict(session.execute(select(Customer.id, Customer.name)
                                    .where(Customer.id.in_(who.candidates))).all())
        options = "\n".join(f"{i}. {rows.get(c, c)} ({c})" for i, c in enumerate(who.candidates, 1))
        head = (f'Nobody in your book is called exactly "{who.typed}".'
                if who.typed else "I'm not sure which customer you mean.")
        return ChatAnswer(
            f"{head} Which one did you call? Nothing is logged yet.\n{options}\n"
            "Say the number or the customer id.",
            {"type": "customer_choice", "choices": [
                {"customer_id": c, "name": rows.get(c, c)} for c in who.candidates]},
            {"customer_candidates": list(who.candidates),
             "pending_write": {**waiting, "candidates": list(who.candidates)}},
        )
    if who.status == "unknown":
        answer = not_resolved(who.typed, [])  # worded as for a read: nothing is logged
        answer.slots["pending_write"] = None
        return answer
    if who.status == "several":
        return ChatAnswer("That names more than one customer. Please log one call per message "
                          "(e.g. \"Anna Lange no answer\"); nothing was logged.",
                          slots={"pending_write": None})
    if who.status == "nobody" or who.customer_id is None:
        return ChatAnswer("Which customer was the call with? Give the name or id; nothing was "
                          "logged.", slots={"pending_write": None})
    if who.typo:
        always_ask = (f"Nobody in your book is called exactly that; did you mean {who.name}?"
                      + (f" {always_ask}" if always_ask and always_ask != who.name else ""))
    if who.said_as:
        always_ask = who.said_as + (f" {always_ask}" if always_ask else "")
    if who.read_as:
        always_ask = (f"I read “{who.read_as}” as {who.name} ({who.customer_id})."
                      + (f" {always_ask}" if always_ask else ""))
    return propose_call(session=session, staff=staff, customer_id=who.customer_id,
                        name=who.name or who.customer_id, text=text, as_of=as_of,
                        outcome=outcome, follow_up=follow_up,
                        sure=who.sure or who.typo or bool(who.read_as or who.said_as),
                        via_focus=who.via_focus, last_write=last_write, channel=channel,
                        always_ask=always_ask)


def propose_call(*, session: Session, staff: Staff, customer_id: str, name: str,
                 text: str | None, as_of: dt.date, outcome: str | None, follow_up: str | None,
                 sure: bool, via_focus: bool = False, last_write: dict[str, Any] | None = None,
                 channel: str = "other", always_ask: str | None = None) -> ChatAnswer:
    """The call stored, or shown first when anything was inferred (`always_ask`: shown in
    any case, with that sentence before it: half of a mixed message)."""
    if (kind := plan_or_question(text)) is not None:
        # "will call X tomorrow", "is X's complaint resolved yet?": nothing happened yet.
        return ChatAnswer(nothing_logged(kind), slots={"pending_write": None})
    write, report = call_write(customer_id=customer_id, name=name, text=text, as_of=as_of,
                               outcome=outcome, follow_up=follow_up)
    if report.date_unreadable:
        return ChatAnswer(f'I could not read the date "{report.date_words}"; say e.g. "tomorrow", '
                          '"on Friday", "3 Dec" or "in two weeks". Nothing was logged.',
                          slots={"pending_write": None})
    if report.follow_up_on is not None and report.follow_up_on < as_of:
        return ChatAnswer(f"The follow-up date {report.follow_up_on.isoformat()} is in the past; "
                          "give a future date. Nothing was logged.", slots={"pending_write": None})
    if (held := held_double(write, last_write, text) or nothing_to_close(session, write, text)):
        return held  # the same report sent twice, or a closure with nothing open: said plainly
    if same_as_last(write, last_write) and not further_attempt(text):
        return confirm(write, why="You logged exactly this call earlier. Log it again?")
    if report.taken_back or report.sale_read:  # "Abschluss Lebensversicherung": read, shown
        return confirm(write, why=f"I read “{report.sale_read}” as a sale; please check:"
                       if report.sale_read else "You changed your mind in that message; I "
                       "kept what you said last:")
    # Words no reader took that may change what happened ("once the refund lands", "her
    # husband called", "maybe"): quoted in any question, and a reason to ask on their own.
    if (kind := nothing_happened(text, report=report, name=name,
                                 customer_id=customer_id)) is not None:
        # "remind me to call X friday", "if X calls back, book a meeting": no call to show
        return ChatAnswer(nothing_logged(kind), slots={"pending_write": None})
    doubt = call_doubt(text, report=report, name=name, customer_id=customer_id)
    unsure = doubt.why() + " " if doubt else ""
    # "next tue" said on a Monday: this week's or next week's, shown naming both
    other = other_reading_of_next(report.date_words, report.follow_up_on, as_of)
    if report.date_approximate or other:
        besides = f" (not {other:%A} {other.isoformat()})" if other else ""
        return confirm(write, why=f"{unsure}I read “{report.date_words}” as "
                                  f"{report.follow_up_on.isoformat()}{besides}; please check:")
    if via_focus:
        return confirm(write, why=f"{unsure}(“{_pointer(text)}” = {name}, the customer we were "
                                  "just talking about.)")
    if not sure:
        return confirm(write, why=f"{unsure}Please check:")
    if always_ask and report.explicit:
        return confirm(write, why=f"{unsure}{always_ask}")
    if not report.explicit and (mark := sale_mark(text, product_words(session),
                                                  names=(name, customer_id))) is not None:
        # "✅ term deposit for X": a sale marked, not said; shown for a yes
        return confirm({**write, "outcome": "sale", "sale_of": mark.product}, why=mark.why())
    if not report.explicit:
        # Nothing says how it went (or it was not a call report at all): ask, store nothing.
        return ChatAnswer(
            f"How did the call with {name} ({customer_id}) go: reached, no answer, a meeting "
            "(when?), a sale, not interested, or complaint resolved? Nothing is logged yet.",
            slots={"pending_write": {"kind": "call", "awaiting": "outcome", "said": text,
                                     "customer_id": customer_id, "name": name,
                                     "as_of": as_of.isoformat()}})
    if doubt is not None:
        return confirm(write, why=doubt.why())
    return store_call(session=session, staff=staff, write=write, channel=channel)


def _pointer(text: str | None) -> str:
    match = _POINTER.search(text or "")
    return match.group(0) if match else "them"


def _reports_another(session: Session, staff: Staff, text: str | None,
                     last_write: dict[str, Any]) -> bool:
    """ "jonas weber reached, actually he wants a meeting friday" after a call with someone
    else: the message names another customer in full before its amending word, so it amends
    its own report, a new call; the last call stays as it was."""
    found = _AMENDING.search(text or "")
    if found is None or not found.start() or further_attempt(text):
        return found is not None and further_attempt(text)  # "actually she rang back": a new one
    named = named_in_full(session, staff, (text or "")[: found.start()])
    return bool(named) and last_write.get("customer_id") not in named


_AMENDING = re.compile(
    r"^\s*(?:actually|correction|sorry|oops|wait|no,|no sorry|hang on)\b|"
    r"\b(?:actually|correction|i meant|meant to say|my mistake|my bad)\b", re.IGNORECASE)
