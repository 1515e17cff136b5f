"""A manager's theme change put right, and a theme's status stated in words the NLU took for
a call report.

- "no wait - jonas weber, sofia's got enough" right after an owner was given: the same
  change taken back and shown for the other member of staff named, for a yes.
- "sorry, I meant the fingerprint one" right after setting the marketing theme to in
  progress: the change just made is taken back (the old value set again, kept in the theme's
  history like any change) and the same change is shown for the theme now named, for a yes.
  Only one other theme may be named; otherwise the manager is asked and nothing changes.
- "the loan application one is solved since friday" from a manager, with no customer in it,
  sent to the call report: the theme's new status (knowledge.themes.chat.set_status decides
  whether it is made at once or shown first).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.access.policy import is_manager
from knowledge.answer import ChatAnswer
from knowledge.customers.in_text import ENGLISH_PRONOUNS
from knowledge.customers.pronouns import pointer_words
from knowledge.customers.typed_ids import typed_ids
from knowledge.models.bank import Staff
from knowledge.models.themes import Theme

THEME_WRITES = ("theme_owner", "theme_status")
# A message putting the last change right ("sorry, I meant the fingerprint one", "no, the
# other one", "Entschuldigung, ich meinte …"); the theme it names is then read by find_theme.
_PUT_RIGHT = re.compile(
    r"^\s*(?:no|nope|nah|nein|non|nee|nie|nej|sorry|sry|oops|whoops|wait|actually|correction|"
    r"my bad|wrong|pardon|entschuldigung|scusa|perdón|przepraszam|förlåt)\b|"
    r"\b(?:i meant|meant to say|wrong (?:theme|one)|the other one|not that one|should have been|"
    r"ich meinte|je voulais dire|intendevo|quise decir|bedoelde|chodziło mi o|jag menade)\b",
    re.IGNORECASE)
# One more change rather than the last one put right ("wait, also …", "… as well").
_ONE_MORE = re.compile(r"\b(?:also|too|as well|additionally|another)\b", re.IGNORECASE)
# A person or a call in the message ("called her, her card issue is resolved"): not a theme's.
_SOMEONE = re.compile(
    rf"\b(?:{'|'.join(sorted(p.lower() for p in ENGLISH_PRONOUNS))}|called|rang|spoke|phoned|"
    rf"reached|{pointer_words()})\b", re.IGNORECASE)


def other_theme_meant(*, session: Session, staff: Staff, text: str | None,
                      last: dict[str, Any] | None) -> ChatAnswer | None:
    """The answer to a correction naming another theme than the last theme change's; None
    when the last write is not a theme change or the message is no such correction."""
    from knowledge.themes.queries import find_theme

    if not (isinstance(last, dict) and last.get("kind") in THEME_WRITES and last.get("id")
            and is_manager(staff) and _PUT_RIGHT.search(text or "")
            and len((text or "").split()) <= 16):
        return None
    write = last.get("write") or {}
    changed = str(last["id"])
    others = [t for t in find_theme(session=session, words=text or "") if str(t.id) != changed]
    if len(others) != 1:
        return None  # no other theme named, or several: the correction machinery asks
    from knowledge.themes.theme_writes import reverse_theme
    from knowledge.writes.pending import confirm, describe

    undone = reverse_theme(session=session, staff=staff, last=last)
    theme = others[0]
    meant = {**{k: v for k, v in write.items() if k != "then"},
             "theme_id": theme.id, "label": theme.label}
    if not undone.text.startswith("Undone"):
        return undone  # no longer the manager's to take back: said so, nothing else changes
    answer = confirm(meant, why=f"I took back the change just made ({describe(write)}).")
    answer.slots.update({"theme_id": str(theme.id), "last_write": None})
    return answer


def other_owner_meant(*, session: Session, staff: Staff, text: str | None,
                      last: dict[str, Any] | None) -> ChatAnswer | None:
    """ "no wait - jonas weber, sofia's got enough" right after an owner was given: that change
    taken back and the same role shown for the one other member of staff the message names,
    for a yes; None when the last write is no owner change or no one other person is named."""
    if not (isinstance(last, dict) and last.get("kind") == "theme_owner" and last.get("id")
            and is_manager(staff) and _PUT_RIGHT.search(text or "")):
        return None
    write = last.get("write") or {}
    meant = _owner_meant(session, text, write)
    if meant is None:
        return None
    from knowledge.themes.theme_writes import reverse_theme
    from knowledge.writes.pending import confirm, describe

    undone = reverse_theme(session=session, staff=staff, last=last)
    if not undone.text.startswith("Undone"):
        return undone
    answer = confirm(meant, why=f"I took back the change just made ({describe(write)}).")
    answer.slots.update({"theme_id": str(write.get("theme_id")), "last_write": None})
    return answer


def owner_after_no(*, session: Session, staff: Staff, text: str | None,
                   refused: dict[str, Any]) -> ChatAnswer | None:
    """ "no" to "Make Sofia Andersson business owner …? OK?", then "jonas weber, sofia's got
    enough": the same change shown for the other member of staff named; None otherwise."""
    if refused.get("kind") != "theme_owner" or not is_manager(staff):
        return None
    meant = _owner_meant(session, text, refused)
    if meant is None:
        return None
    from knowledge.writes.pending import confirm

    answer = confirm(meant)
    answer.slots["theme_id"] = str(refused.get("theme_id"))
    return answer


def _owner_meant(session: Session, text: str | None, write: dict[str, Any]
                 ) -> dict[str, Any] | None:
    """The owner change `write` for the one other member of staff a short message names (the
    same role; "wait, also X as solution owner" is one more change, not this one)."""
    from knowledge.themes.ownership import staff_in_text

    role = {"business_owner": "solution", "solution_owner": "business"}.get(
        str(write.get("role")), "")
    if (len((text or "").split()) > 16 or _ONE_MORE.search(text or "")
            or (role and role in (text or "").lower())):
        return None
    others = [p for p in staff_in_text(session=session, text=text or "")
              if p.id != write.get("owner_id")]
    if len(others) != 1:
        return None  # nobody else named, or several: the manager says it again
    return {**{k: v for k, v in write.items() if k != "then"},
            "owner_id": others[0].id, "owner_name": others[0].name}


def stated_status(*, session: Session, staff: Staff, text: str | None,
                  named_customer: bool) -> Theme | None:
    """The one theme a manager's message gives a status to when it names no customer ("the
    loan application one is solved since friday"); None otherwise."""
    from knowledge.themes.queries import find_theme
    from knowledge.themes.status_words import status_in

    if not is_manager(staff) or named_customer or status_in(text) is None:
        return None
    if _SOMEONE.search(text or "") or typed_ids(text):
        return None  # "called her, her card issue is resolved": a call, not a theme
    from knowledge.customers.in_text import named_in_full

    if named_in_full(session, staff, text or ""):
        return None  # "jonas weber: the app problem is fixed": that customer's, not the theme's
    found = find_theme(session=session, words=text or "")
    return found[0] if len(found) == 1 else None
