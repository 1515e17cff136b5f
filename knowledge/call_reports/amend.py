"""A correction shown for a yes, and a call shown for a yes answered with a change.

"no wait it was ana" (one other customer it may mean): the same call shown for Ana; the call
disputed stays on record until the yes, which replaces it in one step (`replaces`,
knowledge.writes.dispatch). A call shown for a yes, answered with a change: "yes, but it was
no answer", "no - the other hannah", "nope, voicemail", "no, thursday". (A yes whose change is
only a new day, "yes but friday", stores the call with that day: knowledge.writes.yes_and.)

The shown call is never stored as shown: the change is read from the answer's own words as
strictly as a correction of a logged call (knowledge.call_reports.corrections: a new customer
only by id or full name, or the one other customer a name can mean, asked; a new date only
from the words, not the negated one) and the amended call is shown again for a yes. An answer
whose change cannot be read is asked about and nothing is stored; a "yes and also …" adds
a request and is no change of the shown call (None: read as it is).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

import knowledge.languages as _lang
from knowledge.answer import ChatAnswer
from knowledge.call_reports.said_today import day_said
from knowledge.languages import alternatives as _alt
from knowledge.models.bank import Staff
from knowledge.writes.pending import confirm, customer_name, describe

# The answer word, then what changes: after a yes only a "but" or a correction's wording
# ("oui mais le 26", "ja, aber am Freitag", "sì ma era Rossi", "tak, ale 26-go").
_NO_WORDS = r"no+|nope|nah|nein|nee|nej|non|nie|niet"
_OPENING = re.compile(
    r"^\s*(?P<word>yes|yep|yup|yeah|yea|ok(?:ay)?|sure|correct|right|ja|jo|"
    rf"{_alt(_lang.YES)}|{_NO_WORDS})\b"
    r"[\s,.!:;–—-]*(?=\S)", re.IGNORECASE)
_ALSO = re.compile(r"^(?:but\s+|and\s+)?(?:also|and|plus|then)\b", re.IGNORECASE)
# "but" in the advisors' languages, and what a reservation opens with.
_BUT = (r"but|except|only|although|though|just|aber|doch|nur|mais|sauf|seulement|ma|però|"
        r"pero|solo|sólo|maar|alleen|ale|lecz|tylko|men|bara|fast")
_YES_BUT = re.compile(rf"^(?:{_BUT})\b", re.IGNORECASE)


def change_in_answer(text: str | None) -> tuple[bool, str] | None:
    """(said yes, the words of the change) when the message answers "… OK?" with a change;
    None for a plain answer or another request (a words-only check, no database)."""
    from knowledge.call_reports.corrections import _A_REQUEST, is_correction
    from knowledge.writes.pending import plain_answer

    words = " ".join((text or "").split())
    found = _OPENING.match(words)
    if found is None or plain_answer(words) is not None or len(words.split()) > 16:
        return None
    rest = words[found.end():]
    if _A_REQUEST.search(rest) or _ALSO.match(rest):
        return None  # "no, show me X", "yes but also log X reached": another request
    said_yes = not re.fullmatch(_NO_WORDS, found.group("word"), re.IGNORECASE)
    if said_yes and not (_YES_BUT.match(rest) or is_correction(rest)):
        return None  # "yes and also log X reached", "yes thanks, show me X"
    return said_yes, rest


def amend_shown(*, session: Session, staff: Staff, pending: dict[str, Any], text: str | None
                ) -> ChatAnswer | None:
    """The shown call amended by the answer and shown again; a question when the change is
    unsure (nothing stored, the shown call dropped); None when the answer changes nothing."""
    from knowledge.call_reports.corrections import _affirmed, new_customer, new_date
    from knowledge.call_reports.said import read_call

    if pending.get("kind") != "call" or pending.get("candidates") or pending.get("awaiting"):
        return None
    found = change_in_answer(text)
    if found is None:
        return None
    _said_yes, words = found
    words = _YES_BUT.sub("", words).lstrip(" ,")
    old = pending
    offered: list[str] = []
    target, question = new_customer(session=session, staff=staff, text=words, name=None,
                                    customer_id=None, old=old.get("customer_id"),
                                    offered=offered)
    from knowledge.call_reports.corrected_names import one_meant

    meant = offered[0] if len(offered) == 1 else one_meant(session, old.get("customer_id"),
                                                           offered, words)
    if question and meant:
        target, question = meant, None
        why = f"Did you mean {customer_name(session, target)} ({target})?"
    else:
        why = "Changed as you said:"
    as_of = day_said()  # the correction's own day, not the call's (said_today)
    day, date_question = (None, None) if question else new_date(
        words, as_of, dated=bool(old.get("follow_up_on")), before=old.get("follow_up_on"))
    if question or date_question:
        return ChatAnswer(f"{question or date_question} Nothing is stored: "
                          f"{describe(old)} was not logged.",
                          slots={"pending_write": None, "customer_candidates": None})
    said = read_call(_affirmed(words), as_of)
    write = changed_write(session, old, said, words, day, target)
    if all(write.get(k) == old.get(k) for k in ("customer_id", "outcome", "follow_up_on")):
        if day is not None or target is not None:
            # "no, make it 1 dec" to a call shown for 1 December: what it names is what was
            # shown, so it is shown again for a plain yes (never stored on a "no")
            return confirm(old, why="That is what I have:")
        if _said_yes and _YES_BUT.match(found[1]):
            # "yes but i'm not sure": a yes with a reservation is no yes to what was shown
            return ChatAnswer(f'I could not tell what to change from "{found[1]}". Nothing is '
                              f"stored yet: {describe(old)}. Say yes to store it as shown, or "
                              "tell me what to change.", slots={"pending_write": old})
        return None
    write["note"] = f"{old.get('note') or ''} (changed: {words})".strip()
    return confirm(write, why=why)


def one_call_changed(session: Session, entry: dict[str, Any], said_words: str,
                     as_of: dt.date) -> dict[str, Any] | None:
    """One call of the conversation (`entry`: as `last_write` holds it) as a later message
    changes it by naming it, its name words left out of `said_words` ("ingrid was also n/a",
    "fleur is thurs 26th btw", "mariana c'était joignable, pas 'pas de réponse'"): the new
    write, to be shown for a yes that `replaces` the call; None when the words state no
    outcome or date, a date that cannot be read or is gone. The one reading of "a call named
    and changed" (knowledge.call_reports.batch_fix, knowledge.writes.by_customer)."""
    from knowledge.call_reports.corrections import _affirmed
    from knowledge.call_reports.day_in_month import in_month_of
    from knowledge.call_reports.said import read_call

    old = entry.get("write")
    if not isinstance(old, dict) or not old.get("customer_id"):
        return None
    said = read_call(_affirmed(said_words), as_of)  # "reached, not 'no answer'": reached
    day = said.follow_up_on
    if (not said.explicit and day is None) or said.date_unreadable or (
            day is not None and day < as_of):
        return None
    # "her follow-up is the 16th, not the 15th" of a meeting on 15 December: the 16th of it
    day = in_month_of(said.date_words, day, old.get("follow_up_on"), as_of, said_words)
    return changed_write(session, old, said, said_words, day, None)


def replaced(last: dict[str, Any]) -> dict[str, Any]:
    """The last write as a correction shown for a yes carries it (`replaces`)."""
    return {k: v for k, v in last.items() if k not in ("earlier", "awaiting")}


def shown_instead(*, session: Session, last: dict[str, Any], customer: str) -> ChatAnswer:
    """The same call shown for the one customer meant; the disputed call stays on record
    until the yes, and is taken back (audited) in the same step as the new one is stored."""
    old = last["write"]
    name = customer_name(session, customer)
    write = {**old, "customer_id": customer, "name": name, "replaces": replaced(last)}
    shown = confirm(write, why=f"Did you mean {name} ({customer})? On a yes I take back "
                               f"{describe(old)} and")
    shown.text = shown.text.replace(" and Log ", " and log ", 1)
    shown.slots.setdefault("customer_candidates", None)
    return shown


def changed_write(session: Session, old: dict[str, Any], said: Any, words: str,
                  day: dt.date | None, target: str | None) -> dict[str, Any]:
    """The call `old` as a correction's words change it (`said`: their reading, the negated
    part left out): the outcome they state, a follow-up they ask for, the new day, the new
    customer; everything else kept."""
    from knowledge.call_reports.said import names_a_follow_up

    write = dict(old)
    if said.explicit and said.outcome.value != "follow_up":
        write.update(outcome=said.outcome.value, close_complaint=said.close_complaint,
                     sale_of=said.sale_of, not_interested=said.not_interested,
                     follow_up_on=None)
    elif said.explicit and names_a_follow_up(words):
        # "tomasz mazur NI" → "wait no - he wants a f/u EOM": a follow-up now, not "NI" kept
        write.update(outcome="follow_up", not_interested=False, sale_of=None)
    if day is not None:
        write["follow_up_on"] = day.isoformat()
        if write["outcome"] == "reached":
            write["outcome"] = "follow_up"
    if target is not None:
        write.update(customer_id=target, name=customer_name(session, target))
    return write


def replacing(*, session: Session, staff: Staff, answer: ChatAnswer, replaces: dict[str, Any],
              channel: str) -> ChatAnswer:
    """The pick of a corrected call: the disputed call taken back (audited) in the same step
    as the new one is stored, or carried by the question when the new one is shown first."""
    from knowledge.call_list.call_store import reverse_call

    shown = answer.slots.get("pending_write")
    payload = answer.payload_json() or {}
    if isinstance(shown, dict) and shown.get("kind"):
        shown = {**shown, "replaces": replaces}
        return ChatAnswer(answer.text, {**payload, "write": shown} if payload else None,
                          {**answer.slots, "pending_write": shown})
    if payload.get("type") == "call_logged":
        undone = reverse_call(session=session, staff=staff, last=replaces, channel=channel)
        if undone.text.startswith("Undone"):
            from knowledge.writes.pending import instead

            return instead(undone, answer)
    return answer
