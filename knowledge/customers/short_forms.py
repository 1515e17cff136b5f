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
from typing import Any

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


def named_by_one_part(session: Any, staff: Any, text: str, full_name: str) -> bool:
    """The message names this customer by one part of the name alone, exactly ("marco wants
    to meet thursday", "rui reached"): no other word of it is a name part of the book, no id
    is typed, and the words beside it are no near-miss of anyone's name in the bank ("marco
    rosso" may be another book's Marco Rossi)."""
    from knowledge.customers.index import index_for
    from knowledge.customers.resolver import without_lone_particles

    tokens, ids = index_for(session=session, staff=staff).tokens_in_message(text)
    # "paula pas de réponse", "marco non risponde da ieri": a surname's particle standing
    # alone is an ordinary word of the message, no second name part
    exact = [t for t in without_lone_particles(tokens) if t.exact]
    parts = name_parts(full_name)
    if ids or len(exact) != 1 or len(parts) < 2 or exact[0].text not in (parts[0], parts[-1]):
        return False
    beside = [t.text for t in tokens if abs(t.at - exact[0].at) == 1 and not t.exact]
    return not any(_near_a_name(session, word) for word in beside)


def name_words_only(session: Any, staff: Any, name: str) -> str:
    """The NLU's name entity without the words it took in after the name ("johan picked up"
    → "johan"): trailing words that are no name part of the book and near no name in the bank
    are dropped, once at least one word before them is an exact name part; else as it was."""
    from knowledge.customers.index import index_for

    tokens, ids = index_for(session=session, staff=staff).tokens_in_message(name)
    words = _WORD.findall(fold(name))
    if ids or not tokens or not tokens[0].exact or tokens[0].at != 0:
        return name
    exact = {t.at for t in tokens if t.exact}
    keep = len(words)
    while keep > 1 and keep - 1 not in exact and not _near_a_name(session, words[keep - 1]):
        keep -= 1
    return name if keep == len(words) else " ".join(words[:keep])


def _near_a_name(session: Any, word: str) -> bool:
    """Some customer of the bank has a name part within a letter or two of `word`."""
    from difflib import SequenceMatcher

    from sqlalchemy import select

    from knowledge.models.bank import Customer

    if len(word) < 3:
        return False
    names = session.scalars(select(Customer.name).where(Customer.name.ilike(f"%{word[:3]}%")))
    return any(SequenceMatcher(None, word, part).ratio() >= 0.8
               for name in names for part in name_parts(name or ""))
