"""A manager's theme talk over several turns and several changes in one message.

- Several changes in one message ("make me business owner of card blocked and set it to in
  progress", "fingerprint theme: solution owner Tobias, business owner me", "mark it resolved
  and make Lena solution owner"): the change the message is read as, then each further one it
  states, carried in the write's `then` and shown for its own yes once the one before is made
  (knowledge.themes.theme_writes). Only a further change the words state in full is carried
  (a role and one member of staff, or a status): never a guess.
- A question about a theme read as a change ("instant transfer theme - status?", "who owns
  card blocked?"): its status and owners, and the theme becomes the one talked about, so the
  next "give it to Jonas Weber" or "mark it in progress" knows what "it" is.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.models.bank import Staff
from knowledge.models.themes import Theme
from knowledge.themes import ownership
from knowledge.themes.status_words import denied, status_in
from knowledge.writes.pending import describe

THEN = "then"

# One clause of a message: split at commas, semicolons, "and", "&", "+", full stops.
# ("i" is Polish "and", not the English "i will be …")
_CLAUSES = re.compile(r"\s*(?:[,;]|\.\s|\s(?:and|und|et|e|y|en|och|plus|also)\s|"
                      r"\si\s(?!(?:will|shall|can|am|take|do|own|become|be|would)\b)|"
                      r"\s[&+]\s)\s*", re.IGNORECASE)
_ROLE_WORDS = {"business_owner": re.compile(r"\bbusiness\b|\bbo\b", re.IGNORECASE),
               "solution_owner": re.compile(r"\bsolution\b|\bso\b\s*[:=]|\bso\s+(?=[A-Z])",
                                            re.IGNORECASE)}
# The asker: "me", or themself as the subject who takes a role ("i'll be business owner",
# "ich übernehme …", "je serai …", "ik word …", "jag tar …").
_ME = re.compile(r"\b(?:me|myself|mich|mij|mig|moi|mnie)\b|"
                 r"\bi(?:['’]ll|\s+will|\s+can|['’]m|\s+am)?\s+(?:be|become|take|own|handle|"
                 r"lead|do)\b|\blet me\b|\bich (?:übernehme|werde|bin|mache)\b|"
                 r"\bje (?:serai|prends|m['’]en occupe)\b|\bio (?:sarò|prendo)\b|"
                 r"\b(?:yo )?(?:seré|me encargo)\b|\bik (?:word|neem|ben)\b|"
                 r"\bja (?:będę|biorę)\b|\bjag (?:blir|tar|är)\b", re.IGNORECASE)
# Words that hand a theme to someone: with a role, a change of owner.
_HANDS = re.compile(r"\b(?:owner|owns?|assign\w*|give|hand|make|let|put)\b", re.IGNORECASE)
# A question about the theme rather than a change: "status?", "who owns …", "what's the …"
_ASKS = re.compile(r"\?\s*$|^\s*(?:who|what|what's|whats|which|how|is|any|wer|wie|qui|chi|"
                   r"quién|kto|wie|vem)\b", re.IGNORECASE)


def role_of(text: str | None, person: str | None) -> str | None:
    """The role said in the clause that names `person` when a message gives both roles ("sofia
    is business owner, i'll do the solution side myself": Sofia's role is business owner; with
    `person` None, the asker's clause: "me", "myself"). None when the message names one role, or
    the person's clause names none or both: the caller reads the message as a whole."""
    clauses = [c for c in _CLAUSES.split(" ".join((text or "").split())) if c and c.strip()]
    if sum(1 for said in _ROLE_WORDS.values() if said.search(text or "")) < 2:
        return None
    if person:
        name = re.compile(rf"(?<!\w){re.escape(person.strip())}(?!\w)", re.IGNORECASE)
        theirs = [c for c in clauses if name.search(c)]
    else:
        theirs = [c for c in clauses if _ME.search(c)]
    if len(theirs) != 1:
        return None
    roles = [role for role, said in _ROLE_WORDS.items() if said.search(theirs[0])]
    return roles[0] if len(roles) == 1 else None


def asks_about(text: str | None) -> bool:
    """ "instant transfer theme - status?", "who owns card blocked": a question, no change."""
    return bool(_ASKS.search(text or "")) and not denied(text)


def state_of(session: Session, theme: Theme, *, then: str | None = None) -> ChatAnswer:
    """The theme's status and owners; the theme becomes the one talked about."""
    def name(staff_id: str | None) -> str:
        person = session.get(Staff, staff_id) if staff_id else None
        return f"{person.name} ({person.id})" if person else "nobody yet"

    text = (f"Theme #{theme.id} “{theme.label}” is {str(theme.status).replace('_', ' ')}; "
            f"business owner: {name(theme.business_owner_id)}; solution owner: "
            f"{name(theme.solution_owner_id)}.")
    text += f" {then}" if then else (" To change it, say e.g. “mark it in progress” or “make "
                                     "<name> solution owner”.")
    return ChatAnswer(text, None, {"theme_id": str(theme.id)})


def _without_label(text: str, theme: Theme) -> str:
    """The message without the theme's own words (a label may hold "open" or "closed")."""
    out = text
    for word in sorted(set(theme.label.lower().split()), key=len, reverse=True):
        if len(word) > 2:
            out = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", out, flags=re.IGNORECASE)
    return out


def _person_in(session: Session, staff: Staff, clause: str) -> Staff | None:
    """The one member of staff a clause names ("business owner me": the asker), else None."""
    if _ME.search(clause):
        return staff
    found = ownership.staff_in_text(session=session, text=clause)
    return found[0] if len(found) == 1 else None


def further_changes(*, session: Session, staff: Staff, theme: Theme, text: str | None,
                    first: dict[str, Any]) -> list[dict[str, Any]]:
    """The changes the message states beyond `first` (the one it was read as), in order."""
    words = _without_label(" ".join((text or "").split()), theme)
    base = {"theme_id": theme.id, "label": theme.label}
    more: list[dict[str, Any]] = []
    if first.get("kind") == "theme_owner":
        status = None if denied(words) else status_in(words)
        if status is not None:
            more.append({"kind": "theme_status", **base,
                         "status": ownership.normalise_status(status)})
    clauses = [c for c in _CLAUSES.split(words) if c and c.strip()]
    for role, said in _ROLE_WORDS.items():
        if first.get("kind") == "theme_owner" and first.get("role") == role:
            continue
        mine = [c for c in clauses if said.search(c)]
        if len(mine) != 1 or (first.get("kind") == "theme_status" and not _HANDS.search(words)):
            continue
        person = _person_in(session, staff, _ROLE_WORDS[role].sub(" ", mine[0]))
        if person is None or (first.get("kind") == "theme_owner" and len(clauses) < 2):
            continue
        more.append({"kind": "theme_owner", **base, "owner_id": person.id,
                     "owner_name": person.name, "role": role})
    return more


def ask_next(stored: ChatAnswer, write: dict[str, Any]) -> ChatAnswer:
    """After a change is made: the next one the same message stated, shown for a yes."""
    rest = [w for w in write.get(THEN) or [] if isinstance(w, dict)]
    last = stored.slots.get("last_write")
    if not rest or not isinstance(last, dict) or not last.get("id"):
        return stored
    if isinstance(last.get("write"), dict):
        last["write"] = {k: v for k, v in last["write"].items() if k != THEN}
    following = {**rest[0], THEN: rest[1:]} if rest[1:] else dict(rest[0])
    shown = describe(following)
    stored.text = (f"{stored.text.rstrip()}\nYou also asked: "
                   f"{shown[0].lower()}{shown[1:]}. OK?")
    stored.slots["pending_write"] = following
    return stored
