"""A market event put right in the next turns: "correction: it was 50, not 25", "sorry, 50bp
not 25", "make that half a percent", "oops, it was friday not today".

The event the asker just recorded (the conversation's last write) is taken back (kept in
`write_reversals` and audited, like an undo) and the event with the size or day now said is
shown for a yes, so the bank-wide record is never changed on a misreading. A message that
states no other size or day than the recorded one changes nothing (None: read as before).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.chat_records import day_said, parse_rate_delta, reverse_event
from knowledge.call_reports.corrections import is_correction
from knowledge.models.bank import Staff

# A size as written: "50", "50bp", "0.5%", "0,5 %", "75 basis points".
_SIZE = re.compile(r"(?<![\w.,/:-])(\d+(?:[.,]\d+)?)(?:\s*(%|percent|per ?cent|percentage points?|"
                   r"bps?\b|basis points?)|(?!\w|[.,/:-]\d))", re.IGNORECASE)
# One more event, not this one put right: "sorry, also the SNB cut 50bp", "and the fed …?"
_ANOTHER = re.compile(r"\?|\b(?:also|too|as well|another|other|again|plus|and the)\b",
                      re.IGNORECASE)
_DOWN = re.compile(r"\b(?:cut\w*|lower\w*|reduc\w*|decreas\w*|drop\w*|down|eas\w*)\b", re.I)
_UP = re.compile(r"\b(?:hike\w*|rais\w*|increas\w*|up|lift\w*|tighten\w*)\b", re.I)


def other_event_meant(*, session: Session, staff: Staff, text: str | None,
                      last: dict[str, Any] | None, as_of: dt.date) -> ChatAnswer | None:
    """The answer to a correction of the market event just recorded; None when the last
    write is no market event or the message states nothing else about it."""
    write = (last or {}).get("write") or {}
    if not (isinstance(last, dict) and last.get("kind") == "market_event" and last.get("id")
            and write.get("delta_bp") is not None and is_correction(text)
            and not _ANOTHER.search(text or "")):
        return None
    from knowledge.customers.in_text import named_in_full
    from knowledge.customers.typed_ids import typed_ids

    if typed_ids(text) or named_in_full(session, staff, text or ""):
        return None  # "sorry, anna berg wants a meeting on the 25th": about a customer
    old_bp, old_day = int(write["delta_bp"]), str(write.get("occurred_on") or "")
    size = _size_meant(text or "", abs(old_bp))
    sign = -1 if _DOWN.search(text or "") else 1 if _UP.search(text or "") else (
        -1 if old_bp < 0 else 1)
    new_bp = sign * (size if size is not None else abs(old_bp))
    day = day_said(text, as_of)
    new_day = day.isoformat() if day is not None else old_day
    if (new_bp, new_day) == (old_bp, old_day):
        return None
    undone = reverse_event(session=session, staff=staff, last=last)
    if not undone.text.startswith("Undone"):
        return undone  # no longer the asker's to take back: said so, nothing else changes
    from knowledge.writes.pending import confirm, describe

    meant = {**write, "delta_bp": new_bp, "occurred_on": new_day}
    if meant.get("description"):
        meant["description"] = (f"ECB {'cut' if new_bp < 0 else 'raised'} rates by "
                                f"{abs(new_bp)} bp")
    answer = confirm(meant, why=f"I took back the event just recorded ({describe(write)}).")
    answer.slots["last_write"] = None
    return answer


def _size_meant(text: str, old: int) -> int | None:
    """The one size in basis points the message gives other than the recorded `old` one."""
    sizes = set()
    for match in _SIZE.finditer(text):
        value, unit = float(match.group(1).replace(",", ".")), (match.group(2) or "").lower()
        percent = unit.startswith(("%", "percent", "per")) or (not unit and value < 5)
        sizes.add(round(value * 100) if percent else round(value))
    sizes.discard(old)
    sizes = {s for s in sizes if 0 < s <= 500}
    if not sizes:
        words = parse_rate_delta(None, "up", text)  # "make that half a percent"
        return abs(words) if words is not None and abs(words) != old else None
    return sizes.pop() if len(sizes) == 1 else None
