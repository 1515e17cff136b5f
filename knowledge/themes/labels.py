"""Theme labels without an LLM: class-based TF-IDF over lemmas, plus representative quotes.

spaCy's English lemmatizer needs lookup tables (spacy-lookups-data) that are not installed
offline, so lemmas come from a small rule-based normaliser on spaCy's tokenizer: plurals and
common verb endings fold together ("transfers" → "transfer", "logged" → "log"). Stop words
(spaCy's list plus the words every complaint uses) are removed. Bigrams keep phrases such as
"log out" or "savings rate" together.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np

# Words every piece of feedback uses; they say nothing about the theme.
DOMAIN_STOP = {
    "bank", "customer", "customers", "say", "says", "want", "wants", "time", "times", "like",
    "get", "got", "just", "really", "thank", "thanks", "please", "complain", "complains",
    "ask", "asks", "asked", "need", "needs", "tell", "told", "know", "think", "go", "went",
    "month", "week", "day", "year", "today", "yesterday", "euro", "euros", "nt", "s", "m",
    "ve", "ll", "d", "re", "im", "dont", "cant", "doesnt",
}
IRREGULAR = {
    "ate": "eat", "eaten": "eat", "took": "take", "taken": "take", "kept": "keep",
    "sent": "send", "paid": "pay", "came": "come", "gave": "give", "lost": "lose",
    "froze": "freeze", "frozen": "freeze", "swallowed": "swallow", "stuck": "stick",
    "children": "child", "kids": "kid", "women": "woman", "men": "man", "fees": "fee",
    "logs": "log", "logged": "log", "logging": "log", "charges": "charge", "charged": "charge",
    "atms": "atm", "branches": "branch", "savings": "savings", "days": "day",
}


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


class Token(NamedTuple):
    text: str
    lower: str
    is_alpha: bool
    text_with_ws: str


@lru_cache(maxsize=1 << 16)
def tokens(text: str) -> tuple[Token, ...]:
    """spaCy's tokens of a statement as plain tuples, kept: naming reads each sampled
    statement four times (vocabulary, keywords, phrases; themes then areas), and building
    spaCy token objects was the largest part of labelling."""
    return tuple(Token(t.text, t.lower_, t.is_alpha, t.text_with_ws)
                 for t in _tokenizer()(text[:2000]))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | DOMAIN_STOP


def lemma(word: str, vocabulary: frozenset[str] = frozenset()) -> str:
    """A rule-based lemma: good enough to fold inflections for keyword counting.

    Verb endings are only stripped when the base form occurs in `vocabulary` (the corpus
    being labelled), so "closed" becomes "close" and "declined" stays itself if "decline"
    never appears, rather than inventing stems such as "clos".
    """
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        return w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            candidates = [stem + "e", stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                candidates.append(stem[:-1])
            for candidate in candidates:
                if candidate in vocabulary:
                    return candidate
    return w


def terms(text: str, vocabulary: frozenset[str] = frozenset()) -> list[str]:
    """Lemmas without stop words, and the bigrams of neighbouring kept lemmas."""
    stop = _stop_words()
    # None marks a dropped token, so bigrams only join words that stood side by side.
    slots: list[str | None] = []
    for token in tokens(text):
        word = lemma(token.text, vocabulary) if token.is_alpha else None
        keep = word is not None and token.text.lower() not in stop and word not in stop
        slots.append(word if keep and len(word or "") > 1 else None)
    words = [w for w in slots if w is not None]
    pairs = [f"{a} {b}" for a, b in zip(slots, slots[1:], strict=False)
             if a is not None and b is not None and a != b]
    return words + pairs


def vocabulary_of(texts: Sequence[str]) -> frozenset[str]:
    return frozenset(t.lower for text in texts for t in tokens(text) if t.is_alpha)


def class_tfidf(documents_per_class: Sequence[Sequence[str]], top: int = 6) -> list[list[str]]:
    """Top terms per class by c-TF-IDF: tf(term, class) × log(1 + avg words / freq(term))."""
    vocabulary = vocabulary_of([doc for docs in documents_per_class for doc in docs])
    counts = [
        Counter(t for doc in docs for t in terms(doc, vocabulary)) for docs in documents_per_class
    ]
    total = Counter[str]()
    for c in counts:
        total.update(c)
    average = sum(total.values()) / max(1, len(counts))
    keywords: list[list[str]] = []
    for c in counts:
        size = sum(c.values()) or 1
        scored = sorted(
            ((tf / size * math.log(1 + average / total[t]), t) for t, tf in c.items() if tf > 1
             or len(c) < 20),
            key=lambda pair: (-pair[0], pair[1]),
        )
        chosen: list[str] = []
        for _, term in scored:
            # A bigram already chosen covers its words; a word already chosen makes a bigram
            # containing it redundant only when nothing new is added.
            if any(term in kept.split() or kept in term.split() for kept in chosen):
                continue
            chosen.append(term)
            if len(chosen) == top:
                break
        keywords.append(chosen)
    return keywords


def label_from(keywords: Sequence[str]) -> str:
    return " / ".join(keywords[:3]) if keywords else "unlabelled"


def quotes(texts: Sequence[str], vectors: np.ndarray, centroid: np.ndarray, k: int = 3
           ) -> list[str]:
    """The k distinct statements closest to the theme's centre, shortened for chat.

    When fewer than k distinct ones exist, near-repeats fill the remaining places.
    """
    from rapidfuzz import fuzz

    if not len(texts):
        return []
    order = np.argsort(-(vectors @ centroid), kind="stable")
    chosen: list[str] = []
    for i in order:
        text = " ".join(texts[int(i)].split())
        short = text if len(text) <= 240 else text[:237].rstrip() + "…"
        # Near-repeats ("…since the last update. Not happy." / "…Please fix this.") would
        # waste two of three quotes on one complaint.
        if all(fuzz.token_set_ratio(short.lower(), q.lower()) < 85 for q in chosen):
            chosen.append(short)
        if len(chosen) == k:
            break
    if len(chosen) < k:
        for i in order:
            text = " ".join(texts[int(i)].split())
            short = text if len(text) <= 240 else text[:237].rstrip() + "…"
            if short not in chosen:
                chosen.append(short)
            if len(chosen) == k:
                break
    return chosen
