"""A complaint's closure across turns, as advisors say it:

- "close the complaint for X" when X has no open complaint: nothing to close, so nothing is
  written (no call is logged for an instruction that reports no contact) and it is said
  (knowledge.call_reports.complaint_words.nothing_to_close). A report of a contact ("spoke to X,
  complaint sorted") is still a call.
- "oh wait, no - it's still open" right after a call that closed a complaint: the closure
  taken back with its call (an audited reversal, knowledge.call_list.call_store.reverse_call:
  the complaint is open again), never a question about a theme's status.
- "ok mark it resolved", "close it pls" right after a call with a customer whose complaint is
  open and was not closed by it: the same call with the closure, shown for a yes; on the yes
  it replaces the call (knowledge.writes.dispatch, `replaces`).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.complaint_words import open_complaints
from knowledge.models.bank import Staff

# "mark it resolved", "close it", "it's sorted now", "complaint is done": the closure asked.
_CLOSE_THAT = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|and|also|pls|please|so|great|cool)\b[\s,.!]*)*"
    r"(?:(?:pls|please|can you|could you)\s+)?"
    r"(?:(?:close|resolve|mark)\s+(?:it|that|this|the (?:complaint|case|ticket)|"
    r"(?:her|his|their) complaint)(?:\s+(?:as\s+)?(?:resolved|closed|done|fixed|sorted))?|"
    r"(?:it|that|the complaint|(?:her|his|their) complaint)(?:'s|\s+is|\s+was|\s+has been)?\s+"
    r"(?:now\s+)?(?:resolved|closed|sorted(?: out)?|fixed|settled|erledigt))"
    r"(?:\s+(?:now|too|as well|then|pls|please|thanks|thx))*\s*[.!]*\s*$", re.IGNORECASE)
_SHORT = 14
# What says the words are about the complaint just closed ("it's still open", "no, the case
# is pending"), not about something else that is pending ("mortgage offer still pending").
_ABOUT_IT = re.compile(
    r"\b(?:it|it'?s|its|that|this|complaint|ticket|case|issue|problem|beschwerde|"
    r"reklamation)\b|^\s*(?:no|nope|nah|wait|actually|sorry|oh|hmm|oops|nein)\b", re.IGNORECASE)


def reopened_after_closure(*, session: Session, staff: Staff, text: str | None,
                           last: Any, channel: str = "other") -> ChatAnswer | None:
    """ "it's still open" right after a call that closed a complaint: that call taken back,
    the complaint open again; None otherwise."""
    from knowledge.call_list.call_store import reverse_call
    from knowledge.call_reports.complaint_words import keeps_complaint_open

    words = " ".join((text or "").split())
    if not (isinstance(last, dict) and last.get("kind") == "call"
            and last.get("closed_complaints")) or len(words.split()) > _SHORT:
        return None
    if (not keeps_complaint_open(words) or not _ABOUT_IT.search(words)
            or _names_someone(session, staff, words, last)):
        return None
    undone = reverse_call(session=session, staff=staff, last=last, channel=channel)
    if undone.text.startswith("Undone"):
        undone.text += (" If you did speak to them, tell me how the call went and I log it "
                        "without closing the complaint.")
    return undone


def closure_of_last_call(*, session: Session, staff: Staff, text: str | None, last: Any
                         ) -> ChatAnswer | None:
    """ "mark it resolved" right after a call with a customer whose complaint is still open:
    the same call with the closure, shown for a yes (replacing the call on the yes)."""
    from knowledge.call_reports.amend import replaced
    from knowledge.writes.pending import confirm

    words = " ".join((text or "").split())
    if not (isinstance(last, dict) and last.get("kind") == "call"
            and isinstance(last.get("write"), dict)) or not _CLOSE_THAT.match(words):
        return None
    old = last["write"]
    cid = str(old.get("customer_id") or "")
    if (not cid or old.get("close_complaint") or last.get("closed_complaints")
            or not open_complaints(session, cid)):
        return None
    write = {**old, "close_complaint": True, "replaces": replaced(last),
             "note": f"{old.get('note') or ''} (complaint closed: {words})".strip()}
    name = old.get("name") or cid
    shown = confirm(write, why=f"The complaint of {name} ({cid}) is still open. On a yes I "
                               "take back the call just logged and")
    shown.text = shown.text.replace(" and Log ", " and log ", 1)
    return shown


def _names_someone(session: Session, staff: Staff, words: str, last: dict[str, Any]) -> bool:
    from knowledge.customers.in_text import named_in_full

    named = set(named_in_full(session, staff, words))
    return bool(named - {(last.get("write") or {}).get("customer_id"), last.get("customer_id")})
