"""What was sold, when a correction names another product ("sorry, it was the bond not the
fund", "make that the ISA", "the pension, not the insurance").

A product is recognised by its words only: the bank's own catalogue (product names and
categories) and the product nouns advisors use. A correction that names a product for a call
logged as a sale changes the product (never the customer: "bond" is no one's name); the
product it negates must be the one logged, otherwise nothing is changed and it is asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Product

# Product nouns advisors use that a catalogue may not spell out.
_COMMON = frozenset(
    "fund funds bond bonds isa etf etfs pension insurance mortgage loan card savings deposit "
    "shares share equity equities portfolio annuity cover policy account plan".split())
COMMON_PRODUCT_WORDS = _COMMON
# Catalogue words that say nothing about which product (too generic alone).
_GENERIC = frozenset("the and for with of rate fixed variable months years year self directed "
                     "account plan".split())
_NEGATED = re.compile(
    r"\b(?:not|instead of|rather than|nicht)\s+(?:the\s+|a\s+|an\s+|that\s+)?"
    r"(?P<neg>[^\W\d_][\w' -]*?)\s*(?=[,.;!?]|\bbut\b|$)", re.IGNORECASE)
# What stands around the product in a correction ("sorry, it was the …").
_FILLER = frozenset(
    "sorry oops no nope nah actually wait correction it it's its was is were that this make "
    "should be have been the a an i meant mean sold bought she he they took signed for up "
    "wrong product my bad mistake not instead of rather than pls please s".split())


@dataclass(frozen=True)
class ProductCorrection:
    new: str  # the product as typed ("bond")
    negated: str | None  # the product it replaces, as typed ("fund"), if said


def product_words(session: Session) -> frozenset[str]:
    """Words that name a product: the catalogue's names and categories, and common nouns."""
    words = set(_COMMON)
    for name, category in session.execute(select(Product.name, Product.category)):
        for word in re.findall(r"[^\W\d_]+", f"{name} {category}".replace("_", " ").lower()):
            if len(word) >= 3 and word not in _GENERIC:
                words.add(word)
    return frozenset(words)


def product_correction(session: Session, text: str | None) -> ProductCorrection | None:
    """The product a correction names instead of the one logged, or None when it names none."""
    words = " ".join((text or "").split())
    known = product_words(session)
    negated = _NEGATED.search(words)
    rest = words[: negated.start()] + " " + words[negated.end():] if negated else words
    kept = [w for w in re.findall(r"[^\W\d_]+", rest.lower()) if w not in _FILLER]
    # Only product words ("the green bond" is asked): "a loan, follow up next week" carries
    # more than a product, and goes the way of any other correction.
    if not kept or not all(w in known or w in _GENERIC for w in kept) or len(kept) > 4:
        return None
    neg = negated.group("neg").strip() if negated else None
    if neg and not any(w in known for w in re.findall(r"[^\W\d_]+", neg.lower())):
        return None  # "the bond, not maria": not a product correction
    return ProductCorrection(" ".join(kept), neg)


def same_product(logged: str | None, negated: str | None) -> bool:
    """The negated product is the one logged (a word in common), or nothing was negated."""
    if not negated:
        return True
    if not logged:
        return False
    return bool(set(re.findall(r"[^\W\d_]+", logged.lower()))
                & set(re.findall(r"[^\W\d_]+", negated.lower())))
