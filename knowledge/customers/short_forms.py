"""A customer called by a title and surname ("mrs visser", "Frau Richter", "Dr. Berg") or by a
short form of the first name ("kathi hoffmann" for Katharina, "alex" for Alexander).

Neither is the name as stored, so neither is ever taken at once: the one customer of the book
it fits is asked about by name ("did you mean Katharina Hoffmann? … OK?"). No nickname list
is installed, so a short form is read by a careful rule only: the first name's own beginning
(three letters at least), optionally with the diminutive ending -i, -y or -ie ("kathi",
"kathy", "katie" for Katharina); "birgit" is never a short form of Katharina.
"""

from __future__ import annotations

import re

from knowledge.customers.names import HONORIFICS, fold, name_parts

_WORD = re.compile(r"[^\W\d_]+")
_DIMINUTIVE_ENDINGS = ("ie", "i", "y")
MIN_STEM = 3


def is_short_form(typed: str, first_name: str) -> bool:
    """ "kathi" of "katharina", "alex" of "alexander": the first name's beginning, perhaps with
    a diminutive ending; never the name itself, never a different name."""
    typed, first = fold(typed), fold(first_name)
    if len(typed) < MIN_STEM or typed == first or typed[:MIN_STEM] != first[:MIN_STEM]:
        return False
    if first.startswith(typed):
        return True
    return any(typed.endswith(end) and len(typed) - len(end) >= MIN_STEM
               and first.startswith(typed[: -len(end)]) for end in _DIMINUTIVE_ENDINGS)


def called_informally(text: str, full_name: str) -> bool:
    """The message names this customer by their surname right after a title or a short form
    of their first name ("spoke with mrs visser", "caught up w kathi hoffmann")."""
    parts = name_parts(full_name)
    if len(parts) < 2:
        return False
    first, surname = parts[0], parts[-1]
    words = _WORD.findall(fold(text))
    for at, word in enumerate(words):
        if word != surname or at == 0:
            continue
        before = words[at - 1]
        if before in HONORIFICS or is_short_form(before, first):
            return True
    return False
