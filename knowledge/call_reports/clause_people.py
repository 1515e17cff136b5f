"""Several customers' calls in one message when their names are only partly written, as
advisors write in a session ("maría picked up, wants a mtg thu, rui didn't", "jonas reached,
appt fri - pedro nope", "ingrid n/a, pedro alves too").

Each customer's outcome and date come from that customer's own clause only (the clauses cut as
knowledge.call_reports.customer_clauses cuts them); a clause that only denies ("rui didn't",
"pedro nope", "nicht", "non") after a clause where the customer picked up is no answer, and
one that only says "too" / "either" / "same" takes the outcome of the clause before it — never
its date. A name written in part is the one customer of the asker's book with that name, or
the one of them this conversation has in view (the list shown, the calls written, the
customer in focus): every call is then shown together for one yes, saying how each name and
each elliptical clause was read. A name that stays open, a clause whose outcome or date cannot
be read: nothing is logged and the message is asked about, naming the candidates. Never one
customer's call from the whole message, never one clause's outcome or date on another.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
from knowledge.answer import ChatAnswer
from knowledge.call_reports.customer_clauses import (
    NAMESAKES,
    Clause,
    Mention,
    customer_clauses,
    mentions,
)
from knowledge.customers.names import CHAT_WORDS, fold, name_parts
from knowledge.models.bank import Customer, Staff


@dataclass(frozen=True)
class Written:
    """A customer written in the message: in full (`sure`) or by one part of the name."""

    start: int
    end: int
    written: str
    candidates: tuple[str, ...]  # the book's customers it may be
    customer_id: str | None  # the one meant, when it can be told
    sure: bool
    why: str = ""  # how a part name was read ("on the list I showed")


_TOKEN = re.compile(r"[^\W\d_]+")
# Words that are never taken for a name part alone (a day, a particle, an outcome's word).
_NEVER = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri "
    "sat sun today tomorrow tmrw week month next didnt didn't not nope nah none also too same "
    "either neither both reached answer voicemail picked meeting appt mtg sold sale interested "
    "de da di do du des del della dos das van von der den ter la le el il die het les los las "
    "lo det mai may will june april august grant mark rose so to in at on me my no ok we he it "
    "is as an or by do go if up us am be vm na "
    # surnames that are everyday words in the advisors' languages ("hat lange gedauert",
    # "costa troppo", "i conti", "ein klein wenig"): only ever taken written in full
    "lange klein koch costa conti boer jong vos bos long young".split())


def written_people(session: Session, staff: Staff, text: str,
                   known: Sequence[str], focus: str | None = None) -> list[Written]:
    """Every customer the message writes, in order: full names and ids first (the longest
    wins), then single name parts of the asker's customers outside them."""
    by_part: dict[str, list[str]] = {}
    by_name: dict[tuple[str, ...], list[str]] = {}
    for customer_id, name in session.execute(
            select(Customer.id, Customer.name).where(visible_customers(staff))):
        by_name.setdefault(name_parts(name or ""), []).append(customer_id)
        for part in set(name_parts(name or "")):
            if len(part) >= 2:  # "li", "xu": short names are names too
                by_part.setdefault(part, []).append(customer_id)
    full = []
    for m in mentions(session, staff, text):
        if m.customer_id == NAMESAKES:  # a full name two customers share: which is open
            same = tuple(by_name.get(name_parts(text[m.start:m.end]), ()))
            full.append(Written(m.start, m.end, text[m.start:m.end], same, None, False))
        else:
            full.append(Written(m.start, m.end, text[m.start:m.end], (m.customer_id,),
                                m.customer_id, True))
    found = list(full)
    for match in _TOKEN.finditer(text):
        word = fold(match.group(0))
        if (word in _NEVER or word in CHAT_WORDS or word not in by_part
                or any(w.start <= match.start() < w.end for w in full)
                or _RELATIVE.search(text[:match.start()])
                or re.search(r"\d\.?\s*$", text[:match.start()])):  # "3 jan": a month
            continue  # "her son lukas picked up": a relative, not a customer's call
        candidates = tuple(sorted(set(by_part[word])))
        in_view = [c for c in dict.fromkeys(known) if c in candidates]
        if len(candidates) == 1:
            found.append(Written(match.start(), match.end(), match.group(0), candidates,
                                 candidates[0], False, "the only one of that name in your book"))
        elif len(in_view) == 1:
            found.append(Written(match.start(), match.end(), match.group(0), candidates,
                                 in_view[0], False, "the one of that name in this conversation"))
        else:
            found.append(Written(match.start(), match.end(), match.group(0), candidates,
                                 None, False))
    lead = _SUBJECT_PRONOUN.match(text)
    if focus and lead and focus not in {w.customer_id for w in found} and all(
            w.start >= lead.end() for w in found):
        # "she picked up, mtg thu, piotr didn't": "she" opens the message, before anyone is
        # named, so she is the customer in focus (a later "he" is the one just named)
        found.append(Written(lead.start("pronoun"), lead.end("pronoun"), lead.group("pronoun"),
                             (focus,), focus, False, "the customer we were just talking about"))
    found.sort(key=lambda w: w.start)
    return found


# "she" / "he" opening the message: the subject of its first clause
_SUBJECT_PRONOUN = re.compile(r"\s*(?:(?:ok|so|and|also)[,\s]+)?(?P<pronoun>she|he|sie|er|elle|lei|"
                              r"lui|ona|on|hon|han)(?=\s+\w)", re.IGNORECASE)


_RELATIVE = re.compile(r"\b(?:son|daughter|husband|wife|partner|mum|mom|mother|dad|father|"
                       r"brother|sister|friend|colleague|assistant|via|sohn|tochter|mann|frau|"
                       r"figlio|figlia|marito|moglie|fils|fille|mari|femme|syn|córka|mąż|żona)"
                       r"['’]?s?\s+$", re.IGNORECASE)


def in_view(known: Sequence[str], offered: Sequence[str] | None, focus: str | None,
            shown: str | None, last_write: Any) -> list[str]:
    """The customers this conversation has in view, for reading a name written in part: the
    list shown and the ones written about (`known`), a choice just offered, the customer in
    focus, a profile just shown, the calls logged in this chat."""
    from knowledge.call_reports.chat_people import called_in_chat

    return list(dict.fromkeys([*known, *(offered or ()), *([focus] if focus else []),
                               *([shown] if shown else []), *called_in_chat(last_write)]))


# A clause that only denies what the clause before it said ("rui didn't", "pedro nope").
_DENIES = re.compile(r"^(?:(?:did|does|has|was|is|could)?n['’]?t|didn?t|did not|does not|not|"
                     r"nope|nah|no|neither|nor|not (?:him|her|them) though|nicht|nein|non|nie|"
                     r"inte|niet|pas|no lo|ne)(?:\s+(?:though|tho|either|really|at all))?$",
                     re.IGNORECASE)
# A clause that only says the same happened ("pedro too", "ingrid as well", "same for jonas").
_SAME = re.compile(r"^(?:too|also|as well|same|same here|same for|same with|likewise|either|"
                   r"ditto|auch|anche|también|aussi|też|också|ook)$", re.IGNORECASE)
_CONTACT = ("reached", "follow_up", "sale", "not_interested")
# The words that say a customer took the call, which a bare denial after them denies.
_PICKED_UP = re.compile(
    r"\b(?:picked up|pick(?:s|ed)? up|answered|answers|reached|got (?:through|hold of)|"
    r"called back|rang back|took the call|got (?:him|her|them)|erreicht|abgenommen|raggiunt\w|"
    r"ha risposto|risposto|joint|joignable|a répondu|contestó|localizad\w|odebrał\w*|"
    r"nådd|svarade|bereikt|opgenomen)\b", re.IGNORECASE)


def _own_words(clause: Clause) -> str:
    return " ".join(f"{clause.before} {clause.after}".split()).strip(" ,;:.!?-–—")


def _elliptical(clause: Clause, before: Any, said_before: str) -> tuple[str | None, str]:
    """(the outcome a clause that says no more than a denial or "too" states, how it was
    read); (None, "") when it is no such clause, (None, "?") when the one before cannot lend
    it: a denial is no answer only after a clause that says the customer picked up ("anna
    picked up, piotr didn't"); after "wants a meeting" it may be "doesn't want one"."""
    words = _own_words(clause)
    if not (_DENIES.match(words) or _SAME.match(words)):
        return None, ""
    if before is None or not before.explicit:
        return None, "?"
    if _DENIES.match(words) and before.outcome.value in _CONTACT and _PICKED_UP.search(
            said_before):
        return "no_answer", f"“{clause.text}” read as no answer"
    if _SAME.match(words) and before.follow_up_on is None and before.outcome.value in (
            "no_answer", "reached", "not_interested"):
        same = before.outcome.value.replace("_", " ")
        return before.outcome.value, f"“{clause.text}” read as the same ({same})"
    return None, "?"  # elliptical, but nothing certain to lend it (a date is never lent)


_RELATION = (r"(?:husband|wife|son|daughter|partner|mum|mom|mother|dad|father|brother|sister|"
             r"assistant|colleague|friend|neighbour|neighbor|kid|child|mann|frau|sohn|tochter|"
             r"marito|moglie|figlio|figlia|mari|femme|fils|fille|esposo|esposa|hijo|hija)")
_SUBJECT_BEFORE = re.compile(r"\b(?:she|he|they|sie|er|elle|il|lei|lui|ella|él|ona|on|hon|han|"
                             r"zij|hij)\b", re.IGNORECASE)


def not_their_own(clause: str, name: str) -> bool:
    """The clause names the customer but tells no call of theirs: a relative of theirs took
    it ("maría garcía's husband picked up") or someone else is its subject and the customer
    only its object ("she knows rui pereira, wants the same deal")."""
    folded = fold(clause)
    parts = [p for p in name_parts(name) if len(p) >= 2]
    found = [m for p in parts for m in re.finditer(rf"\b{re.escape(p)}\b", folded)]
    if not found:
        return False
    first = min(m.start() for m in found)
    last = max(m.end() for m in found)
    if re.match(rf"\s*['’]s\s+{_RELATION}\b", folded[last:]):
        return True
    return bool(_SUBJECT_BEFORE.search(folded[:first]))


def several_written(*, session: Session, staff: Staff, as_of: dt.date, text: str | None,
                    known: Sequence[str] = (), focus: str | None = None
                    ) -> ChatAnswer | None:
    """The calls of a message that reports two customers or more, one at least written by a
    part of the name (see the module's docstring); None when the message does not report
    several calls (the caller reads it as one)."""
    from knowledge.call_reports.call_writes import call_write
    from knowledge.call_reports.plans import plan_or_question
    from knowledge.call_reports.said import _CALL_WORDS, read_call
    from knowledge.call_reports.shorthand import spelt_out
    from knowledge.customers.mentioned import without_mentions
    from knowledge.writes.pending import confirm, customer_name

    words = " ".join((text or "").split())
    # "reached X via his friend Y": Y only talked about (blanked, so positions still hold)
    people = written_people(session, staff, without_mentions(words) or words,
                            known, focus) if words else []
    distinct = {w.customer_id or f"?{fold(w.written)}" for w in people}
    if len(people) < 2 or len(distinct) != len(people) or plan_or_question(words) is not None:
        return None
    if any(not words[a.end:b.start].strip() for a, b in zip(people, people[1:], strict=False)):
        return None  # "oskar lindström": one name written in full, of nobody in this book
    from knowledge.customers.in_text import named_outside_book

    if named_outside_book(session, staff, words):
        return None  # a full name of another book's customer: the one-call reader refuses it
    opening = spelt_out(words[:people[0].start])
    outcome_first = any(p.search(opening) for p in _CALL_WORDS)
    found = [Mention(w.start, w.end, w.customer_id or "") for w in people]
    clauses = customer_clauses(words, found, outcome_first=outcome_first)
    reports: list[Any] = []
    outcomes: list[str | None] = []
    readings: list[str] = []
    calls = 0  # clauses that say how a call went, in words or by ellipsis
    for i, clause in enumerate(clauses):
        report = read_call(clause.text, as_of)
        outcome = report.outcome.value if report.explicit else None
        if outcome is None:
            outcome, how = _elliptical(clause, reports[i - 1] if i else None,
                                       clauses[i - 1].text if i else "")
            calls += bool(how)
            if how and how != "?":
                readings.append(how)
        else:
            calls += 1
        reports.append(report)
        outcomes.append(outcome)
    if calls < 2:
        return None  # one call, someone else only talked about: read as one call
    names = [customer_name(session, w.customer_id) if w.customer_id else None for w in people]
    doubtful = [i for i, (w, o, r) in enumerate(zip(people, outcomes, reports, strict=True))
                if w.customer_id is None or o is None or r.date_unreadable or r.date_approximate
                or (r.follow_up_on is not None and r.follow_up_on < as_of)]
    if doubtful:
        return _asked(session, people, names, outcomes, doubtful)
    if any(w.customer_id and not_their_own(c.text, customer_name(session, w.customer_id))
           for w, c in zip(people, clauses, strict=True)):
        return _asked(session, people, names, outcomes, list(range(len(people))))
    writes: list[dict[str, Any]] = []
    for w, clause, outcome, report in zip(people, clauses, outcomes, reports, strict=True):
        cid = str(w.customer_id)
        write, _ = call_write(customer_id=cid, name=customer_name(session, cid), text=clause.text,
                              as_of=as_of, outcome=None, follow_up=None)
        if not report.explicit:  # an elliptical clause: its outcome, no date of its own
            write.update(outcome=outcome, follow_up_on=None,
                         not_interested=outcome == "not_interested")
        writes.append(write)
    read_as = [f"“{w.written}” = {n} ({w.why})" for w, n in zip(people, names, strict=True)
               if not w.sure]
    note = "; ".join(read_as + readings)
    return confirm({"kind": "calls", "writes": writes, "as_of": as_of.isoformat()},
                   why=f"That reports {len(writes)} calls, each read from its own words"
                       + (f" ({note})" if note else "") + "; I'll log them together:")


def _asked(session: Session, people: list[Written], names: list[str | None],
           outcomes: list[str | None], doubtful: list[int]) -> ChatAnswer:
    """Nothing logged: which customers the message may mean, and what could not be read."""
    from knowledge.writes.pending import customer_name

    parts = []
    for i, w in enumerate(people):
        if w.customer_id is None:
            options = " or ".join(customer_name(session, c) for c in w.candidates[:4])
            parts.append(f"“{w.written}” ({options})")
        else:
            parts.append(str(names[i]))
    unread = [parts[i] for i in doubtful if people[i].customer_id is not None]
    why = ("I can't tell which customer each name means" if any(
        people[i].customer_id is None for i in doubtful) else "")
    if unread:
        why += (" and " if why else "") + (f"I could not read how the call with "
                                           f"{', '.join(unread)} went (or its date)")
    return ChatAnswer(
        f"That reports calls with {len(people)} customers: {', '.join(parts)}. {why[0].upper()}"
        f"{why[1:]}, so nothing was logged. Tell me each call with the customer's full name "
        "and how it went, e.g. \"Anna Lange no answer, Dieter Lange reached\".",
        slots={"pending_write": None})
