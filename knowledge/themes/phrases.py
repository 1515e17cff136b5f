"""Theme names a manager understands: the most central short phrase of the theme's statements.

"card not arrived" rather than "card / new / activate". Offline and deterministic, no
language model to download (the stack ships spaCy without a trained English pipeline, so
there is no tagger or parser; a word-class filter does the grammatical part):

1. Candidates: every run of 1–4 words in a statement that starts with a content word or a
   negation ("not working") and ends with a content word (not "card has", "of the"). Words
   fold to lemmas and stop words drop out of the candidate's *key*, so "card hasn't arrived",
   "card has not arrived" and "card not arrived" count as one phrase (shown in its most
   common spelling).
2. Distinctiveness: class-based TF-IDF of each key over the themes being named (the share of
   the theme's statements that contain it × log(1 + themes / its summed share across all
   themes)): a phrase every theme uses names none of them.
3. Centrality: the best `SHORTLIST` candidates are embedded with the same model as the
   statements, and the phrase closest to the theme's centre wins, weighted by its
   distinctiveness, with one-word phrases only chosen when no longer phrase is used at all.
   The centre is what the statements mean; a frequent fragment ("my card") is
   distinctive but says less than the phrase that sums them up ("card not arrived").

Labels are unique across the themes named together: a theme whose best phrase is taken
gets its next best. Measured against the true intent names of labelled data by
`python -m bench.theme_labels`.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from knowledge.themes.labels import _stop_words, lemma, tokens, vocabulary_of

NEGATIONS = {"not", "no", "never", "n't", "cannot", "nothing", "without"}
MAX_WORDS = 4
SHORTLIST = 12  # candidates per theme scored for centrality
MIN_SHARE = 0.04  # a phrase must occur in at least this share of the theme's statements
# Chosen on eval_feedback.csv and clinc150 (hwu64 left unseen): bench/theme_labels.py.
WORD_SHARE = 0.1  # each word of a phrase is in at least this share of the statements
WEIGHT = 0.5  # of distinctiveness against centrality
TOP_BONUS = 0.4  # for holding the theme's most distinctive word
NEGATION_FIRST = 0.8


def _stem(word: str) -> str:
    """Fold what the lemma rules leave apart ("crashes", "crashed", "crash"): keys only."""
    for suffix in ("ing", "es", "ed", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def _words(text: str, vocabulary: frozenset[str]) -> list[tuple[str, str, bool]]:
    """(spelling, lemma, is_content) per token; punctuation becomes a break ("")."""
    stop = _stop_words()
    out: list[tuple[str, str, bool]] = []
    for token in tokens(text):
        low = token.lower
        if (low in NEGATIONS or low == "nt") and out:
            out.append((token.text_with_ws, "not", False))
        elif token.is_alpha:
            word = lemma(low, vocabulary)
            content = len(low) > 1 and low not in stop and word not in stop
            out.append((token.text_with_ws, _stem(word), content))
        else:
            out.append(("", "", False))
    return out


# Left out of a shown phrase, as a headline does: "card hasn't arrived" → "card not arrived",
# "atm swallowed my card" → "atm swallowed card".
TELEGRAPH = {"a", "an", "the", "my", "his", "her", "our", "their", "your", "its", "this",
             "that", "these", "those", "has", "have", "had", "is", "was", "were", "are", "am",
             "be", "been", "do", "does", "did", "me", "him", "us", "them", "i", "he", "she",
             "we", "they", "you", "it"}


def _spelling(span: list[tuple[str, str, bool]]) -> str:
    shown = []
    for n, (text, word, content) in enumerate(span):
        low = text.strip().lower()
        if word == "not" and not content:
            shown.append("not")
        elif 0 < n < len(span) - 1 and low in TELEGRAPH:
            continue
        else:
            shown.append(low)
    return " ".join(shown)


def candidates_of(text: str, vocabulary: frozenset[str]) -> dict[str, str]:
    """key → spelling of every candidate phrase in one statement."""
    words = _words(text, vocabulary)
    found: dict[str, str] = {}
    for i, (first, _, first_content) in enumerate(words):
        if not (first_content or first.strip().lower() in ("not", "no", "never")):
            continue
        for j in range(i, min(len(words), i + MAX_WORDS + 2)):
            spelling, word, content = words[j]
            if not spelling:  # punctuation ends a phrase
                break
            if not content:
                continue
            span = words[i : j + 1]
            key_parts = [w for _, w, c in span if c or w == "not"]
            if len(key_parts) > MAX_WORDS or not any(c for _, _, c in span):
                break
            # One filler word inside at most ("atm swallowed my card", "card hasn't
            # arrived"): more reads as a clause ("company were you designed"), not a name.
            if sum(1 for _, w, c in span[1:-1] if not c and w != "not") > 1:
                break
            key = " ".join(key_parts)
            found.setdefault(key, _spelling(span))
    return found


def _scored(documents_per_class: Sequence[Sequence[str]]
            ) -> tuple[list[list[tuple[float, str, bool]]], dict[str, str],
                       list[dict[str, float]]]:
    """Per class: (c-TF-IDF, key, common enough) best first; the most common spelling of
    each key; per class the share of statements holding each key."""
    vocabulary = vocabulary_of([d for docs in documents_per_class for d in docs])
    shares: list[dict[str, float]] = []
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for docs in documents_per_class:
        df = Counter[str]()
        for doc in docs:
            found = candidates_of(doc, vocabulary)
            df.update(found.keys())
            for key, spelling in found.items():
                spellings[key][spelling] += 1
        shares.append({k: v / max(1, len(docs)) for k, v in df.items()})
    total: dict[str, float] = defaultdict(float)
    for share in shares:
        for key, value in share.items():
            total[key] += value
    classes = len(documents_per_class)
    ranked = []
    for share, docs in zip(shares, documents_per_class, strict=True):
        floor = max(MIN_SHARE, 1.5 / max(1, len(docs)))  # at least two statements
        ranked.append(sorted(((value * math.log(1 + classes / total[key]), key, value >= floor)
                              for key, value in share.items()),
                             key=lambda item: (-item[0], item[1])))
    common = {k: min(c.items(), key=lambda item: (-item[1], item[0]))[0]
              for k, c in spellings.items()}
    return ranked, common, shares


def name_classes(documents_per_class: Sequence[Sequence[str]],
                 centres: np.ndarray | None = None, embed=None,  # type: ignore[no-untyped-def]
                 max_words: int = MAX_WORDS) -> list[str]:
    """One short name per class; `embed(texts) -> vectors` and `centres` (one normalised row
    per class) add centrality, without them distinctiveness alone decides."""
    ranked, spelling, shares = _scored(documents_per_class)
    pools: list[list[tuple[float, str]]] = []
    tops: list[str] = []
    for scored, share in zip(ranked, shares, strict=True):
        # Every word of a phrase must be common in the theme: "dog in spanish" is one
        # customer's example, not the theme (translations).
        fitting = [(v, k, ok) for v, k, ok in scored if len(k.split()) <= max_words
                   and all(share.get(w, 0.0) >= WORD_SHARE for w in k.split() if w != "not")]
        common = [(v, k) for v, k, ok in fitting if ok]
        # The theme's most distinctive word: of two phrases, the one that holds it names the
        # theme ("card not arrived" rather than "not arrived yet").
        top = next((k for _, k in common if len(k.split()) == 1),
                   next((k for _, k, _ in fitting if len(k.split()) == 1), ""))
        longer = [(v, k) for v, k in common if len(spelling[k].split()) > 1]
        if not longer:
            # No phrase of two or more words recurs (a small theme): the phrases around the
            # top word, even said once, still name it better than the word alone.
            longer = [(v, k) for v, k, _ in fitting
                      if len(spelling[k].split()) > 1 and top in k.split()]
        fallback = common or [(v, k) for v, k, _ in fitting]
        pools.append(longer[:SHORTLIST] if longer else fallback[:SHORTLIST])
        tops.append(top)
    vectors: dict[str, np.ndarray] = {}
    if embed is not None and centres is not None and len(centres):
        phrases = sorted({spelling[k] for pool in pools for _, k in pool})
        vectors = dict(zip(phrases, embed(phrases), strict=True)) if phrases else {}
    orders: list[list[str]] = []
    for n, (pool, top) in enumerate(zip(pools, tops, strict=True)):
        best = pool[0][0] if pool else 1.0
        weighed = []
        for s, k in pool:
            value = (1 - WEIGHT + WEIGHT * s / best) * (1 + TOP_BONUS * (top in k.split()))
            if k.startswith("not "):  # "not find" lacks what is not found: a last resort
                value *= NEGATION_FIRST
            if vectors and spelling[k] in vectors:
                v = vectors[spelling[k]]
                value *= float(v @ centres[n]) / (float(np.linalg.norm(v)) or 1.0)  # type: ignore[index]
            weighed.append((value, k))
        orders.append([k for _, k in sorted(weighed, key=lambda p: (-p[0], p[1]))])
    names: list[str] = []
    taken: set[str] = set()
    for order in orders:
        choice = next((spelling[k] for k in order if spelling[k] not in taken), None)
        choice = choice or (spelling[order[0]] if order else "unlabelled")
        taken.add(choice)
        names.append(choice)
    return names
