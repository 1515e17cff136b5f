"""One call of several just logged together, changed by what a later message says of it:
after "greta klein vm, fleur vos reached - wants appt nxt wk", "fleur is thurs 26th btw" is
Fleur's meeting moved to the 26th; after three calls, "sorry nicolas was also n/a" is
Nicolas's call as no answer — never a second call beside the first, never all three undone.

The message names exactly one customer of the batch (a first name, a surname or in full, or
the id) and nobody else of the book, and states an outcome or a date that differs from that
call; the changed call is shown for a yes, on which it replaces that one call (an audited
reversal); the other calls of the batch stay as they are. A relative date is read on the day
the message is said (said_today). Anything else (an undo, one more attempt, a message naming
someone outside the batch) is left to the other readers. What the message changes is read
as for any call of the conversation named and changed (knowledge.call_reports.amend
`one_call_changed`, which knowledge.writes.by_customer reads with too).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said_today import day_said
from knowledge.customers.names import fold, name_parts
from knowledge.models.bank import Staff
from knowledge.writes.pending import confirm, describe

# Words that take a write back or name a position: answered by the undo and earlier-write
# readers ("undo fleur", "the first one was wrong")
_NOT_A_CHANGE = re.compile(r"\b(?:undo|undone|delete|remove|cancel|scrap|scratch|forget|ignore|"
                           r"rückgängig|storno|first|second|third|last one|both)\b",
                           re.IGNORECASE)


def one_call_of_batch_changed(*, session: Session, staff: Staff, text: str | None,
                              last: Any) -> ChatAnswer | None:
    """The one call of the last batch this message changes, shown changed for a yes; None
    when the message is no such change."""
    if not (isinstance(last, dict) and last.get("kind") == "calls"
            and isinstance(last.get("items"), list) and len(last["items"]) > 1):
        return None
    words = " ".join((text or "").split())
    if not words or _NOT_A_CHANGE.search(words):
        return None
    from knowledge.writes.double_send import further_attempt

    if further_attempt(words):
        return None  # "tried fleur again, reached": one more call, not a change
    named = [item for item in last["items"] if _names(words, item)]
    if len(named) != 1 or _someone_else(session, staff, words, last["items"]):
        return None
    item = named[0]
    old = item["write"]
    from knowledge.call_reports.amend import one_call_changed, replaced

    write = one_call_changed(session, item, _without_name(words, old), day_said())
    if write is None or all(write.get(k) == old.get(k) for k in ("outcome", "follow_up_on")):
        return None
    write = {**write, "note": f"{old.get('note') or ''} (changed: {words})".strip(),
             "replaces": replaced(item)}
    shown = confirm(write, why=f"One of the calls just logged together: on a yes I take back "
                               f"{describe(old)} and")
    shown.text = shown.text.replace(" and Log ", " and log ", 1)
    return shown


def _parts(write: dict[str, Any]) -> tuple[str, ...]:
    return name_parts(str(write.get("name") or ""))


def _names(words: str, item: dict[str, Any]) -> bool:
    """The message names this call's customer: the id, or a part of the name as a word."""
    write = item.get("write") or {}
    typed = set(re.findall(r"[^\W\d_]+", fold(words)))
    cid = str(write.get("customer_id") or "")
    return bool(cid and re.search(rf"\b{re.escape(cid)}\b", words, re.IGNORECASE)) or bool(
        typed & set(_parts(write)))


def _someone_else(session: Session, staff: Staff, words: str, items: list[Any]) -> bool:
    """A customer outside the batch is named in full ("fleur and jan koch were n/a")."""
    from knowledge.customers.in_text import named_in_full

    batch = {str((i.get("write") or {}).get("customer_id")) for i in items}
    return any(cid not in batch for cid in named_in_full(session, staff, words))


def _without_name(words: str, write: dict[str, Any]) -> str:
    """The message without the customer's name and id, so only what it says of them stays."""
    rest = words
    cid = str(write.get("customer_id") or "")
    if cid:
        rest = re.sub(rf"\b{re.escape(cid)}\b", " ", rest, flags=re.IGNORECASE)
    for part in _parts(write):
        rest = " ".join(w for w in rest.split()
                        if re.sub(r"['’]s$", "", fold(w).strip(".,;:!?")) != part)
    return " ".join(rest.split())
