"""A pronoun whose referent this conversation leaves open: "how did the call with Jiří Dvořák
go?" asked while Hannah Zimmermann's profile was the customer in focus, answered "she wants a
meeting thursday". The pronoun may point at either; nothing is stored at once, and which
customer is asked (both offered; the pick stores the call as said). A pronoun stored at once
is one whose referent is the only customer it can be: the one asked about, with no other
customer in focus, or the one the words of the question fit ("and her dad stefano?" after
Giulia's profile, then "he wants a call back": "her" is Giulia, "dad" and "he" Stefano).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.customers.pronouns import POINTER
from knowledge.writes.pending import customer_name


def unclear_pointer(session: Session, pending: dict[str, Any], focus: str | None,
                    text: str | None, outcome: str | None = None,
                    follow_up: str | None = None) -> ChatAnswer | None:
    """The question when the answer to "how did the call with X go?" points with a pronoun
    and another customer is in focus; None when the pronoun can only mean X (or there is
    none)."""
    asked = str(pending.get("customer_id") or "")
    found = POINTER.search(text or "")
    if not asked or not focus or focus == asked or found is None:
        return None
    if _fits_only_the_one_asked(found.group(0), str(pending.get("said") or "")):
        return None
    options = [asked, focus]
    names = [f"{customer_name(session, c)} ({c})" for c in options]
    waiting = {"kind": "call", "text": text, "outcome_entity": outcome,
               "follow_up_entity": follow_up, "as_of": pending.get("as_of"),
               "candidates": options}
    return ChatAnswer(
        f"Who do you mean by “{found.group(0)}”: {names[0]} or {names[1]}? Nothing is logged "
        f"yet.\n1. {names[0]}\n2. {names[1]}\nSay the number or the customer id.",
        {"type": "customer_choice", "choices": [
            {"customer_id": c, "name": customer_name(session, c)} for c in options]},
        {"customer_candidates": options, "pending_write": waiting})


_MALE = re.compile(r"\b(?:he|him|his|er|ihn|ihm|lui)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|her|hers|sie|ihr|lei|elle)\b", re.IGNORECASE)
# "her dad stefano", "his wife": whose relative (the customer in focus), and which one.
_RELATION = re.compile(r"\b(?P<of>his|her)\s+(?P<rel>[^\W\d_]+)\b", re.IGNORECASE)


def _gender(words: str) -> str | None:
    male, female = bool(_MALE.search(words)), bool(_FEMALE.search(words))
    return "m" if male and not female else "f" if female and not male else None


def _fits_only_the_one_asked(pointer: str, said: str) -> bool:
    """The pronoun fits the customer asked about and not the one in focus, by the words the
    question was asked for ("and her dad stefano?": the one in focus is a "her", the one
    asked about a "dad")."""
    from knowledge.customers.relatives import _FEMALE as FEMALE_RELATION
    from knowledge.customers.relatives import _MALE as MALE_RELATION

    meant = _gender(pointer)
    found = _RELATION.search(said)
    if meant is None or found is None:
        return False
    focus = "m" if found.group("of").lower() == "his" else "f"
    relation = found.group("rel").lower()
    asked = ("m" if MALE_RELATION.fullmatch(relation) else
             "f" if FEMALE_RELATION.fullmatch(relation) else None)
    return asked == meant and focus != meant


# A relative named beside the customer asked about, in the advisors' languages: (possessive,
# relation) → the English the household reader takes ("ihren mann" → "her husband").
_SPOUSE = {"husband": "m", "mann": "m", "ehemann": "m", "marito": "m", "mari": "m",
           "marido": "m", "esposo": "m", "mąż": "m", "maz": "m", "man": "m", "make": "m",
           "wife": "f", "frau": "f", "ehefrau": "f", "moglie": "f", "femme": "f", "esposa": "f",
           "mujer": "f", "żona": "f", "zona": "f", "vrouw": "f", "fru": "f", "hustru": "f"}
_NAMED_RELATIVE = re.compile(r"\b(?:his|her|their|ihren?|ihrem|seinen?|seinem|sua|suo|sa|son|"
                             r"su|jej|jego|haar|zijn|hennes|hans)\s+(?P<rel>[^\W\d_]+)\b",
                             re.IGNORECASE)


def relative_pointed(session: Session, staff: Any, pending: dict[str, Any],
                     text: str | None) -> tuple[str, str] | None:
    """(the relative's id, why) when the answer to "how did the call with X go?" points with
    a pronoun that fits the spouse the question named beside X and not X ("zeig mir katharina
    hartmann und ihren mann paweł", then "er war nicht erreichbar": Paweł); None otherwise."""
    from knowledge.call_reports.relative_calls import relative_instead

    asked = str(pending.get("customer_id") or "")
    found = POINTER.search(text or "")
    named = _NAMED_RELATIVE.search(str(pending.get("said") or ""))
    meant = _gender(found.group(0)) if found else None
    if not asked or meant is None or named is None:
        return None
    relation = _SPOUSE.get(named.group("rel").lower())
    if relation != meant:
        return None
    from knowledge.call_reports.call_writes import Who

    english = "her husband" if relation == "m" else "his wife"
    first = re.match(r"\s*([^\W\d_]{2,})", str(pending.get("said"))[named.end():])
    meant_id = _household_member_named(session, staff, asked, first.group(1)) if first else None
    if meant_id is None:
        who = relative_instead(session=session, staff=staff, who=Who(
            "found", asked, customer_name(session, asked)), text=f"{english} picked up",
            focus=asked)
        if who.status != "found" or not who.customer_id or who.customer_id == asked:
            return None
        meant_id = who.customer_id
    name = customer_name(session, meant_id)
    return meant_id, (f"(“{found.group(0)}” read as {name} ({meant_id}), the "
                      f"{named.group('rel')} named beside {customer_name(session, asked)}; "
                      "please check.)")


def _household_member_named(session: Session, staff: Any, customer_id: str, first: str
                            ) -> str | None:
    """The one member of the customer's household (in the sender's book) with that first
    name ("ihren mann paweł"): named, so no age rule is needed; None otherwise."""
    from sqlalchemy import select

    from knowledge.access.policy import visible_customers
    from knowledge.customers.names import fold, name_parts
    from knowledge.models.bank import Customer

    anchor = session.get(Customer, customer_id)
    if anchor is None or not anchor.household_id:
        return None
    rows = session.execute(select(Customer.id, Customer.name).where(
        Customer.household_id == anchor.household_id, Customer.id != anchor.id,
        visible_customers(staff))).all()
    hits = [cid for cid, name in rows if (name_parts(name) or ("",))[0] == fold(first)]
    return hits[0] if len(hits) == 1 else None
