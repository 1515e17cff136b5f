"""Which customer does the advisor mean? Id, name (typos, accents, partial) or a choice.

Only the asker's book is searched (`knowledge.access.policy.visible_customers`). A customer of
another book resolves exactly like an unknown one — the caller sees `not_found` either
way — and its id is reported in `denied_ids` for the audit log only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
from knowledge.customers.index import NameIndex, QueryToken, bank_index, index_for
from knowledge.customers.names import NAME_PARTICLES, fold, name_parts
from knowledge.customers.typed_ids import typed_ids
from knowledge.models.bank import Customer, Staff
from knowledge.text_input import well_formed

MAX_CHOICES = 5
# Two candidates whose similarity differs by less than this are both offered.
TIE_MARGIN = 5.0

_ORDINAL_WORDS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "two": 2,
    "third": 3,
    "3rd": 3,
    "three": 3,
    "fourth": 4,
    "4th": 4,
    "four": 4,
    "fifth": 5,
    "5th": 5,
    "five": 5,
}
_NUMBER = re.compile(r"(?<![\w])(\d{1,2})(?:st|nd|rd|th)?(?![\w])")


@dataclass(frozen=True)
class Resolution:
    status: Literal["found", "ambiguous", "not_found"]
    customer_id: str | None = None
    candidates: tuple[str, ...] = ()  # ids, best first, at most MAX_CHOICES
    total_matches: int = 0
    denied_ids: tuple[str, ...] = field(default=(), repr=False)
    named: bool = True  # False: the request held no id and nothing that looks like a name
    # How sure a "found" is: "id", "loose_id" (an id typed loosely: "c45", "cust no. 45"),
    # "name" (full name as spelt), "typo" (full name, misspelt), "partial" (only a first name
    # or a surname matched: it may be someone else).
    certainty: str = "id"

    @classmethod
    def found(cls, customer_id: str) -> Resolution:
        return cls("found", customer_id=customer_id, candidates=(customer_id,), total_matches=1)


NOT_FOUND = Resolution("not_found")


def resolve_customer(
    *,
    session: Session,
    staff: Staff,
    customer_id: str | None = None,
    name: str | None = None,
    text: str | None = None,
    text_exact_only: bool = False,
) -> Resolution:
    """Resolve an id, else a name (an NLU entity), else the raw message, in the asker's book.

    `text_exact_only`: take only exactly spelt names from the raw message (follow-ups).
    """
    customer_id, name, text = (well_formed(v) if v else v for v in (customer_id, name, text))
    denied: list[str] = []
    named = bool(customer_id or name)
    if customer_id:
        found = _visible_id(session=session, staff=staff, customer_id=customer_id.strip())
        if found:
            return Resolution.found(found)
        denied += _existing_ids(session=session, ids=[customer_id.strip()])
        loose = _loose_id(session=session, staff=staff, text=customer_id, denied=denied)
        if loose is not None:
            return loose
    index = index_for(session=session, staff=staff)
    if name:
        tokens = without_lone_particles(index.tokens_in_name(name))
        resolution = _by_name(index, tokens, whole=True)
        if resolution.status != "not_found":
            return _not_someone_elses(session, tokens, resolution)
        denied += _exact_name_elsewhere(session=session, staff=staff, name=name)
    if text:
        tokens, id_words = index.tokens_in_message(text)
        for word in id_words:
            found_id = index.customer_id_in(word)
            if found_id:
                return Resolution.found(found_id)
        denied += _existing_ids(session=session, ids=id_words)
        loose = _loose_id(session=session, staff=staff, text=text, denied=denied)
        if loose is not None:
            return loose
        if text_exact_only:
            tokens = [t for t in tokens if t.exact]
        tokens = without_lone_particles(tokens)  # "me equivoqué de cliente": no "De Luca"
        named = named or bool(tokens or id_words)
        resolution = _by_name(index, tokens)
        if (resolution.status == "found" and resolution.certainty == "name"
                and not _written_together(index, tokens, resolution.customer_id or "")):
            # "the koch household: wolfgang n/a, jan reached": "jan" and "koch" apart are no
            # full name written out; the one they fit is offered, never taken at once
            resolution = Resolution("ambiguous", candidates=resolution.candidates,
                                    total_matches=1, certainty="partial")
        if resolution.status == "found" and resolution.certainty == "partial" and (
                _next_to_a_stranger(session, index, tokens, resolution.customer_id or "")):
            # "tell me about Aleksandra Nowak": one part matches my Aleksandra Zieliński, the
            # word next to it matches nobody of hers: another person, offered, never taken.
            resolution = Resolution("ambiguous", candidates=resolution.candidates,
                                    total_matches=1, certainty="partial")
        if resolution.status != "not_found":
            return _not_someone_elses(session, tokens, resolution)
    return Resolution("not_found", denied_ids=tuple(dict.fromkeys(denied)), named=named)


def without_lone_particles(tokens: list[QueryToken]) -> list[QueryToken]:
    """The tokens but a surname's particle ("de", "van", "la") with no other name part of the
    message beside it: on its own it is an ordinary word, never a customer's name."""
    beside = {t.at for t in tokens if t.exact and t.text not in NAME_PARTICLES}
    return [t for t in tokens if t.text not in NAME_PARTICLES
            or beside & {t.at - 1, t.at + 1, t.at + 2}]


def _loose_id(*, session: Session, staff: Staff, text: str, denied: list[str]
              ) -> Resolution | None:
    """The one id the text types loosely ("c45", "cust 000045") when it is in the book; two ids
    typed, or one of another book (added to `denied`), resolve to nobody here."""
    typed = typed_ids(text)
    if len(typed) != 1:
        return None
    reading = typed[0].customer_id
    if not _visible_ids(session=session, staff=staff, ids=[reading]):
        denied += _existing_ids(session=session, ids=[reading])
        return None
    return Resolution("found", customer_id=reading, candidates=(reading,), total_matches=1,
                      certainty="id" if typed[0].exact else "loose_id")


def _not_someone_elses(session: Session, tokens: Sequence[QueryToken], resolution: Resolution
                       ) -> Resolution:
    """A misspelt match ("Tomasz Braun" for my Thomas Braun) when the name as typed is the
    exact full name of someone else in the bank: that person was meant, so my look-alike is
    offered, never taken."""
    if resolution.status != "found" or resolution.certainty != "typo":
        return resolution
    exact = [t for t in tokens if t.text in bank_index(session=session).postings]
    if len(exact) < 2:
        return resolution
    hits, _ = bank_index(session=session).best_matches(exact, margin=0.5, limit=3)
    if any(h.complete and h.exact and h.customer_id != resolution.customer_id for h in hits):
        return Resolution("ambiguous", candidates=resolution.candidates, total_matches=1,
                          certainty="partial")
    return resolution


def choose_candidate(
    *,
    session: Session,
    staff: Staff,
    candidates: Sequence[str],
    ordinal: str | int | None = None,
    text: str | None = None,
) -> Resolution:
    """The advisor's answer to a numbered choice: "the second one", "2", an id, a city.

    Every candidate is re-checked against the book: the slot comes from the client.
    """
    candidates = [well_formed(c) for c in candidates]
    text = well_formed(text) if text else text
    ordinal = well_formed(ordinal) if isinstance(ordinal, str) else ordinal
    visible = _visible_ids(session=session, staff=staff, ids=candidates)
    allowed = [c for c in candidates if c in visible]
    number = _ordinal(ordinal) or ordinal_in(text or "")
    if number is not None and allowed:
        if number == -1:
            return Resolution.found(allowed[-1])
        if 1 <= number <= len(allowed):
            return Resolution.found(allowed[number - 1])
    if text and allowed:
        picked = _distinguishing_detail(session=session, ids=allowed, text=text)
        if picked:
            return Resolution.found(picked)
    if allowed:
        return Resolution("ambiguous", candidates=tuple(allowed), total_matches=len(allowed))
    return NOT_FOUND


def _by_name(index: NameIndex, tokens: Sequence[QueryToken], *, whole: bool = False
             ) -> Resolution:
    """`whole`: the tokens are the name as given (an entity), so each word must match: "Aleksandra
    Nowak" is not Aleksandra Zieliński. A match on one part only is offered, never taken."""
    if not tokens:
        return NOT_FOUND
    hits, total = index.best_matches(tokens, margin=TIE_MARGIN, limit=MAX_CHOICES)
    if not hits:
        return NOT_FOUND
    every_word = not whole or hits[0].matched >= len({t.text for t in tokens})
    if total == 1 and every_word:
        hit = hits[0]
        certainty = "name" if hit.exact and hit.complete else (
            "typo" if hit.complete else "partial")
        return Resolution("found", customer_id=hit.customer_id, candidates=(hit.customer_id,),
                          total_matches=1, certainty=certainty)
    if not every_word and len(tokens) > 1:
        # Some words of a full name match nobody: a different person with a shared first name
        # or surname is offered as a choice (asking), never resolved silently.
        return Resolution("ambiguous", candidates=tuple(h.customer_id for h in hits),
                          total_matches=total, certainty="partial")
    return Resolution(
        "ambiguous", candidates=tuple(h.customer_id for h in hits), total_matches=total
    )


def _written_together(index: NameIndex, tokens: Sequence[QueryToken], customer_id: str
                      ) -> bool:
    """The words of this customer's name stand side by side in the message, in any order
    ("anna lange", "lange, anna"): as many in a row as the name has parts."""
    hits = sorted({t.at for t in tokens if t.at >= 0 and index.matches_customer(t, customer_id)})
    parts = len({t.text for t in tokens if t.at >= 0 and index.matches_customer(t, customer_id)})
    run = best = 1 if hits else 0
    for left, right in zip(hits, hits[1:], strict=False):
        run = run + 1 if right - left <= 2 else 1  # a particle may stand between
        best = max(best, run)
    return best >= parts


def _next_to_a_stranger(session: Session, index: NameIndex, tokens: Sequence[QueryToken],
                        customer_id: str) -> bool:
    """Next to a word of this customer's name (a particle such as "de" or "van" may stand
    between) stands a name that is no part of it — a name part of someone in the bank, or a
    capitalised word — so the message names someone else who shares a first name or surname
    ("Aleksandra Nowak" is not my Aleksandra Zieliński; "O'Brien's savings" is O'Brien)."""
    hits = {t.at for t in tokens if index.matches_customer(t, customer_id)}
    near = [t for t in tokens if t.at >= 0 and t.at not in hits
            and any(0 < abs(t.at - h) <= 2 for h in hits)]
    if not near:
        return False
    names = bank_index(session=session).postings
    return any(t.title or t.text in names for t in near)


def _ordinal(value: str | int | None) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    return ordinal_in(str(value))


def ordinal_in(text: str) -> int | None:
    """The place a choice names ("the 2nd", "number 3", "last": -1); None when it names none."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    if "last" in words:
        return -1
    for word in words:
        if word in _ORDINAL_WORDS:
            return _ORDINAL_WORDS[word]
    number = _NUMBER.search(text)
    return int(number.group(1)) if number else None


def _distinguishing_detail(*, session: Session, ids: Sequence[str], text: str) -> str | None:
    """The one candidate named by id, birth year, city (as stored or in English: "munich"),
    occupation ("the chef") or a name part only it has."""
    from knowledge.customers.city_names import city_spellings

    rows = session.execute(
        select(Customer.id, Customer.name, Customer.birth_date, Customer.city,
               Customer.occupation).where(Customer.id.in_(ids))
    ).all()
    words = set(re.findall(r"[^\W_]+", fold(text)))
    complaining = _with_open_complaint(session, ids) if words & _COMPLAINT_WORDS else set()
    scores: dict[str, int] = {}
    for customer_id, name, birth_date, city, occupation in rows:
        score = 0
        if customer_id.casefold() in words:
            score += 10
        if birth_date and str(birth_date.year) in words:
            score += 3
        if city and any(set(name_parts(c)) <= words for c in city_spellings(city)):
            score += 2
        if occupation and set(name_parts(occupation)) <= words:
            score += 2
        elif occupation and set(name_parts(occupation)) & words - _GENERIC_WORDS:
            score += 1  # "the retired one" of a retired mechanic, "the engineer" of a civil one
        elif occupation and any(w.startswith(part) for part in set(name_parts(occupation))
                                - _GENERIC_WORDS if len(part) >= 5 for w in words):
            score += 1  # a compound or inflected word led by one ("civilingenjören": civil)
        if customer_id in complaining:
            score += 2  # "the one with the complaint"
        score += len(set(name_parts(name)) & words)
        scores[customer_id] = score
    best = max(scores.values(), default=0)
    winners = [c for c, s in scores.items() if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


_GENERIC_WORDS = frozenset({"the", "one", "a", "an", "of", "and", "with", "in", "at", "self",
                            "employed", "senior", "junior", "assistant", "manager", "owner"})
_COMPLAINT_WORDS = frozenset({"complaint", "complaints", "complaining", "beschwerde",
                              "reklamation", "reclamo", "reclamation", "reklamacja"})


def _with_open_complaint(session: Session, ids: Sequence[str]) -> set[str]:
    """Those of `ids` with a complaint still open."""
    from knowledge.models.bank import Interaction, InteractionKind, Outcome

    return set(session.scalars(select(Interaction.customer_id).where(
        Interaction.customer_id.in_(ids), Interaction.kind == InteractionKind.complaint,
        Interaction.outcome == Outcome.open)))


def _visible_id(*, session: Session, staff: Staff, customer_id: str) -> str | None:
    if not customer_id or len(customer_id) > 64:
        return None
    found = session.scalar(
        select(Customer.id).where(Customer.id == customer_id, visible_customers(staff))
    )
    if found is None and customer_id != customer_id.upper():
        # Ids are typed by hand in chat: "c000123" means "C000123".
        found = session.scalar(
            select(Customer.id).where(Customer.id == customer_id.upper(), visible_customers(staff))
        )
    return found


def _visible_ids(*, session: Session, staff: Staff, ids: Sequence[str]) -> set[str]:
    if not ids:
        return set()
    return set(
        session.scalars(
            select(Customer.id).where(Customer.id.in_(list(ids)), visible_customers(staff))
        )
    )


def _existing_ids(*, session: Session, ids: Sequence[str]) -> list[str]:
    """Ids that exist (in another book): only for the audit of refused attempts."""
    wanted = [i for i in ids if i and len(i) <= 64]
    wanted += [i.upper() for i in wanted if i != i.upper()]
    if not wanted:
        return []
    return list(session.scalars(select(Customer.id).where(Customer.id.in_(wanted))))


def _exact_name_elsewhere(*, session: Session, staff: Staff, name: str) -> list[str]:
    """Customers of other books with exactly this name: audited as refused attempts."""
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > 200:
        return []
    return list(
        session.scalars(
            select(Customer.id)
            .where(Customer.name == cleaned, ~visible_customers(staff))
            .limit(MAX_CHOICES)
        )
    )
