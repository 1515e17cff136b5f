"""One check of every write a turn stores or shows, against what the conversation already
knows (knowledge.conversation.state), whichever reader made the write.

Two rules, consulted once per turn after the readers have answered (actions.session_check):

- **Nothing twice.** A write equal to one this conversation already has on record (the same
  customer, outcome, follow-up date and product; or the same statement), from a double post,
  a "same for" naming the same customer, or a correction that states the call again instead
  of changing it, is not stored again nor shown for a yes: the answer says it is logged, and
  only "log it again" stores it after all (knowledge.writes.double_send's `held`). A report
  that says it is one more try ("tried her again") is a new call.
- **The customer settled by the message.** Each call's customer is found one way
  (`Certainty`): spelt out in the message (full name or id), a part of their name written, a
  place of the list shown, the answer to a question that named them, a write it corrects, or
  only carried over from earlier turns (a pronoun, "same", the focus). A write stored at once
  on a carried-over customer is shown for a yes instead, saying so ("I take it you mean Anna
  Berg (C000123)"); when two or more customers are live in the recent turns and the message
  picks none of them, it asks which, naming them, and proposes nobody.
- **A statement's customer, the same way.** "she says the app is slow" is shown for the
  customer in focus only when no other customer is live; with several live and the turn
  before about none of them alone, who said it is asked, naming them, and the answer picks
  one (actions.turns.statement_choice_reply). A statement stored twice is held like a call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said_today import day_said
from knowledge.conversation.state import ConversationState
from knowledge.customers.in_text import named_in_full
from knowledge.customers.names import fold
from knowledge.customers.typed_ids import typed_ids
from knowledge.models.bank import Customer, Staff
from knowledge.writes.double_send import (
    LOG_AGAIN,
    at_another_time,
    further_attempt,
    held_write,
)
from knowledge.writes.open_question import corrects_earlier, open_question, words_in_doubt
from knowledge.writes.pending import confirm, describe
from knowledge.writes.said_already import told_already

# How a write's customer was found, the surest first.
Certainty = Literal["spelt", "part", "place", "asked", "corrects", "carried"]
SETTLED: frozenset[str] = frozenset({"spelt", "part", "place", "asked", "corrects"})
LOOK_BACK = 3  # the user messages whose names make a customer live, as state.RECENT_TURNS


@dataclass(frozen=True)
class Checked:
    """What the check makes of a turn: `answer` replaces the turn's reply (its database
    changes rolled back first when `rollback`); `note` is said before the turn's own
    question (a carried-over customer named as such)."""

    answer: ChatAnswer | None = None
    rollback: bool = False
    note: str | None = None


def checked_turn(*, session: Session, staff: Staff, state: ConversationState,
                 text: str | None, writes: list[dict[str, Any]],
                 previous_last: dict[str, Any] | None, reply_payloads: list[dict[str, Any]]
                 ) -> Checked | None:
    """The check of `writes` (the turn's new `last_write` with an id = stored; a new
    `pending_write` = shown for a yes); None when the turn stands as it is."""
    if held_write(text, previous_last) is not None:
        return None  # "log it again": the advisor asked for the second record
    for write in writes:
        body = _body(write)
        stored = bool(write.get("id"))
        if body.get("kind") not in ("call", "calls", "feedback"):
            continue
        if body.get("kind") == "calls":
            fixes = _corrects(state, body, reply_payloads, previous_last) is not None
            doubt = (words_in_doubt(body, text, corrects=fixes, written=bool(state.writes))
                     or corrects_earlier(state, body, text, corrects=fixes))
            if doubt is not None:  # "other way round - …" after the two calls
                return Checked(answer=open_question(body, *doubt, previous_last),
                               rollback=stored)
            continue
        again = _again(state, body, text)
        if again is not None:
            return Checked(answer=_already(body, again, previous_last), rollback=stored)
        told = told_already(session=session, body=body, text=text, previous_last=previous_last,
                            made=str(write.get("id") or ""))  # "nothing new, he said no today"
        if told is not None:
            return Checked(answer=told, rollback=stored)
        corrects = _corrects(state, body, reply_payloads, previous_last) is not None
        doubt = (words_in_doubt(body, text, corrects=corrects, written=bool(state.writes))
                 if body.get("kind") == "feedback" else None)
        if doubt is not None:  # "if X complains, log it": the statement itself in question
            return Checked(answer=open_question(body, *doubt, previous_last), rollback=stored)
        customer = body.get("customer_id")
        if customer and body.get("kind") == "feedback" and not stored:
            which = _which_said(session=session, staff=staff, state=state, text=text, body=body)
            if which is not None:
                return Checked(answer=which)
        if not customer or body.get("kind") != "call":
            continue  # otherwise a statement's customer is the feedback form's to settle
        how = certainty(session=session, staff=staff, state=state, text=text,
                        customer_id=str(customer), body=body, payloads=reply_payloads,
                        previous_last=previous_last)
        live = () if how in SETTLED else live_customers(session=session, staff=staff,
                                                        state=state)
        if (str(customer) in live and len(live) > 1
                and just_read(session=session, staff=staff, state=state) != str(customer)):
            return Checked(answer=_which(session, body, live, text), rollback=stored)
        name = body.get("name") or customer
        taken = ("" if how in SETTLED else
                 f"— I take it you mean {name} ({customer}), the customer of the last turns.")
        amended = _amends(state, body, text, reply_payloads, previous_last, taken)
        if amended is not None:
            return Checked(answer=amended, rollback=stored)
        # the call itself in question, where no correction above took it up: "X's complaint
        # can be closed once the refund lands", "non pardon, je l'ai eue" after "X injoignable"
        doubt = (words_in_doubt(body, text, corrects=corrects, written=bool(state.writes))
                 or corrects_earlier(state, body, text, corrects=corrects))
        if doubt is not None:
            return Checked(answer=open_question(body, *doubt, previous_last), rollback=stored)
        if not taken:
            continue
        if stored:
            return Checked(answer=confirm(_plain(body), why=taken), rollback=True)
        return Checked(note=taken)
    return None


def _amends(state: ConversationState, body: dict[str, Any], text: str | None,
            payloads: list[dict[str, Any]], previous_last: dict[str, Any] | None,
            taken: str = "") -> ChatAnswer | None:
    """A second call with a customer this conversation already logged a call with ("she
    wants a callback tmrw" after "spoke to X", "X reached - forgot to add: mtg fri", "X is
    wednesday not tuesday"): the first call told again with more or other details, so it is
    shown for a yes that replaces that call instead of adding one; "already logged" when it
    only repeats less of it ("X reached" after X's meeting was logged). None for a call of
    its own: one more try ("tried her again", "she called back"), an unanswered call followed
    by a contact, or a write that already corrects one."""
    customer = body.get("customer_id")
    if (body.get("kind") != "call" or not customer or isinstance(body.get("replaces"), dict)
            or any(p.get("replaces_record") for p in payloads) or _one_more_try(body, text, state)):
        return None
    old = next((w for w in reversed(state.writes_for(str(customer))) if w.kind == "call"
                and w.outcome), None)
    if old is None:
        return None
    new_outcome = body.get("outcome")
    if old.outcome == "no_answer" and new_outcome != "no_answer":
        return None  # "li wei reached now": the call after the unanswered one
    before = {"kind": "call", "customer_id": old.customer_id, "name": old.name or customer,
              "outcome": old.outcome, "sale_of": old.sale_of,
              "follow_up_on": old.follow_up_on.isoformat() if old.follow_up_on else None}
    if (new_outcome == "reached" and old.outcome in ("follow_up", "sale", "not_interested")
            and not body.get("follow_up_on") and not body.get("sale_of")
            and not body.get("close_complaint")):
        # "reached" told again of a call logged with more: the call as told, held
        return _already(body, before, previous_last, logged=before)
    ref = {"kind": "call", "id": old.record_id, "customer_id": old.customer_id,
           "closed_complaints": [], "summary": describe(before), "write": before}
    shown = confirm({**_plain(body), "replaces": ref},
                    why=f"{taken} You logged a call with {before['name']} earlier in this "
                        f"conversation. On a yes I take back {describe(before)} and".strip())
    shown.text = shown.text.replace(" and Log ", " and log ", 1)
    return shown


def certainty(*, session: Session, staff: Staff, state: ConversationState, text: str | None,
              customer_id: str, body: dict[str, Any], payloads: list[dict[str, Any]],
              previous_last: dict[str, Any] | None = None) -> Certainty:
    """How the message settles `customer_id` as the write's customer."""
    words = text or ""
    if _typed(session, staff, words, customer_id) or customer_id in named_in_full(
            session, staff, words):
        return "spelt"
    if _part_written(session, words, customer_id):
        return "part"
    pending = state.pending or {}
    asked = {str(pending.get("customer_id") or "")} | {
        str(c) for c in pending.get("candidates") or []} | set(state.offered)
    items = pending.get("items") if isinstance(pending.get("items"), list) else []
    asked |= {str(i.get("customer_id")) for i in items if isinstance(i, dict)}
    if customer_id in asked:
        return "asked"  # "yes" to the write shown, "the second" to the choice offered
    if _corrects(state, body, payloads, previous_last) in (customer_id, ""):
        return "corrects"
    from knowledge.call_reports.positions import position_in

    place, following, _ = position_in(words)
    if (place is not None or following) and customer_id in {
            listed.customer_id for listed in state.shown.values()}:
        return "place"
    return "carried"


def live_customers(*, session: Session, staff: Staff, state: ConversationState
                   ) -> tuple[str, ...]:
    """The customers the recent turns were about, newest first: the answers' writes and
    profiles, the customers named in full in the last messages, the focus."""
    found = list(state.recent)
    for said in reversed(state.said_before[-LOOK_BACK:]):
        found += [c for c in named_in_full(session, staff, said) if c not in found]
        # "tell me more about no 3" answered with something else: that place's customer is
        # as live as one named in full, so a "her" after it is not silently someone else
        listed = _place_named(said, state)
        if listed is not None and listed not in found:
            found.append(listed)
    if state.focus is not None and state.focus.customer_id not in found:
        found.append(state.focus.customer_id)
    return tuple(found)


def _place_named(said: str, state: ConversationState) -> str | None:
    """The customer at the call list's place an earlier message named ("#3", "no 3")."""
    from knowledge.call_reports.listed_lookup import place_named

    number = place_named(said)
    listed = state.at(number) if state.last_list == "calls" else None
    return listed.customer_id if listed is not None else None


def just_read(*, session: Session, staff: Staff, state: ConversationState) -> str | None:
    """The one customer the turn just before was about when it stored nothing: the profile
    or call reason it showed, else the one customer its message named in full ("what about
    number 4?", "and sam saver? what's with her"). A pronoun right after means them."""
    named = named_in_full(session, staff, state.said_before[-1]) if state.said_before else []
    if len(named) > 1:
        return None  # "show me X and Y": the profile shown is one of two
    if state.profile_shown:
        return state.profile_shown
    if state.wrote_just_before:
        return None
    return named[0] if named else None


def _again(state: ConversationState, body: dict[str, Any], text: str | None) -> Any:
    """The write on record that `body` states again; None for a new one (or one more try, said
    in this message or in the one whose write a "yes" stores: its note)."""
    if _one_more_try(body, text, state):
        return None
    replaces = body.get("replaces") if isinstance(body.get("replaces"), dict) else None
    if replaces is not None and _body(replaces).get("customer_id") == body.get("customer_id") \
            and all(_body(replaces).get(k) == body.get(k)
                    for k in ("outcome", "follow_up_on", "sale_of", "close_complaint")):
        return replaces  # a correction that changes nothing
    return state.on_record(body)


def _one_more_try(body: dict[str, Any], text: str | None, state: ConversationState) -> bool:
    """The call is said to be one more try, in this message or in the one whose write a
    "yes" stores (its note: "tried her again, still nothing" shown for a yes), or stamped
    with another time than an earlier report of that customer ("lena n/a 14:30")."""
    note = str(body.get("note") or "")
    return further_attempt(text) or further_attempt(note) or any(at_another_time(
        said, body.get("name"), [e for e in state.said_before if e != said])
        for said in (text or "", note))


def _already(body: dict[str, Any], again: Any, previous_last: dict[str, Any] | None,
             logged: dict[str, Any] | None = None) -> ChatAnswer:
    what = "call" if body.get("kind") == "call" else "statement"
    return ChatAnswer(
        f"Already logged in this conversation: {describe(logged or _plain(body))} — not "
        "stored twice. "
        f"If it was another {what}, say “{LOG_AGAIN}”.",
        slots={"pending_write": None,
               "last_write": {**(previous_last or {}), "held": _plain(body)}})


def _which(session: Session, body: dict[str, Any], live: tuple[str, ...],
           text: str | None) -> ChatAnswer:
    """Which of the live customers the call is with: asked, nobody proposed; the answer
    ("2", "maria") picks one for the call said (knowledge.call_reports.call_writes)."""
    rows = dict(session.execute(select(Customer.id, Customer.name)
                                .where(Customer.id.in_(live))).all())
    options = "\n".join(f"{i}. {rows.get(c, c)} ({c})" for i, c in enumerate(live, 1))
    choices = {"type": "customer_choice",
               "choices": [{"customer_id": c, "name": rows.get(c, c)} for c in live]}
    waiting = {"kind": "call", "text": text, "outcome_entity": None, "follow_up_entity": None,
               "candidates": list(live),
               "as_of": body.get("as_of") or day_said().isoformat()}
    return ChatAnswer(f"Which customer was that about? We talked about several; nothing is "
                      f"logged yet.\n{options}\nSay the number or the name.", choices,
                      {"pending_write": waiting, "customer_candidates": list(live)})


def _which_said(*, session: Session, staff: Staff, state: ConversationState,
                text: str | None, body: dict[str, Any]) -> ChatAnswer | None:
    """ "she says the app is slow" shown for the customer in focus while several customers are
    live and the turn before was about none of them alone: who said it is asked, naming them,
    nobody proposed (the answer picks one: actions.turns.statement_choice_reply)."""
    from knowledge.feedback.pointed import pointed_customer

    customer = str(body.get("customer_id"))
    if pointed_customer(text, customer) is None:
        return None  # the statement names its customer, or the form asked for it
    live = live_customers(session=session, staff=staff, state=state)
    if (customer not in live or len(live) < 2
            or just_read(session=session, staff=staff, state=state) == customer):
        return None
    rows = dict(session.execute(select(Customer.id, Customer.name)
                                .where(Customer.id.in_(live))).all())
    options = "\n".join(f"{i}. {rows.get(c, c)} ({c})" for i, c in enumerate(live, 1))
    waiting = {**{k: v for k, v in _plain(body).items() if k not in ("customer_id", "name")},
               "candidates": list(live)}
    return ChatAnswer(f"Which customer said that? We talked about several; nothing is saved "
                      f"yet.\n{options}\nSay the number or the name.",
                      {"type": "customer_choice",
                       "choices": [{"customer_id": c, "name": rows.get(c, c)} for c in live]},
                      {"pending_write": waiting, "customer_candidates": list(live)})


def _typed(session: Session, staff: Staff, words: str, customer_id: str) -> bool:
    from knowledge.customers.resolver import resolve_customer

    for typed in typed_ids(words):
        found = resolve_customer(session=session, staff=staff, customer_id=typed.typed)
        if found.status == "found" and found.customer_id == customer_id:
            return True
    return False


def _part_written(session: Session, words: str, customer_id: str) -> bool:
    """A word of the customer's name (two letters or more: "li") written in the message."""
    name = session.scalar(select(Customer.name).where(Customer.id == customer_id)) or ""
    said = set(_folded(words).split())
    return any(len(part) > 1 and part in said for part in _folded(name).split())


def _corrects(state: ConversationState, body: dict[str, Any],
              payloads: list[dict[str, Any]], previous_last: dict[str, Any] | None
              ) -> str | None:
    """The customer of the write this one replaces (a correction): "" when it replaces one
    the conversation cannot place; None when it replaces none."""
    replaces = body.get("replaces")
    if isinstance(replaces, dict):
        return str(_body(replaces).get("customer_id") or "")
    record = next((str(p["replaces_record"]) for p in payloads if p.get("replaces_record")),
                  None)
    if record is None:
        return None
    on_record = next((w.customer_id for w in state.writes if w.record_id == record), None)
    if on_record:
        return on_record
    chain = [previous_last or {}, *((previous_last or {}).get("earlier") or [])]
    for entry in chain:
        if isinstance(entry, dict) and str(entry.get("id")) == record:
            return str(_body(entry).get("customer_id") or "")
    return ""


def _folded(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split())


def _body(write: dict[str, Any]) -> dict[str, Any]:
    """The write itself (a stored write's reference carries it under "write")."""
    inner = write.get("write")
    return {**write, **inner} if isinstance(inner, dict) else write


def _plain(body: dict[str, Any]) -> dict[str, Any]:
    """The write as it would be stored anew: no reference, no correction."""
    drop = {"id", "write", "summary", "signature", "at", "items", "replaces", "held",
            "closed_complaints", "earlier"}
    return {k: v for k, v in body.items() if k not in drop}
