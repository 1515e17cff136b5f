"""Words of a call report that are no one's name, in any of the advisors' languages.

The NLU tags ordinary words of a report as a customer's name ("svarade", "przepraszam",
"Mailbox", "kein Interesse"), and German writes every noun capitalised ("sie möchte einen
Termin übermorgen"), so a capitalised word is no sign of a name there. A word the outcome
and date readers (knowledge.call_reports.said) took, an apology that opens a correction
("przepraszam", "scusa", "förlåt") or a stop word of the advisors' languages is no name,
unless some customer of the bank has it as a name part ("Per", "Ella", "Dan").
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from knowledge.call_reports.correction_words import SORRY
from knowledge.call_reports.said import (
    _COMPLAINT_RESOLVED,
    _FOLLOW_UP,
    _NO_ANSWER,
    _NOT_INTERESTED,
    _REACHED,
    _SALE,
    read_call,
)
from knowledge.call_reports.sale_words import PRODUCT_WORD, SALE_READ
from knowledge.call_reports.shorthand import spelt_out
from knowledge.customers.in_text import no_one_is_called, not_a_name, unknown_name_words
from knowledge.customers.names import fold
from knowledge.languages import alternatives

# "sorry", "wait" and "wrong" opening a correction ("nee sorry, falsch: sie war erreicht")
_WRONG = ["falsch", "fel", "sbagliato", "fout", "verkeerd", "źle", "faux", "equivocado", "wrong"]
_APOLOGY = re.compile(rf"(?:{alternatives(SORRY + _WRONG)})", re.IGNORECASE)
# A product and the word after it ("Assurance Vie", "seguro de Vida"): a customer's name part
# stays one (no_name_here asks the bank's names first)
_PRODUCT_NAME = re.compile(rf"{PRODUCT_WORD.pattern}(?:\s+(?:de\s+|d['’]|di\s+)?[^\W\d_][\w'’-]*)?",
                           re.IGNORECASE)
_ANY_DAY = dt.date(2000, 1, 3)  # only which words make the date phrase matters here


def _folded_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", fold(text))}


def report_words(text: str | None) -> frozenset[str]:
    """The words (folded) that the outcome and date readers took from the message."""
    words = spelt_out(" ".join((text or "").split()))
    taken: set[str] = set()
    for pattern in (_NO_ANSWER, _NOT_INTERESTED, _FOLLOW_UP, _REACHED, _COMPLAINT_RESOLVED,
                    _SALE, SALE_READ):  # "nimmt den Rentenfonds": the product no name
        for match in pattern.finditer(words):
            taken |= _folded_words(match.group(0))
    for product in _PRODUCT_NAME.finditer(words):  # "wegen Sparplan", "l'Assurance Vie"
        taken |= _folded_words(product.group(0))
    date_words = read_call(words, _ANY_DAY).date_words
    if date_words:
        taken |= _folded_words(date_words)
    return frozenset(taken)


def no_name_here(session: Session, name: str, text: str | None) -> bool:
    """The words tagged as a name are a pronoun, a time word, or each an ordinary word of this
    report (an outcome or date word, an apology, a stop word) that no customer is called."""
    if not_a_name(name):
        return True
    taken = report_words(text)
    parts = re.findall(r"[^\W\d_]+", name)
    return bool(parts) and all(_plain_word(session, p, taken) for p in parts)


def _plain_word(session: Session, part: str, taken: frozenset[str]) -> bool:
    from knowledge.customers.index import bank_index
    from knowledge.customers.names import name_parts

    if any(p in bank_index(session=session).postings for p in name_parts(part)):
        return False  # some customer is called that
    return fold(part) in taken or bool(_APOLOGY.fullmatch(part)) or no_one_is_called(
        session, part)


def name_words_left(session: Session, text: str) -> list[str]:
    """The capitalised words that may be a name no customer has, without the report's own
    words ("Termin", "Mailbox", "Interesse") where no customer is called that."""
    taken = report_words(text)
    return [w for w in unknown_name_words(text) if not (
        (fold(w) in taken or _APOLOGY.fullmatch(w)) and _plain_word(session, w, taken))]
