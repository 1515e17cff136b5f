"""One clause per customer when a message reports calls with several and does not punctuate
them ("no answer monika schmidt vm ursula zimmermann spoke w anna zimmermann all good",
"c000010 no answer c000001 reached c000065 meeting 2nd dec", "vm for julia fischer and for
birgit richter").

Each customer is found where the message writes them (a full name of the book or an id typed
as itself); the words between two customers belong to one of them by the message's own order:
when it opens with an outcome ("no answer X …") every outcome stands before its customer, else
("X no answer Y reached") after it. A separator between them (a comma, "and", a dash, a
dictated "new line") splits those words where it stands. A customer whose own words state no
outcome and who is only joined to the one before ("no answer from X or Y", "X and Y no
answer") shares that one's outcome words. Nothing here reads an outcome or a date: each
clause is read on its own by `knowledge.call_reports.said`, so no customer gets another's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
from knowledge.answer import ChatAnswer
from knowledge.customers.names import fold
from knowledge.customers.pronouns import pointer_words
from knowledge.models.bank import Customer, Staff


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    customer_id: str


@dataclass(frozen=True)
class Clause:
    customer_id: str
    before: str  # the words said before the customer ("no answer from")
    written: str  # the customer as written ("monika schmidt", "c000010")
    after: str  # the words said after ("meeting 2nd dec")

    @property
    def text(self) -> str:
        return " ".join(f"{self.before} {self.written} {self.after}".split())


_TOKEN = re.compile(r"[^\W_]+")
_EXACT_ID = re.compile(r"(?<![\w/-])#?(C\d{6})(?![\w-])", re.IGNORECASE)


def mentions(session: Session, staff: Staff, text: str) -> list[Mention]:
    """Where the message writes a customer of the asker's book, in order: a full name (two
    words or more, accents and case folded) or an id typed as itself; the longest wins where
    two overlap ("anna maria weber" over "maria weber")."""
    tokens = [(fold(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    rows = session.execute(select(Customer.id, Customer.name).where(visible_customers(staff)))
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    book: set[str] = set()
    for customer_id, name in rows:
        book.add(customer_id)
        key = [fold(w) for w in _TOKEN.findall(name or "")]
        if len(key) >= 2:
            by_first.setdefault(key[0], []).append((key, customer_id))
    found: list[Mention] = []
    for i, (word, _, _) in enumerate(tokens):
        for key, customer_id in by_first.get(word, ()):
            if [t[0] for t in tokens[i:i + len(key)]] == key:
                found.append(Mention(tokens[i][1], tokens[i + len(key) - 1][2], customer_id))
                found.extend(_sharing_the_surname(text, tokens, i, key, by_first))
    if not found:  # "Familie Weber (Thomas + Christos)": one surname, first names apart
        found = _household(text, tokens, by_first)
    for match in _EXACT_ID.finditer(text):
        customer_id = match.group(1).upper()
        if customer_id in book:
            found.append(Mention(match.start(), match.end(), customer_id))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and (mention.start, mention.end) == (kept[-1].start, kept[-1].end):
            # two customers of the book with this very name ("álvaro garcía" twice): which
            # one is not written, so the mention is no one customer (NAMESAKES)
            kept[-1] = Mention(mention.start, mention.end, NAMESAKES)
        elif not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


NAMESAKES = "?namesakes"  # a mention of a full name that two customers of the book share

# The words that join first names sharing one surname ("kostas und katerina papadakis")
_AND_WORDS = frozenset("and und et e ed y en i och oraz".split())


def _sharing_the_surname(text: str, tokens: list[tuple[str, int, int]], at: int,
                         key: list[str], by_first: dict[str, list[tuple[list[str], str]]]
                         ) -> list[Mention]:
    """The first names written before a full name and joined to it ("kostas und katerina
    papadakis", "anna, jan i ewa nowak"), or one right after it ("katerina papadakis und
    kostas"): each a customer of the book only when that first
    name with the same surname is one ("kostas papadakis"); else none (nothing guessed)."""
    found: list[Mention] = []
    i = at  # the chain reaches back from this token
    while i >= 1:
        j = i - 1
        joined = tokens[j][0] in _AND_WORDS
        j -= joined
        if j < 0 or not (joined or found):
            break  # the first name next to the full name is joined by a word ("und", "i")
        first, start, end = tokens[j]
        between = text[end:tokens[i][1]]
        if joined:
            between = between.replace(text[tokens[i - 1][1]:tokens[i - 1][2]], "", 1)
        ids = [cid for k, cid in by_first.get(first, ()) if k == [first, *key[1:]]]
        if between.strip(" ,") or len(ids) != 1:
            break
        found.append(Mention(start, end, ids[0]))
        i = j
    after = at + len(key)  # "katerina papadakis und kostas": the one first name after it
    if after + 1 < len(tokens) and tokens[after][0] in _AND_WORDS:
        first, start, end = tokens[after + 1]
        between = text[tokens[after - 1][2]:start].replace(
            text[tokens[after][1]:tokens[after][2]], "", 1)
        ids = [cid for k, cid in by_first.get(first, ()) if k == [first, *key[1:]]]
        if not between.strip(" ,") and len(ids) == 1 and first not in by_first_full(
                tokens, after + 1, by_first):
            found.append(Mention(start, end, ids[0]))
    return found


def _household(text: str, tokens: list[tuple[str, int, int]],
               by_first: dict[str, list[tuple[list[str], str]]]) -> list[Mention]:
    """A household written by its surname once and its members by first name ("the koch
    household: wolfgang n/a, jan reached", "Familie Weber (Thomas + Christos)"): each first
    name that with that surname is exactly one customer of the book, at its first place
    (a later "… with jan" is the same call's words); none unless one surname has two such
    members and stands beside none of them (else it is a full name, read as one)."""
    two_part = {tuple(k): cid for keys in by_first.values() for k, cid in keys if len(k) == 2}
    surnames = {k[1] for k in two_part}
    households: dict[str, list[tuple[int, str]]] = {}
    for at, (word, _, _) in enumerate(tokens):
        if word not in surnames:
            continue
        members: list[tuple[int, str]] = []
        for other, (first, _, _) in enumerate(tokens):
            named = [c for k, c in by_first.get(first, ()) if k == [first, word]]
            if other != at and len(named) == 1:
                left, right = sorted((tokens[other], tokens[at]), key=lambda t: t[1])
                if abs(other - at) == 1 and not text[left[2]:right[1]].strip(" -'’"):
                    return []  # "monika weber": a full name beside the surname
                members.append((other, named[0]))
        if len({cid for _, cid in members}) >= 2:
            households[word] = members
    if len(households) != 1:
        return []
    found: list[Mention] = []
    for at, cid in sorted(next(iter(households.values()))):
        if cid not in {m.customer_id for m in found}:
            found.append(Mention(tokens[at][1], tokens[at][2], cid))
    return found


def by_first_full(tokens: list[tuple[str, int, int]], at: int,
                  by_first: dict[str, list[tuple[list[str], str]]]) -> set[str]:
    """The token at `at` when it begins a full name of the book written out there."""
    return {tokens[at][0] for key, _ in by_first.get(tokens[at][0], ())
            if [t[0] for t in tokens[at:at + len(key)]] == key}


# Where one customer's words end: punctuation, a dash between spaces, a joining word, or a
# line break dictated as words ("new line", "full stop").
_SEPARATOR = re.compile(
    r"[,;\n]+|\s[-–—]\s|(?<=[^\W\d_])[.!?]+(?=\s|$)|\b(?:and then|then|also|and|plus|as well "
    r"as|new ?line|next line|full stop|period|comma|semicolon|und|et|y|e|oraz|och|en)\b",
    re.IGNORECASE)
# Only joining words between two customers ("X or Y", "X and for Y", "X, Y"): one list
_JOINED = re.compile(r"^(?:\s|[,&+/]|\b(?:and|or|plus|as well as|also|for|with|w|to|from|"
                     r"und|oder|sowie|samt|et|ou|ainsi que|y|o|así como|e|ed|oppure|oraz|i|"
                     r"lub|albo|och|eller|en|of|evenals)\b)*$", re.IGNORECASE)


def customer_clauses(text: str, found: list[Mention], *, outcome_first: bool) -> list[Clause]:
    """Each customer's own words (see the module's docstring); the words before the first
    customer open the first clause only where outcomes come first ("pls log", "3 calls" are
    no one's outcome)."""
    if not found:
        return []
    befores = [text[:found[0].start] if outcome_first else ""]
    afters: list[str] = []
    for left, right in zip(found, found[1:], strict=False):
        gap = text[left.end:right.start]
        seps = list(_SEPARATOR.finditer(gap))
        if not seps:
            head, tail = ("", gap) if outcome_first else (gap, "")
        else:
            cut = seps[0] if outcome_first else seps[-1]
            head, tail = gap[:cut.start()], gap[cut.end():]
        afters.append(head)
        befores.append(tail)
    afters.append(text[found[-1].end:])
    return [Clause(m.customer_id, _trim(b), text[m.start:m.end], _trim(a))
            for m, b, a in zip(found, befores, afters, strict=True)]


def shared(text: str, found: list[Mention], clauses: list[Clause], stated: list[bool], *,
           outcome_first: bool) -> list[Clause]:
    """A customer whose own words state nothing, joined to a neighbour only by joining words
    ("no answer from X or Y": Y; "X and Y no answer": X), with that neighbour's outcome words;
    `stated` says which clauses state an outcome."""
    result = list(clauses)
    order = range(1, len(result)) if outcome_first else range(len(result) - 2, -1, -1)
    stated = list(stated)
    for i in order:
        j = i - 1 if outcome_first else i + 1
        gap = text[found[min(i, j)].end:found[max(i, j)].start]
        if stated[i] or not stated[j] or not gap.strip() or not _JOINED.match(gap):
            continue
        mine, theirs = result[i], result[j]
        result[i] = (Clause(mine.customer_id, theirs.before, mine.written, mine.after)
                     if outcome_first else
                     Clause(mine.customer_id, mine.before, mine.written, theirs.after))
        stated[i] = True
    return result


def _trim(words: str) -> str:
    return words.strip(" ,;:.!?-–—\n")


def calls_by_customer(*, session: Session, staff: Staff, as_of: dt.date, text: str | None
                      ) -> ChatAnswer | None:
    """The calls of a message naming two customers or more, each read from its own clause
    and shown together for one yes; a refusal that logs nothing when two or more state how
    their call went and another does not (never only the first one logged); None when the
    message is no such report (the caller reads it as one call, or refuses several)."""
    from knowledge.call_reports.plans import plan_or_question
    from knowledge.call_reports.said import _CALL_WORDS, read_call
    from knowledge.call_reports.several import stated_writes
    from knowledge.call_reports.shorthand import spelt_out
    from knowledge.customers.in_text import named_outside_book
    from knowledge.customers.mentioned import without_mentions
    from knowledge.writes.pending import confirm, customer_name

    words = " ".join((text or "").split())
    # "reached X via his friend Y": Y only talked about (blanked, so positions still hold)
    found = mentions(session, staff, without_mentions(words) or words)
    if len(found) >= 2 and any(m.customer_id == NAMESAKES for m in found):
        return _namesakes(words, found)
    ids = [m.customer_id for m in found]
    if len(set(ids)) < 2 or len(set(ids)) != len(ids) or plan_or_question(words) is not None:
        return None
    unnamed = "".join(words[a.end:b.start] + " , " for a, b in zip(
        [Mention(0, 0, "")] + found, found + [Mention(len(words), len(words), "")], strict=True))
    if named_outside_book(session, staff, unnamed):
        return None  # a full name of another book besides those of this one
    if any(_id_and_name(words, a, b) for a, b in zip(found, found[1:], strict=False)):
        return None  # "c000021 monika weber sale": one customer written twice, disagreeing
    opening = spelt_out(words[:found[0].start])  # "no anser X …", "LVM X …"
    outcome_first = any(p.search(opening) for p in _CALL_WORDS)
    clauses = customer_clauses(words, found, outcome_first=outcome_first)
    if any(_someone_else(session, staff, c) for c in clauses):
        return None  # "…, jonas reached": a call whose customer is not named in full
    stated = [read_call(c.text, as_of).explicit for c in clauses]
    clauses = shared(words, found, clauses, stated, outcome_first=outcome_first)
    if not any(not was and _outcomes_apart(c.text, as_of)
               for c, was in zip(clauses, stated, strict=True)):
        # (else "katerina papadakis e kostas: lei non risponde, lui ok": whose outcome is
        # whose is not written, so nothing is shown and the advisor is asked for each call)
        writes = stated_writes(session, [(c.customer_id, c.text) for c in clauses], as_of)
        if writes is not None:
            return confirm({"kind": "calls", "writes": writes, "as_of": as_of.isoformat()},
                           why=f"That reports {len(writes)} calls; I'll log them together:")
        if sum(stated) < 2:
            return None
    names = ", ".join(customer_name(session, c.customer_id) for c in clauses)
    return ChatAnswer(
        f"That reports calls with {len(clauses)} customers ({names}), and I could not read "
        "how each one went (or its date), so nothing was logged. Tell me each call with its "
        "outcome, e.g. \"Anna Lange no answer, Dieter Lange reached\".",
        slots={"pending_write": None})


# A pronoun for one person ("lei", "he", "elle"): in words two customers share, it says the
# words are each one's own, not both's ("kostas und katerina papadakis, sie ja, er nein")
_ONE_PERSON = re.compile(rf"\b(?:he|she|him|her|his|{pointer_words()})\b", re.IGNORECASE)
_PLURAL = frozenset("loro eux ellos ellas oni".split())


def _outcomes_apart(words: str, as_of: dt.date) -> bool:
    """Words shared by two customers that say each one's own outcome: a pronoun for one
    person, or parts that state different outcomes ("lei non risponde, lui ok")."""
    from knowledge.call_reports.said import read_call

    if any(m.group(0).lower() not in _PLURAL for m in _ONE_PERSON.finditer(words)):
        return True
    parts = [p for p in _SEPARATOR.split(words) if p and p.strip(" ,;:.!?-–—")]
    reports = [read_call(p, as_of) for p in parts if read_call(p, as_of).explicit]
    outcomes = {r.outcome.value for r in reports} - {"reached"}  # "reached, mtg 7.12." is one
    dates = {r.follow_up_on for r in reports if r.follow_up_on is not None}
    return len(outcomes) >= 2 or len(dates) >= 2 or (
        "no_answer" in outcomes and len(reports) > 1)


def _someone_else(session: Session, staff: Staff, clause: Clause) -> bool:
    """The clause's own words (outside its customer) name another customer in part."""
    from knowledge.call_reports.several import names_someone
    from knowledge.customers.resolver import resolve_customer

    for part in _SEPARATOR.split(f"{clause.before} , {clause.after}"):
        part = part.strip(" ,;:.!?-–—")
        if not part or not names_someone(part):
            continue
        found = resolve_customer(session=session, staff=staff, text=part)
        if found.status != "not_found" and clause.customer_id not in found.candidates:
            return True  # (not "meeting 15/12 with jan" in jan koch's own words)
    return False


def _id_and_name(text: str, left: Mention, right: Mention) -> bool:
    """An id and a name written side by side ("c000021 monika weber", "monika weber (c12)"):
    one customer written two ways, not two calls."""
    gap = text[left.end:right.start]
    ids = [bool(_EXACT_ID.fullmatch(text[m.start:m.end])) for m in (left, right)]
    return ids[0] != ids[1] and not gap.strip(" ()[],:-–—#")


def _namesakes(words: str, found: list[Mention]) -> ChatAnswer:
    """Calls with several customers, one of them written by a name two customers share:
    nothing logged (never one of the two guessed), the advisor asked to say which."""
    shared_names = ", ".join(f"“{words[m.start:m.end]}”" for m in found
                             if m.customer_id == NAMESAKES)
    return ChatAnswer(
        f"That reports calls with {len(found)} customers, and more than one customer in your "
        f"book is called {shared_names}, so nothing was logged. Tell me those calls again "
        "with the customer id (e.g. \"C000123 no answer\").", slots={"pending_write": None})
