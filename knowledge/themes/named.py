"""Was the theme a change is about named in the message, and named alone?

A theme owner or status change is made at once only when the message names its theme by
number or by a word of its label that no other theme's label has. Only a label word shared
with another theme, or the theme in focus, is shown first ("… OK?"). A theme found only by one
of its keywords or by resemblance ("the branch theme" finding "marketing emails", whose
statements mention branches) is offered by number and nothing changes: a yes must never
put a look-alike through.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.themes import Theme

# Label words that name nothing by themselves ("instant transfer not instant", "loan
# application took far"), and the words of the request itself.
_PLAIN = frozenset("""
the and not for with from into too far took longer than very more less any all its his her
their our your new old set mark make put theme themes issue issues topic one status progress
open opened resolved resolve done fixed closed close owner owners business solution
""".split())


def label_words(label: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", (label or "").lower()) if w not in _PLAIN}


def _typed(words: str | None, text: str | None) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", f"{words or ''} {text or ''}".lower()))


def _by_number(words: str | None, text: str | None, theme: Any) -> bool:
    return any(candidate and re.search(rf"#?\b{theme.id}\b", candidate.lower())
               for candidate in (words, text))


def theme_named(words: str | None, text: str | None, theme: Any) -> bool:
    """The theme was named in this message (by its number or a word of its label)."""
    return _by_number(words, text, theme) or bool(label_words(theme.label) & _typed(words, text))


def named_alone(session: Session, words: str | None, text: str | None, theme: Any) -> bool:
    """Named by its number, or by a word of its label that no other theme's label has."""
    if _by_number(words, text, theme):
        return True
    said = label_words(theme.label) & _typed(words, text)
    if not said:
        return False
    others = session.scalars(select(Theme.label).where(Theme.id != theme.id,
                                                       Theme.emerging.is_(False)))
    shared = set().union(*(label_words(label) for label in others))
    return bool(said - shared)


def looked_alike(theme: Any, words: str | None, text: str | None, focus: int | None
                 ) -> str | None:
    """The offer to make instead of a change when the theme was found only by a keyword or by
    resemblance (not named, and not the theme in focus); None when it may go ahead."""
    if theme_named(words, text, theme) or (focus and int(focus) == theme.id):
        return None
    return (f"No theme is called exactly that; the closest is “{theme.label}” (#{theme.id}). "
            "Say its number if you mean it; nothing was changed.")
