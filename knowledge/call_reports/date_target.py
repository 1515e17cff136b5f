"""Which call a date correction means when the message names no customer: "no — tuesday not
thursday", "make that the 3rd", "sorry, wed not fri" after a dated call and then another.

A correction that only gives a new date replaces the date of a call that has one: the call
whose date it denies ("not thursday": the call set for that Thursday), else the one dated
call among the conversation's calls still on record (the last write, the calls logged
together with it, the ones before it). Never the last call by default: after "X wants a
meeting thu" and "Y no answer", "make that wed" is X's meeting, not a follow-up for Y. The
changed call is shown for a yes, on which it replaces that one call (an audited reversal);
when two dated calls could be meant, or none has the date denied, it is asked about and
nothing changes. The new date is read against the day the correction is said (said_today),
a weekday word as the next such day after it.

When the last call is itself the one meant (it has a date, or the denied date is its own), or
the message says more than a date (a customer, an outcome), None: the corrections room reads it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.conversation.state import still_on_record
from knowledge.models.bank import Staff
from knowledge.writes.pending import confirm, describe


def calls_on_record(session: Session, last: Any) -> list[dict[str, Any]]:
    """The conversation's calls still stored, newest first, one entry per call (a batch's
    calls each on their own): each with its record `id` and its `write`."""
    if not isinstance(last, dict):
        return []
    found: list[dict[str, Any]] = []
    for entry in [last, *(last.get("earlier") or [])]:
        if not isinstance(entry, dict) or not still_on_record(session, entry):
            continue
        if entry.get("kind") == "calls":
            found.extend(item for item in reversed(entry.get("items") or [])
                         if isinstance(item, dict) and isinstance(item.get("write"), dict))
        elif entry.get("kind") == "call" and isinstance(entry.get("write"), dict):
            found.append({k: v for k, v in entry.items() if k != "earlier"})
    return found


def denied_day(words: str, as_of: dt.date) -> dt.date | None:
    """The date a correction says is wrong ("not thursday", "nicht am 30.", "pas vendredi")."""
    from knowledge.call_reports.correction_words import NEGATED
    from knowledge.call_reports.corrections import _BARE_DAY, _NEGATED
    from knowledge.call_reports.said import _DATE, parse_date

    for pattern in (_DATE, _BARE_DAY):
        for match in pattern.finditer(words):
            before = words[: match.start()]
            if _NEGATED.search(before) or NEGATED.search(before):
                day = parse_date(match.group(0), as_of)
                if day is None and pattern is _BARE_DAY:
                    day = _day_of_month(match.group(0), as_of)
                if day is not None:
                    return day
    return None


def _one_day_said(words: str, as_of: dt.date) -> dt.date | None:
    """The day every date phrase that is not denied names, when they all name one day."""
    from knowledge.call_reports.correction_words import NEGATED
    from knowledge.call_reports.corrections import _NEGATED
    from knowledge.call_reports.said import _DATE, parse_date

    days = {parse_date(m.group(0), as_of) for m in _DATE.finditer(words)
            if not (_NEGATED.search(words[: m.start()]) or NEGATED.search(words[: m.start()]))}
    return days.pop() if len(days) == 1 and None not in days else None


def _day_of_month(words: str, as_of: dt.date) -> dt.date | None:
    """ "the 30th": that day of this month, or of the next when it has passed."""
    number = int(re.sub(r"\D", "", words) or 0)
    for months in (0, 1):
        year, month = divmod(as_of.month - 1 + months, 12)
        try:
            day = dt.date(as_of.year + year, month + 1, number)
        except ValueError:
            continue
        if day >= as_of:
            return day
    return None


# A place of the list or of the conversation's calls ("#2", "nr 3", "the top one", "the
# one after that"): another reader's (positions, writes.earlier)
_PLACE = re.compile(r"#\s?\d|\b(?:nr|no|number|nummer|numer|numero|le|il|el)\.? ?\d\b|"
                    r"\bthe (?:top|first|second|third|fourth|last|next|other) one\b|"
                    r"\bthe one (?:after|before|above|below)\b", re.IGNORECASE)


def _named_calls(words: str, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The calls on record whose customer the message names by a part of the name or id."""
    from knowledge.customers.names import fold, name_parts

    typed = set(re.findall(r"[^\W\d_]+", fold(words)))
    return [c for c in calls
            if typed & set(name_parts(str(c["write"].get("name") or "")))
            or str(c["write"].get("customer_id") or "").lower() in words.lower()]


def _says_more(session: Session, staff: Staff, words: str, calls: list[dict[str, Any]],
               as_of: dt.date) -> bool:
    """The message says more than a new date: a customer in full who has no call here, an id
    of one, or an outcome other than a meeting."""
    from knowledge.call_reports.corrections import _affirmed
    from knowledge.call_reports.said import read_call
    from knowledge.customers.in_text import named_in_full
    from knowledge.customers.typed_ids import typed_ids

    logged = {str(c["write"].get("customer_id")) for c in calls}
    if any(t.customer_id not in logged for t in typed_ids(words)) or any(
            cid not in logged for cid in named_in_full(session, staff, words)):
        return True
    said = read_call(_affirmed(words), as_of)
    return said.explicit and said.outcome.value != "follow_up"


def dated_call_meant(*, session: Session, staff: Staff, last: Any, text: str | None
                     ) -> ChatAnswer | None:
    """The call a date correction means, shown changed for a yes, or a question; None when
    the last call itself is meant (and no customer is named) or the message is no date
    correction."""
    from knowledge.call_reports.corrections import is_correction, new_date
    from knowledge.call_reports.said_today import day_said

    words = " ".join((text or "").split())
    calls = calls_on_record(session, last)
    if not calls or not words:
        return None
    as_of = day_said()
    day, question = new_date(words, as_of, dated=True)
    if question and (same := _one_day_said(words, as_of)) is not None:
        day, question = same, None  # "the 18th, this wed": two ways of saying one day
    was = denied_day(words, as_of)
    if (day is None and question is None) or _says_more(session, staff, words, calls, as_of):
        return None
    last_call = (last if isinstance(last, dict) and last.get("kind") == "call" else None)
    named = _named_calls(words, calls)
    if named:
        # "vänta, ilse är onsdag inte tisdag", "sorry, maría's is the 3rd": that customer's
        # dated call (the one with the date denied, if said), only when it is a correction
        if len({str(c["write"].get("customer_id")) for c in named}) != 1 or not (
                was is not None or is_correction(words)):
            return None
        dated = [c for c in named if c["write"].get("follow_up_on")]
        meant = [c for c in dated if was is None or c["write"]["follow_up_on"] == was.isoformat()]
        if len(meant) != 1 and len(dated) == 1:
            meant = dated  # "monika's is the 18th, not next week": her one dated call
        if len(meant) != 1:
            return None
        return _changed(meant[0], day, question, words, was)
    if len(calls) < 2 or not (was is not None or is_correction(words)) or _PLACE.search(words):
        return None  # a new call's date ("and #2 wants a meeting fri"), not a correction
    if was is not None:
        meant = [c for c in calls if c["write"].get("follow_up_on") == was.isoformat()]
    else:
        meant = [c for c in calls if c["write"].get("follow_up_on")]
        if last_call is not None and (last_call.get("write") or {}).get("follow_up_on"):
            return None  # the last call has a date of its own: that one is corrected
    if len(meant) == 1 and last_call is not None and str(meant[0].get("id")) == str(
            last_call.get("id")):
        return None
    if not meant and was is None and last_call is not None:
        return None  # no call has a date: the date is the last call's follow-up
    if len(meant) != 1:
        return _which(meant or [c for c in calls if c["write"].get("follow_up_on")] or calls,
                      was)
    return _changed(meant[0], day, question, words, was)


def _changed(entry: dict[str, Any], day: dt.date | None, question: str | None, words: str,
             was: dt.date | None) -> ChatAnswer:
    """That call with the new date, shown for a yes that replaces it."""
    from knowledge.call_reports.amend import replaced

    if question or day is None:
        return ChatAnswer(f"{question or 'Which day?'} Nothing was changed.",
                          slots={"pending_write": None})
    old = entry["write"]
    write = {**old, "follow_up_on": day.isoformat(),
             "outcome": "follow_up" if old.get("outcome") == "reached" else old.get("outcome"),
             "note": f"{old.get('note') or ''} (corrected: {words})".strip(),
             "replaces": replaced(entry)}
    if write["follow_up_on"] == old.get("follow_up_on"):
        return ChatAnswer(f"That is already logged: {describe(old)}. Nothing was changed.",
                          slots={"pending_write": None})
    why = ("the one whose date you say is wrong" if was is not None
           else "the one of this conversation with a follow-up date")
    shown = confirm(write, why=f"(The call with {old.get('name') or old['customer_id']}, {why}.)"
                               f" On a yes I take back {describe(old)} and")
    shown.text = shown.text.replace(" and Log ", " and log ", 1)
    return shown


def _which(calls: list[dict[str, Any]], was: dt.date | None) -> ChatAnswer:
    """Two dated calls could be meant, or none has the date denied: asked, nothing changed."""
    listed = "; ".join(describe(c["write"]) for c in calls[:4])
    head = (f"None of this conversation's calls is set for {was:%A} {was.isoformat()}."
            if was is not None else "More than one call of this conversation has a date.")
    return ChatAnswer(f"{head} Which call's date should change ({listed})? Say the customer's "
                      "name with the new date. Nothing was changed.",
                      slots={"pending_write": None})
