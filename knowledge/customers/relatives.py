"""A customer named by their relation to another ("his daughter who also banks with us", "stefano
ferrari's wife", "spoke to her son"): a different person from the one named or in focus.

When the relative is who the call was with, the write must never land on the customer the
relation points from. The household in the bank's data (`Customer.household_id`) says who
lives with them; birth dates tell a generation apart where they are known (a daughter or son
is at least 15 years younger, a parent 15 years older, a spouse or sibling within 20). One
household member of the sender's book that fits is offered (shown for a yes); none or several
is asked, never guessed. A business partner is nobody's household: always asked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
from knowledge.models.bank import Customer, Staff

_YOUNGER = "daughter|son|kid|child|stepdaughter|stepson|tochter|sohn"
_OLDER = "mother|mum|mom|father|dad|parent|mutter|vater"
_SAME = "wife|husband|spouse|partner|brother|sister|sibling|ehefrau|ehemann"
_OUTSIDE = "business partner|colleague|accountant|lawyer"
# Relations of a customer, for every reader that must tell the customer from a relative
# (knowledge.writes.unsure's third-party class uses the same words).
RELATION_WORDS = f"{_OUTSIDE}|{_YOUNGER}|{_OLDER}|{_SAME}|mum|mom|kids"
_POSSESSOR = (r"(?:his|her|their|the (?:customer|client)['’]?s|the|"
              r"(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*['’]s?)")
_RELATIVE = re.compile(
    rf"^\s*(?:\d{{1,2}}[:.]\d{{2}}\s*[-–—:]?\s*)?(?:{_POSSESSOR}\s+(?P<rel>{RELATION_WORDS})\b|"
    rf"(?:.*?\b(?:spoke|talked|speaking)\s+(?:to|with)|.*?\b(?:called|rang|reached|met|saw))\s+"
    rf"{_POSSESSOR}\s+(?P<rel2>{RELATION_WORDS})\b)",
    re.IGNORECASE)
_GENERATION = 15 * 365
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b|\b(?:he|she)['’]", re.IGNORECASE)
# A relation's own pronouns: "spoke to the husband, he wants to come in fri" says what the
# husband wants; "her daughter rang, he wants a meeting" is about someone else.
_MALE = re.compile(r"husband|son|stepson|father|dad|brother|sohn|vater|ehemann")
_FEMALE = re.compile(r"wife|daughter|stepdaughter|mother|mum|mom|sister|tochter|mutter|ehefrau")
_OWN = {"he": _MALE, "him": _MALE, "his": _MALE, "she": _FEMALE, "her": _FEMALE}


@dataclass(frozen=True)
class Relative:
    relation: str  # as typed ("daughter")
    words: str  # the words that name them ("His daughter")
    candidates: tuple[str, ...]  # household members of the book that fit, by id


def relative_meant(text: str | None) -> tuple[str, str] | None:
    """(relation, words) when the call was with a relative of the customer named or in focus
    ("his daughter … wants a meeting", "spoke to stefano's wife"); None otherwise ("spoke to
    freja berg about her husband" was with Freja)."""
    match = _RELATIVE.match(" ".join((text or "").split()))
    if match is None:
        return None
    relation = (match.group("rel") or match.group("rel2")).lower()
    return relation, match.group(0).strip()


def relatives_of(*, session: Session, staff: Staff, customer_id: str, text: str | None
                 ) -> Relative | None:
    """The household members of `customer_id` (in the sender's book) the relation can be;
    None when the message names no relative as the one the call was with."""
    meant = relative_meant(text)
    if meant is None:
        return None
    relation, words = meant
    rest = " ".join((text or "").split())[len(words):]
    if _about_someone_else(relation, rest):
        # "X's wife called, he's in hospital, try him next month": the relative passed on a
        # message about someone; who the call or plan is with is asked, never guessed.
        return Relative(relation, words, ())
    anchor = session.get(Customer, customer_id)
    if anchor is None or not anchor.household_id or re.fullmatch(_OUTSIDE, relation):
        return Relative(relation, words, ())
    members = session.execute(
        select(Customer.id, Customer.birth_date).where(
            Customer.household_id == anchor.household_id, Customer.id != anchor.id,
            visible_customers(staff)).order_by(Customer.id)).all()
    fitting = tuple(cid for cid, born in members
                    if _fits(relation, anchor.birth_date, born))
    return Relative(relation, words, fitting)


def _about_someone_else(relation: str, rest: str) -> bool:
    """The words after the relative carry a pronoun that is not the relative's own."""
    for found in _PRONOUN.finditer(rest):
        pronoun = found.group(0).lower().rstrip("'’")
        own = _OWN.get(pronoun)
        if own is None or not own.fullmatch(relation):
            return True
    return False


def _fits(relation: str, anchor: dt.date | None, other: dt.date | None) -> bool:
    if anchor is None or other is None:
        return True  # no birth date: the household alone says who it may be
    gap = (other - anchor).days  # > 0: the relative is younger
    if re.fullmatch(_YOUNGER, relation):
        return gap >= _GENERATION
    if re.fullmatch(_OLDER, relation):
        return gap <= -_GENERATION
    return abs(gap) < 20 * 365
