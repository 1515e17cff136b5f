"""Which of the conversation's recent calls a correction is about, when it names that call by
what it says of it rather than by its position: "oh the fund was krzysztof not tomasz" two
calls after the fund was sold to Tomasz is about the sale, not the latest call; "the meeting
was with marek, not paulina" is about the meeting logged on Paulina.

Two pointers, each strict: the customer it negates ("not tomasz", "nicht kowalski": one part
of the name of exactly one of the calls) and the thing it names with "the" ("the fund", "the
sale", "the meeting", "the vm", "the andreas vm": the product sold or the outcome of exactly one
of them). When both are said they must point at the same call; a name part typed narrows
several to the one of that customer. The latest call itself is never returned
here: a correction of it is read as it always was (knowledge.call_reports.corrections).
Words only, no database.
"""

from __future__ import annotations

import re
from typing import Any

from knowledge.call_reports.said_today import day_said
from knowledge.conversation.state import ConversationState

# "not tomasz", "nicht Kowalski", "nie marek", "non paolo", "pas julien": the name denied.
_NOT_NAME = re.compile(r"\b(?:not|nicht|nie|non|pas|inte|niet)\s+(?:with\s+|for\s+|mit\s+)?"
                       r"([^\W\d_]{3,})", re.IGNORECASE)
# "the meeting", "the sale", "the vm": an outcome named as a thing.
_OUTCOMES = {
    "follow_up": r"meeting|appointment|appt|f/?u|follow[- ]?up|callback|call back|termin",
    "sale": r"sale|deal",
    "no_answer": r"vm|voicemail|voice mail|mailbox|no answer|missed call",
    "not_interested": r"ni|not interested|refusal",
}
# "the fund", "the andreas vm": up to two words (a name) between the article and the thing
_THE = r"\b(?:the|that|this|der|die|das)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{})\b"
_SMALL = frozenset("the and for with from to of a an on in at".split())


def written_entries(state: ConversationState, last: Any) -> list[dict[str, Any]]:
    """The writes this conversation stored and still has on record (knowledge.conversation),
    newest first, as an undo or a correction takes them: the `last_write` slot's own entry
    where it holds that record (with the complaints it closed), else one made from what the
    conversation showed."""
    from knowledge.writes.pending import describe

    chain = [last, *((last or {}).get("earlier") or [])] if isinstance(last, dict) else []
    kept: dict[str, dict[str, Any]] = {}
    for entry in chain:
        items = (entry.get("items") if entry.get("kind") == "calls" else [entry]
                 ) if isinstance(entry, dict) else []
        for item in items or []:
            if isinstance(item, dict) and item.get("id"):
                kept.setdefault(str(item["id"]), {k: v for k, v in item.items()
                                                  if k != "earlier"})
    entries = []
    for write in reversed(state.writes):
        if write.record_id in kept:
            entries.append(kept[write.record_id])
            continue
        old = {"kind": write.kind, "customer_id": write.customer_id,
               "name": write.name or write.customer_id, "outcome": write.outcome or "reached",
               "sale_of": write.sale_of,
               "follow_up_on": write.follow_up_on.isoformat() if write.follow_up_on else None,
               "as_of": (write.occurred_on or day_said()).isoformat()}
        entries.append({"kind": write.kind, "id": write.record_id,
                        "customer_id": write.customer_id,
                        "summary": describe(old) if write.kind == "call" else write.kind,
                        "write": old})
    return entries


def call_pointed_at(words: str, last: Any, written: list[dict[str, Any]] | None = None
                    ) -> dict[str, Any] | None:
    """The one earlier call of the conversation (not the latest) that the correction names by
    a denied name part or by its product or outcome; None when it names none, several, or
    the latest call. `written`: the conversation's writes on record, newest first
    (`written_entries`); without it, the `last_write` slot's chain."""
    if written:
        chain = list(written)
    elif isinstance(last, dict) and last.get("earlier"):
        chain = [{k: v for k, v in last.items() if k != "earlier"},
                 *[e for e in last.get("earlier") or [] if isinstance(e, dict)]]
    else:
        return None
    calls = [e for e in chain if e.get("kind") == "call" and isinstance(e.get("write"), dict)]
    found = [hits for hits in (_by_denied_name(words, calls), _by_thing(words, calls)) if hits]
    if not found:
        return None
    meant = {id(e) for e in found[0]}
    for hits in found[1:]:
        meant &= {id(e) for e in hits}
    named = {id(e) for e in _by_name(words, calls)}
    if len(meant) > 1 and meant & named:
        meant &= named  # "undo the andreas vm": the vm of the two, the one with Andreas
    if len(meant) != 1:
        return None
    target = next(e for e in calls if id(e) in meant)
    return None if target is calls[0] and calls[0] is chain[0] else target


def _by_denied_name(words: str, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from knowledge.customers.names import clean_message, fold, name_parts

    denied = {fold(m.group(1)) for m in _NOT_NAME.finditer(clean_message(words))}
    if not denied:
        return []
    return [e for e in calls if denied & set(name_parts(str(e["write"].get("name") or "")))]


def _by_name(words: str, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The calls whose customer has a name part the words type (not denied ones alone)."""
    from knowledge.customers.names import clean_message, fold, name_parts

    typed = set(re.findall(r"[^\W\d_]{3,}", fold(clean_message(words))))
    return [e for e in calls if typed & set(name_parts(str(e["write"].get("name") or "")))]


def _by_thing(words: str, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from knowledge.customers.names import fold, name_parts

    hits = []
    for entry in calls:
        write = entry["write"]
        own = set(name_parts(str(write.get("name") or "")))
        sold = [w for w in re.findall(r"[^\W\d_]{3,}", fold(str(write.get("sale_of") or "")))
                if w not in own and w not in _SMALL]
        things = [_OUTCOMES[o] for o in _OUTCOMES if o == write.get("outcome")]
        if sold and write.get("outcome") == "sale":
            things.append("|".join(re.escape(w) for w in sold))
        if any(re.search(_THE.format(t), fold(words), re.IGNORECASE) for t in things):
            hits.append(entry)
    return hits
