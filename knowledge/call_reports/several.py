"""Several calls in one message ("pls log: anna lange no answer, dieter lange reached"): each
call read from its own clause, all shown together for one yes, stored together, taken back
together.

Strict, never a guess: every call needs a clause that names exactly one customer of the
asker's book in full (a clause with no name belongs to the call before it, and only when it
names nobody at all) and states its outcome; two calls for one customer, a name from another
book, a date that cannot be read or a span ("early next month") and the whole message is
left to the caller (which logs nothing for several customers, and says so).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said import read_call
from knowledge.models.bank import Staff
from knowledge.writes.pending import UNDO_HINT, confirm, describe, signature

# Where one call's clause ends: punctuation, a dash between spaces, a joining word, or a
# line break or stop dictated as words ("… freja berg new line spoke with stefan berg").
_CLAUSE = re.compile(r"\s*(?:[,;\n]+|\s[-–—]\s|(?<=[^\W\d_])[.!?]+(?=\s)|\band then\b|\bthen\b|"
                     r"\balso\b|\band\b|\bplus\b|\bnew ?line\b|\bnext line\b|\bfull stop\b)\s*",
                     re.IGNORECASE)


def names_someone(clause: str) -> bool:
    """Words are left in the clause once its outcome words are gone ("pas de réponse",
    "keine Antwort" are all outcome, whatever customer "de" or "keine" may loosely match)."""
    from knowledge.call_reports.said import _CALL_WORDS

    rest = clause
    for pattern in _CALL_WORDS:
        rest = pattern.sub(" ", rest)
    return bool(rest.strip(" ,.;:!?-–—"))


def told_calls(text: str | None) -> list[str]:
    """The clauses of a message that each tell a call of someone ("joana costa erreicht,
    tereza svoboda nicht erreicht, petr svoboda kein interesse": three)."""
    from knowledge.call_reports.said import _CALL_WORDS

    return [clause for clause in _CLAUSE.split(text or "") if clause.strip()
            and any(p.search(clause) for p in _CALL_WORDS) and names_someone(clause)]


def several_calls(*, session: Session, staff: Staff, as_of: dt.date, text: str | None
                  ) -> ChatAnswer | None:
    """All the calls the message reports, shown for one yes; a refusal that logs nothing when
    a second call names its customer only in part; None when the message is not several calls
    each stated in full (the caller reads it as one call, or refuses several)."""
    by_clause = _by_clause(session=session, staff=staff, as_of=as_of, text=text)
    if by_clause is not None:
        return by_clause
    # "no answer monika schmidt vm ursula zimmermann", "c000010 no answer c000001 reached":
    # calls not punctuated apart, each customer's own words found by where they are written
    from knowledge.call_reports.customer_clauses import calls_by_customer

    return calls_by_customer(session=session, staff=staff, as_of=as_of, text=text)


def _by_clause(*, session: Session, staff: Staff, as_of: dt.date, text: str | None
               ) -> ChatAnswer | None:
    """The calls of a message punctuated into one clause per customer."""
    from knowledge.customers.in_text import named_in_full, named_outside_book
    from knowledge.customers.resolver import resolve_customer

    words = " ".join((text or "").split())
    if not named_in_full(session, staff, words):
        return None
    groups: list[tuple[str, str]] = []  # (customer id, the words about that call)
    leading, someone_else = "", False
    unnamed: list[str] = []  # the words of a call whose customer is not named in full
    for clause in (c.strip() for c in _CLAUSE.split(words)):
        if not clause:
            continue
        ids = named_in_full(session, staff, clause)
        if len(ids) > 1:
            return None
        if ids:
            groups.append((ids[0], f"{leading} {clause}".strip()))
            leading, unnamed = "", []
            continue
        if names_someone(clause) and resolve_customer(
                session=session, staff=staff, text=clause).status != "not_found":
            # "…, jonas reached": a call for someone not named in full
            someone_else = someone_else or read_call(clause, as_of).explicit
            unnamed = [clause]
            continue
        if unnamed:  # "diego - voicemail. giuseppe conti: reached": diego's outcome
            someone_else = someone_else or read_call(clause, as_of).explicit
            unnamed.append(clause)
            continue
        if groups:
            groups[-1] = (groups[-1][0], f"{groups[-1][1]}, {clause}")
        else:
            leading = f"{leading} {clause}".strip()  # "pls log:" before the first call
    if someone_else and groups:
        named = None if _changed_mind(session, groups, words) or _BOTH.search(words) else (
            _named_calls_only(session, staff, groups, as_of))
        if named is not None:
            return named
        return ChatAnswer(
            "That reports calls with more than one customer, and not every one is named in "
            "full, so nothing was logged. Tell me each call with the customer's full name or "
            "id (e.g. \"Anna Lange no answer, Dieter Lange reached\").",
            slots={"pending_write": None})
    if len(groups) < 2 or named_outside_book(session, staff, words):
        return None
    if len({cid for cid, _ in groups}) != len(groups):
        return ChatAnswer("That names the same customer twice, so I can't tell which call "
                          "stands; nothing was logged. Tell me the call once.",
                          slots={"pending_write": None})
    writes = stated_writes(session, groups, as_of)
    if writes is None:
        return None
    return confirm({"kind": "calls", "writes": writes, "as_of": as_of.isoformat()},
                   why=f"That reports {len(writes)} calls; I'll log them together:")


def stated_writes(session: Session, groups: list[tuple[str, str]], as_of: dt.date
                  ) -> list[dict[str, Any]] | None:
    """Each customer's call from their own words; None when one of them is not stated in
    full (no outcome, a date unreadable, approximate or gone)."""
    from knowledge.call_reports.call_writes import call_write
    from knowledge.call_reports.clause_people import not_their_own
    from knowledge.writes.pending import customer_name

    writes: list[dict[str, Any]] = []
    for cid, said in groups:
        report = read_call(said, as_of)
        if not_their_own(said, customer_name(session, cid)):
            return None  # "she knows rui pereira, wants a mtg": whose words? never Rui's call
        if (not report.explicit or report.date_unreadable or report.date_approximate
                or (report.follow_up_on is not None and report.follow_up_on < as_of)):
            return None
        write, _ = call_write(customer_id=cid, name=customer_name(session, cid), text=said,
                              as_of=as_of, outcome=None, follow_up=None)
        writes.append(write)
    return writes


# "reached tomasz mazur, no wait, not mazur - szymański": the message corrects itself, so
# the half-named part is no other call; nothing is shown for the name taken back.
_CHANGED_MIND = re.compile(r"\b(?:wait|hang on|hold on|sorry|sry|i mean|i meant|meant|actually|"
                           r"correction|oops|scratch that|my bad|rather)\b", re.IGNORECASE)


# "petra meyer bereikt, samen met haar zus renate. beiden afspraak 2/12": words for both,
# the half-named one too, so no call is shown with only its own clause
_BOTH = re.compile(r"\b(?:both|both of them|beide|beiden|allebei|alle twee|tous les deux|"
                   r"toutes les deux|les deux|entrambi|entrambe|tutti e due|ambos|ambas|"
                   r"los dos|las dos|oboje|obaj|obie|obydwoje|båda|bägge|båda två)\b",
                   re.IGNORECASE)


def _changed_mind(session: Session, groups: list[tuple[str, str]], words: str) -> bool:
    """The message takes back or corrects part of itself, or negates a name it names."""
    from knowledge.customers.names import fold, name_parts
    from knowledge.writes.pending import customer_name

    if _CHANGED_MIND.search(words):
        return True
    folded = fold(words)
    return any(re.search(rf"\bnot\s+{re.escape(part)}\b", folded)
               for cid, _ in groups for part in name_parts(customer_name(session, cid)))


def _named_calls_only(session: Session, staff: Staff, groups: list[tuple[str, str]],
                      as_of: dt.date) -> ChatAnswer | None:
    """ "diego - voicemail. giuseppe conti: reached": the calls named in full, each from its
    own words, shown for a yes, saying the other is not logged; None when one of them is not
    stated in full (the caller then logs nothing)."""

    if len({cid for cid, _ in groups}) != len(groups) or any(
            _names_another(session, staff, cid, said) for cid, said in groups):
        return None
    writes = stated_writes(session, groups, as_of)
    if writes is None:
        return None
    why = ("One call in that message does not name its customer in full, so it is not logged "
           "(tell me it again with the full name or id).")
    if len(writes) == 1:
        return confirm(writes[0], why=f"{why} This one I can log:")
    return confirm({"kind": "calls", "writes": writes, "as_of": as_of.isoformat()},
                   why=f"{why} These {len(writes)} I can log together:")


def _names_another(session: Session, staff: Staff, customer_id: str, said: str) -> bool:
    """ "kostas und katerina papadakis: kostas nicht erreicht": the words of one customer's
    call name another customer of the book in part, so they are not that customer's own."""
    from knowledge.customers.index import index_for
    from knowledge.customers.names import name_parts
    from knowledge.customers.resolver import without_lone_particles
    from knowledge.writes.pending import customer_name

    own = set(name_parts(customer_name(session, customer_id)))
    tokens, _ = index_for(session=session, staff=staff).tokens_in_message(said)
    return any(t.exact and t.text not in own for t in without_lone_particles(tokens))


def store_calls(*, session: Session, staff: Staff, write: dict[str, Any], channel: str
                ) -> ChatAnswer:
    """Each call of the batch stored (each re-checked); the answer says which were logged and
    which were not, and the batch is the last write (one undo takes back all of it)."""
    from knowledge.call_list.call_store import store_call

    logged: list[dict[str, Any]] = []
    said: list[str] = []
    for one in write.get("writes") or []:
        answer = store_call(session=session, staff=staff, write=one, channel=channel)
        last = answer.slots.get("last_write")
        if isinstance(last, dict) and last.get("id"):
            logged.append(last)
            said.append(answer.text.replace(f" {UNDO_HINT}", ""))
        else:
            said.append(f"Not logged — {describe(one)}: {answer.text}")
    slots: dict[str, Any] = {"pending_write": None}
    if logged:
        stored = {**write, "writes": [entry["write"] for entry in logged]}
        slots["last_write"] = {"kind": "calls", "id": ",".join(e["id"] for e in logged),
                               "items": logged, "summary": describe(stored),
                               "signature": signature(stored), "write": stored}
    tail = f' Say "undo" to take {"them" if len(logged) > 1 else "it"} back.' if logged else ""
    # each call of the batch as the conversation's state reads it (who, what, which date)
    calls = [{"interaction_id": e["id"], "customer_id": e["write"].get("customer_id"),
              "name": e["write"].get("name"), "outcome": e["write"].get("outcome"),
              "follow_up_on": e["write"].get("follow_up_on"),
              "sale_of": e["write"].get("sale_of")} for e in logged]
    return ChatAnswer(" ".join(said) + tail,
                      {"type": "call_logged",
                       "interaction_ids": [e["id"] for e in logged], "calls": calls}, slots)


def reverse_calls(*, session: Session, staff: Staff, last: dict[str, Any], channel: str
                  ) -> ChatAnswer:
    """Every call of the batch taken back (each kept as an audited reversal)."""
    from knowledge.call_list.call_store import reverse_call

    answers = [reverse_call(session=session, staff=staff, last=item, channel=channel)
               for item in reversed(last.get("items") or [])]
    if not answers:
        from knowledge.writes.pending import nothing_to_undo

        return nothing_to_undo()
    return ChatAnswer(" ".join(a.text for a in answers),
                      {"type": "write_reversed", "kind": "calls",
                       "record_id": str(last.get("id"))}, answers[-1].slots)
