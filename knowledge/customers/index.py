"""An in-memory name index of one book (the customers a member of staff may see).

Built once per book and database version, then reused: a spaCy blank pipeline with a
PhraseMatcher over the book's name parts finds names in a raw chat message, rapidfuzz
maps misspelt words to the nearest name parts, and posting lists turn parts into
customers. No downloaded model is needed.
"""

from __future__ import annotations

import heapq
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from knowledge.access.policy import Reach, scope_of, visible_customers
from knowledge.customers.names import (
    CHAT_WORDS,
    HONORIFICS,
    clean_message,
    fold,
    name_parts,
    transliterated,
)
from knowledge.models.bank import Customer, Staff

if TYPE_CHECKING:
    from spacy.language import Language

# How often the cached index of a book is checked against the database (seconds). Between
# checks a lookup costs no query; a customer added meanwhile is found after the next check.
VERSION_CHECK_SECONDS = 30.0
FUZZY_ALTERNATIVES = 4


@lru_cache(maxsize=1)
def blank_pipeline() -> Language:
    """spaCy's blank English pipeline: a tokenizer only, nothing to download."""
    import spacy

    return spacy.blank("en")


@dataclass(frozen=True)
class QueryToken:
    text: str  # folded
    exact: bool  # found as a name part by the PhraseMatcher
    at: int = -1  # the word's position in the message (-1: a name given as an entity)
    title: bool = False  # written with a capital inside a message that has lower case too


@dataclass(frozen=True)
class NameHit:
    customer_id: str
    matched: int  # how many of the query's words matched a part of this customer's name
    score: float  # mean similarity of those words, 0–100
    # The customer's first and last name parts are both matched (one shared first name or
    # surname, or "van Dijk" alone, is not the same person), and every matched word is spelt
    # exactly.
    complete: bool = True
    exact: bool = True


class NameIndex:
    """Name parts → customers of one book, with a PhraseMatcher and a fuzzy vocabulary."""

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        self.ids: list[str] = []
        self.part_counts: list[int] = []
        # The first and the last part of each name: both must match for a complete match.
        self.ends: list[frozenset[str]] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for position, (customer_id, name) in enumerate(rows):
            self.ids.append(customer_id)
            ordered = name_parts(name)
            parts = set(ordered)
            self.part_counts.append(len(parts))
            self.ends.append(frozenset((ordered[0], ordered[-1])) if ordered else frozenset())
            for part in parts:
                postings[part].append(position)
        self.postings = dict(postings)
        self.vocabulary: list[str] = sorted(self.postings)
        # German transliteration: "Mueller" and "Müller" (folded "muller") are one name.
        groups: dict[str, list[str]] = defaultdict(list)
        for part in self.vocabulary:
            groups[transliterated(part)].append(part)
        self.spellings = {alias: parts for alias, parts in groups.items() if len(parts) > 1}
        self.by_id: dict[str, str] = {i.casefold(): i for i in self.ids}
        self.positions: dict[str, int] = {i: p for p, i in enumerate(self.ids)}
        self._lock = threading.Lock()
        self._matcher: Any = None

    def __len__(self) -> int:
        return len(self.ids)

    def _phrase_matcher(self) -> Any:
        if self._matcher is None:
            from spacy.matcher import PhraseMatcher
            from spacy.tokens import Doc

            nlp = blank_pipeline()
            matcher = PhraseMatcher(nlp.vocab)
            # One token per part, as stored: the tokenizer would split e.g. "cannot".
            matcher.add("NAME_PART", [Doc(nlp.vocab, words=[p]) for p in self.vocabulary])
            self._matcher = matcher
        return self._matcher

    def customer_id_in(self, word: str) -> str | None:
        return self.by_id.get(word.casefold())

    def tokens_in_message(self, message: str) -> tuple[list[QueryToken], list[str]]:
        """The words of a chat message that look like a name, and the id-like words.

        Exact name parts come from the PhraseMatcher; the remaining words that are not
        chat vocabulary are kept as possible misspellings (resolved by `search`).
        """
        from spacy.tokens import Doc

        nlp = blank_pipeline()
        with self._lock:  # the tokenizer writes to the shared string store
            matcher = self._phrase_matcher()
            doc = nlp.make_doc(clean_message(message))
            # The doc keeps the original text (capitals are a signal); the matcher compares
            # folded text, so it runs on a folded twin with the very same tokens.
            folded = Doc(nlp.vocab, words=[fold(t.text) for t in doc])
            exact = {start for _, start, _ in matcher(folded)}
        tokens: list[QueryToken] = []
        ids: list[str] = []
        mixed_case = any(t.is_lower for t in doc) and any(t.is_title for t in doc)
        for position, token in enumerate(doc):
            word = fold(token.text)
            if any(ch.isdigit() for ch in word):
                if any(ch.isalpha() for ch in word) and len(word) >= 3:
                    ids.append(token.text)
                continue
            if not token.is_alpha or len(word) < 2 or word in HONORIFICS:
                continue
            chatty = word in CHAT_WORDS or token.is_stop
            if chatty and not (token.is_title and position > 0):
                continue
            is_exact = position in exact
            if is_exact or len(word) >= 3:
                tokens.append(QueryToken(word, is_exact, position,
                                         mixed_case and token.is_title and position > 0))
        return tokens, ids

    def matches_customer(self, token: QueryToken, customer_id: str) -> bool:
        """The word is (a spelling of) a part of this customer's name."""
        position = self.positions.get(customer_id)
        return position is not None and any(
            position in self.postings.get(part, ()) for part in self._alternatives(token))

    def tokens_in_name(self, name: str) -> list[QueryToken]:
        """A name as given by the NLU entity: every word counts."""
        return [QueryToken(p, p in self.postings) for p in name_parts(name)]

    def resembles_a_name(self, word: str) -> bool:
        """Some customer's name part is this word or spelt nearly so."""
        return bool(self._alternatives(QueryToken(word, word in self.postings)))

    def _alternatives(self, token: QueryToken) -> dict[str, float]:
        if token.exact:
            # Other spellings of the same name score just below the exact one.
            alternatives = dict.fromkeys(self.spellings.get(transliterated(token.text), ()), 90.0)
            alternatives[token.text] = 100.0
            return alternatives
        from rapidfuzz import fuzz, process

        # Short words must be closer: "ana"→"anna" yes, "tom"→"jim" no.
        cutoff = 85.0 if len(token.text) <= 4 else 80.0
        found = process.extract(
            token.text,
            self.vocabulary,
            scorer=fuzz.ratio,
            limit=FUZZY_ALTERNATIVES,
            score_cutoff=cutoff,
        )
        return {part: float(score) for part, score, _ in found}

    def best_matches(
        self, tokens: Sequence[QueryToken], *, margin: float, limit: int
    ) -> tuple[list[NameHit], int]:
        """The customers that match the query best, at most `limit`, and how many there are.

        Customers matching more of the words win, then the mean similarity; everyone within
        `margin` of the best similarity is "as good" (a namesake to choose from). So "Anna
        Mullr" prefers Anna Müller to every other Müller and every other Anna.
        """
        matched: dict[int, int] = {}
        total: dict[int, float] = {}
        lowest: dict[int, float] = {}
        parts_hit: dict[int, set[str]] = defaultdict(set)
        for token in tokens:
            best: dict[int, tuple[float, str]] = {}
            for part, score in sorted(self._alternatives(token).items(), key=lambda a: a[1]):
                # Ascending scores: a later (better) spelling overwrites a worse one.
                best.update(dict.fromkeys(self.postings.get(part, ()), (score, part)))
            for position, (score, part) in best.items():
                matched[position] = matched.get(position, 0) + 1
                total[position] = total.get(position, 0.0) + score
                lowest[position] = min(lowest.get(position, 100.0), score)
                parts_hit[position].add(part)
        if not matched:
            return [], 0
        most = max(matched.values())
        scores = {p: total[p] / most for p, n in matched.items() if n == most}
        threshold = max(scores.values()) - margin
        close = [p for p, score in scores.items() if score >= threshold]
        # Ties in similarity: the lower customer id first (positions follow the ids).
        top = heapq.nsmallest(limit, close, key=lambda p: (-scores[p], p))
        return [
            NameHit(self.ids[p], most, scores[p], self.ends[p] <= parts_hit[p],
                    lowest[p] >= 100.0)
            for p in top
        ], len(close)


def book_key(staff: Staff) -> str:
    scope = scope_of(staff)
    if scope.reach is Reach.bank:
        return "bank"
    if scope.reach is Reach.branch:
        return f"branch:{scope.branch_id}"
    return f"advisor:{scope.staff_id}"


class _BookCache:
    """Indexes per (database, book), rebuilt when the book's count or highest id changes."""

    def __init__(self, max_books: int = 64) -> None:
        self._entries: dict[tuple[str, str], tuple[tuple[Any, ...], float, NameIndex]] = {}
        self._max_books = max_books
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def index_for(self, *, session: Session, staff: Staff | None) -> NameIndex:
        """`staff` None: the whole bank's names (what a name outside the book looks like)."""
        key = (_database_key(session), book_key(staff) if staff is not None else "bank")
        now = time.monotonic()
        entry = self._entries.get(key)
        if entry is not None and now - entry[1] < VERSION_CHECK_SECONDS:
            return entry[2]
        version = _book_version(session=session, staff=staff)
        if entry is not None and entry[0] == version:
            self._entries[key] = (version, now, entry[2])
            return entry[2]
        rows = session.execute(
            select(Customer.id, Customer.name).where(
                visible_customers(staff) if staff is not None else true()).order_by(Customer.id)
        ).tuples()
        index = NameIndex(rows)
        with self._lock:
            if len(self._entries) >= self._max_books and key not in self._entries:
                self._entries.pop(next(iter(self._entries)))
            self._entries[key] = (version, now, index)
        return index


def _database_key(session: Session) -> str:
    bind = session.get_bind()
    return str(bind.engine.url)  # the password is masked, the rest tells databases apart


def _book_version(*, session: Session, staff: Staff | None) -> tuple[Any, ...]:
    row = session.execute(
        select(func.count(Customer.id), func.max(Customer.id)).where(
            visible_customers(staff) if staff is not None else true())
    ).one()
    return tuple(row)


BOOKS = _BookCache()


def index_for(*, session: Session, staff: Staff) -> NameIndex:
    """The (cached) name index of the customers `staff` may see."""
    return BOOKS.index_for(session=session, staff=staff)


def bank_index(*, session: Session) -> NameIndex:
    """The (cached) name index of every customer of the bank. Only to tell whether a word is
    someone's name at all; never to resolve or show a customer."""
    return BOOKS.index_for(session=session, staff=None)


def prepare_book(*, session: Session, staff: Staff) -> int:
    """Load spaCy and build the asker's index ahead of the first question (e.g. at start-up,
    in a background thread); returns the book's size."""
    index = index_for(session=session, staff=staff)
    index.tokens_in_message("")
    return len(index)
