"""A manager asking which themes nobody owns yet ("which themes still have nobody on them?",
"themes without an owner", "welche Themen haben keinen Owner?", "quels thèmes n'ont personne
?"): the themes with neither a business nor a solution owner, biggest first. A read: nothing
changes.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer

_I = re.IGNORECASE
_THEMES = re.compile(r"\b(?:themes?|topics?|themen|thema|thèmes?|temi|tema[s]?|tematy?|"
                     r"thema['’]?s|teman?|problems)\b", _I)
_NOBODY = re.compile(
    r"\b(?:nobody|no ?one|no owners?|no-one|without (?:an? |any )?owners?|unowned|unassigned|"
    r"not (?:yet )?(?:owned|assigned)|(?:has|have) no (?:owner|one)|niemand\w*|keinen? "
    r"(?:owner|besitzer|verantwortlich\w*)|ohne (?:owner|verantwortlich\w*)|personne|"
    r"sans (?:propriétaire|responsable|owner)|nessuno|senza (?:owner|responsabile)|nadie|"
    r"sin (?:dueño|responsable|owner)|nikt\w*|bez (?:właściciela|opiekuna|ownera)|"
    r"geen (?:eigenaar|owner)|ingen (?:ägare|ansvarig|owner)|ingen)\b", _I)


def asks_for_unowned(text: str | None) -> bool:
    """The words ask which themes have no owner (a question, not a change)."""
    words = text or ""
    return bool(_THEMES.search(words) and _NOBODY.search(words))


def unowned_answer(*, session: Session, as_of: dt.date) -> ChatAnswer:
    from knowledge.themes.queries import summaries

    themes = sorted((s for s in summaries(session=session, as_of=as_of)
                     if not (s.business_owner or s.solution_owner)),
                    key=lambda s: (-s.size, s.id))
    if not themes:
        return ChatAnswer("Every theme has an owner.")
    lines = ["Themes nobody owns yet:"]
    lines += [f"{n}. {s.label} (#{s.id}, {s.status.replace('_', ' ')}, {s.size} items)"
              for n, s in enumerate(themes, 1)]
    return ChatAnswer("\n".join(lines), {"type": "themes_summary",
                                         "themes": [s.as_dict() for s in themes]})
