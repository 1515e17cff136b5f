"""A call report that changes its customer half way: "spoke to Tomasz Mazur, sorry, actually
it was Tomasz Kamiński", "no answer anna lange - no wait, i mean anna meyer". Two customers
are named in full, the second right after a word that takes the first back ("sorry",
"actually", "i mean", "no wait", "make that"): the call is with the second, shown for a yes
saying so (the runner's or the advisor's yes then stores it), never refused as two calls in
one message and never stored on the first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from knowledge.models.bank import Staff

if TYPE_CHECKING:
    from knowledge.call_reports.call_writes import Who

_CHANGE = re.compile(
    r"(?:^|[,;.!?]|\s[-–—]|\s)\s*(?:(?:no|nope|oh)\b[\s,!.]*)?"
    r"(?:sorry|sry|oops|actually|i mean|i meant|no wait|wait|correction|make that|"
    r"scratch that|entschuldigung|ich meine)\b[\s,!.:;-]*"
    r"(?:(?:actually|no|sorry)\b[\s,!.]*)*(?:(?:it|that) was|it'?s|i meant|i mean|meant)?\s*",
    re.IGNORECASE)

_BESIDES = re.compile(r"\b(?:too|also|as well|and|both|plus|with)\b", re.IGNORECASE)


def changed_to(*, session: Session, staff: Staff, who: Who, text: str | None) -> Who:
    """`who` as it is, or the customer named after the change when `who` names several
    (or offers a choice between them)."""
    from knowledge.call_reports.call_writes import Who
    from knowledge.customers.in_text import named_in_full
    from knowledge.writes.pending import customer_name

    words = " ".join((text or "").split())
    if who.status not in ("several", "choose") or not words:
        return who
    marks = [m for m in _CHANGE.finditer(words) if m.start() > 0]
    if not marks:
        return who
    mark = marks[-1]
    if _BESIDES.search(words[mark.end():]):
        return who  # "…, actually dieter lange was there too": a second person, not a change
    before = set(named_in_full(session, staff, words[: mark.start()]))
    after = named_in_full(session, staff, words[mark.end():])
    if len(before) != 1 or len(after) != 1 or after[0] in before:
        return who
    cid = after[0]
    name = customer_name(session, cid)
    return Who("found", cid, name, said_as=(
        f"You changed the customer in that message; I kept the one you named last, {name} "
        f"({cid}), and logged nothing for {customer_name(session, next(iter(before)))}."))
