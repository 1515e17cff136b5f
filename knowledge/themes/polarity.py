"""Polarity of a statement: complaint, praise, suggestion or question.

A logistic regression over the same sentence vectors the themes use, trained on the labelled
seed set shipped next to this module (`polarity_seed.csv`, written for this purpose). It is
trained on first use, per embedding model, in well under a second; deterministic (lbfgs, no
random state involved). Measured on a separate set written differently
(`bench/wocas/polarity_eval.csv`, never trained on) by `python -m bench.wocas.polarity`.

Why not keywords: "thank you for nothing" and "great, the app is down again" are complaints
with praise words, "the staff were friendly" names no product at all. A vector classifier
reads the whole sentence; keywords would have to list every way customers say it.
"""

from __future__ import annotations

import csv
import re
import threading
from importlib import resources
from typing import Any

import numpy as np

from knowledge.themes.clustering import UNASSIGNED, Clustering, ClusterParams, cluster
from knowledge.themes.embedding import Embedder

COMPLAINT, PRAISE, SUGGESTION, QUESTION = "complaint", "praise", "suggestion", "question"
POLARITIES = (COMPLAINT, PRAISE, SUGGESTION, QUESTION)
# Themes are problems unless their statements are praise: suggestions and questions still
# point at something to fix or explain, so they cluster with complaints.
PROBLEM, PRAISED = "problem", "praise"

_lock = threading.Lock()
_models: dict[str, Any] = {}


def seed() -> list[tuple[str, str]]:
    """(polarity, text) rows of the shipped training set."""
    text = resources.files("knowledge.themes").joinpath("polarity_seed.csv").read_text("utf-8")
    return [(r["polarity"], r["text"]) for r in csv.DictReader(text.splitlines())]


def train(vectors: np.ndarray, labels: list[str]) -> Any:
    from sklearn.linear_model import LogisticRegression

    # C=4: measured on the eval set (bench/wocas/polarity.py); balanced classes by design.
    model = LogisticRegression(C=4.0, max_iter=2000)
    model.fit(vectors, labels)
    return model


def classifier(embedder: Embedder) -> Any:
    """The classifier for this embedder's vectors, trained once per process."""
    with _lock:
        if embedder.name not in _models:
            rows = seed()
            vectors = embedder.embed([t for _, t in rows])
            _models[embedder.name] = train(vectors, [p for p, _ in rows])
        return _models[embedder.name]


# Praise, a suggestion or a question only when the classifier is fairly sure, else a
# complaint: a complaint read as praise disappears from the problems a manager ranks, one read
# as a question drops out of the cost; the other way round adds one statement to them.
# ("The hotline keeps me on hold forever." scored praise 0.33, complaint 0.21.) Measured on
# the eval set: same accuracy as the plain argmax (0.875), complaint recall 0.80 → 0.95,
# and eval_feedback.csv's 293 problem statements read as praise 21 → 2.
SURE = 0.5


def classify(vectors: np.ndarray, embedder: Embedder) -> list[str]:
    """One polarity per row of `vectors` (made by `embedder`)."""
    if len(vectors) == 0:
        return []
    model = classifier(embedder)
    probabilities = model.predict_proba(np.asarray(vectors, np.float32))
    classes = [str(c) for c in model.classes_]
    best = probabilities.argmax(axis=1)
    sure = probabilities[np.arange(len(best)), best] >= SURE
    return [classes[i] if ok else COMPLAINT for i, ok in zip(best, sure, strict=True)]


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    """Sentences of two words or more (a lone "Thanks." says nothing about the rest)."""
    return [p for p in _SENTENCE.split(text.strip()) if len(p.split()) >= 2] or [text]


def classify_texts(texts: list[str], vectors: np.ndarray, embedder: Embedder) -> list[str]:
    """Like `classify`, but a statement with a complaining sentence is a complaint.

    Customers wrap complaints in courtesy ("… booked twice. Thanks for listening."), which
    pulls the whole statement's vector towards praise: on the demo bank 21 plain complaints
    came out as praise that way, 8 with this rule (bench/wocas/README.md). Costs one more
    embedding per sentence of statements that have several and are not read as a complaint
    already (the rule can only turn a verdict into a complaint): embedding every sentence of
    every statement nearly tripled the embedding work of 100k feedback (2.7 sentences each).
    A sentence seen before (in any statement) is not embedded again.
    """
    whole = classify(vectors, embedder)
    several = [(i, parts) for i, t in enumerate(texts)
               if whole[i] != COMPLAINT and len(parts := sentences(t)) > 1]
    if not several:
        return whole
    known = _sentence_verdicts.setdefault(embedder.name, {})
    wanted = {p for _, parts in several for p in parts}
    if len(known) + len(wanted) > SENTENCE_CACHE:
        known.clear()  # bounded memory: verdicts are recomputed, never lost
    new = sorted(wanted - known.keys())
    if new:
        known.update(zip(new, classify(embedder.embed(new), embedder), strict=True))
    for i, parts in several:
        if any(known[p] == COMPLAINT for p in parts):
            whole[i] = COMPLAINT
    return whole


# Sentence → verdict, per embedding model, for the life of the process. Statements repeat
# their courtesy sentences ("Thanks for listening.", "Please fix this.") and their problems:
# each distinct sentence is embedded and classified once, not once per statement.
SENTENCE_CACHE = 200_000
_sentence_verdicts: dict[str, dict[str, str]] = {}


def kind_of(polarity: str | None) -> str:
    """Which kind of theme a statement belongs to: praise apart, everything else a problem."""
    return PRAISED if polarity == PRAISE else PROBLEM


def cluster_by_kind(vectors: np.ndarray, kinds: list[str], params: ClusterParams,
                    words: np.ndarray | None = None) -> tuple[Clustering, list[str]]:
    """Problems and praise clustered apart, then joined: themes numbered problems first.

    Together, "friendly staff at the branch" and "the queue at the branch was too long" share
    a theme (same place, same words); a manager must not read praise as a problem to fix.
    """
    labels = np.full(len(vectors), UNASSIGNED, dtype=np.int64)
    distances = np.full(len(vectors), np.nan, dtype=np.float32)
    centroids: list[np.ndarray] = []
    placement: list[np.ndarray] = []
    areas: list[np.ndarray] = []
    theme_kinds: list[str] = []
    offset = area_offset = 0
    kind_array = np.asarray(kinds)
    for kind in (PROBLEM, PRAISED):
        rows = np.flatnonzero(kind_array == kind)
        if not len(rows):
            continue
        part = cluster(vectors[rows], params, None if words is None else words[rows])
        count = len(part.centroids)
        assigned = part.labels != UNASSIGNED
        labels[rows[assigned]] = part.labels[assigned] + offset
        distances[rows] = part.distances
        centroids.append(part.centroids)
        if part.placement is not None:
            placement.append(part.placement)
        areas.append(part.areas + area_offset)
        theme_kinds += [kind] * count
        offset += count
        area_offset += int(part.areas.max()) + 1 if len(part.areas) else 0
    dims = vectors.shape[1]
    return Clustering(labels=labels,
                      centroids=np.vstack(centroids) if centroids else np.zeros((0, dims),
                                                                                np.float32),
                      distances=distances,
                      areas=np.concatenate(areas) if areas else np.zeros(0, np.int64),
                      placement=np.vstack(placement) if placement else None), theme_kinds
