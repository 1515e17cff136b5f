"""The build's words model kept in the database, and the space statements are placed in.

A build fits the words model (knowledge/themes/words.py) on every statement it clusters and
stores it here, one per embedding model, replacing the previous build's; `update` reads it
back to give each new statement its words' vector, so it is compared with the themes'
centres (`Theme.placement`) in the space they were clustered in. Themes built before the
words have no such centre: then statements are placed by the sentence vector alone, as
before, until the next build.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from knowledge.models.themes import Theme, ThemeLexicon
from knowledge.themes.clustering import UNASSIGNED, ClusterParams, nearest
from knowledge.themes.embedding import from_bytes, normalise, to_bytes
from knowledge.themes.words import Lexicon, fit


def texts_of(*, session: Session, ids: Sequence[str]) -> list[str]:
    """The statements' texts, in the order of `ids`."""
    found: dict[str, str] = {}
    for start in range(0, len(ids), 5000):
        found.update(session.execute(select(Feedback.id, Feedback.text).where(
            Feedback.id.in_(list(ids[start : start + 5000])))).tuples().all())
    return [found[i] for i in ids]


def fit_words(texts: Sequence[str], params: ClusterParams
              ) -> tuple[Lexicon | None, np.ndarray | None]:
    """The words model of a build and each statement's words' vector (None, None when the
    words are switched off or there are too few to fit)."""
    lexicon = fit(texts, weight=params.word_weight, dimensions=params.word_dimensions,
                  seed=params.seed, per_dimension=params.word_statements_per_dimension)
    return lexicon, (lexicon.features(texts) if lexicon is not None else None)


def save(*, session: Session, model: str, lexicon: Lexicon | None, statements: int) -> None:
    """This build's words model replaces the last one for `model` (none: the row goes)."""
    session.execute(delete(ThemeLexicon).where(ThemeLexicon.model == model))
    if lexicon is not None:
        session.add(ThemeLexicon(model=model, statements=statements, **lexicon.to_record()))


def load(*, session: Session, model: str) -> Lexicon | None:
    row = session.get(ThemeLexicon, model)
    if row is None:
        return None
    return Lexicon.from_record(row.vocabulary, row.weight, row.dimensions, row.idf,
                               row.components)


def placement_space(*, session: Session, model: str, themes: Sequence[Theme], ids: Sequence[str],
                    vectors: np.ndarray) -> tuple[np.ndarray, bool]:
    """The vectors to place `ids` with: joined to their words when the last build stored a
    words model and every theme has its centre in that space; else the sentence vectors."""
    lexicon = load(session=session, model=model)
    if lexicon is None or not themes or any(t.placement is None for t in themes):
        return normalise(vectors), False
    return lexicon.join(vectors, texts_of(session=session, ids=ids)), True


def centre(theme: Theme, joined: bool) -> np.ndarray | None:
    data = theme.placement if joined else theme.centroid
    return None if data is None else from_bytes(data)


def centres(themes: Sequence[Theme], joined: bool = False) -> np.ndarray:
    """The themes' centres in the placement space (joined with the words, or not)."""
    found = [c for c in (centre(t, joined) for t in themes) if c is not None]
    return np.vstack(found) if found else np.zeros((0, 0), dtype=np.float32)


def join_member(theme: Theme, vector: np.ndarray, point: np.ndarray, joined: bool) -> None:
    """One more member: running means of normalised members, re-normalised (the centre
    drifts with its members), in the sentence space (labels, areas) and, with the words,
    in the placement space."""
    old = from_bytes(theme.centroid) if theme.centroid is not None else np.zeros_like(vector)
    theme.centroid = to_bytes(normalise(old * theme.size + vector))
    if joined:
        here = (from_bytes(theme.placement) if theme.placement is not None
                else np.zeros_like(point))
        theme.placement = to_bytes(normalise(here * theme.size + point))
    theme.size += 1


def closest(point: np.ndarray, vector: np.ndarray, themes: Sequence[Theme],
            placement: np.ndarray) -> tuple[int, float]:
    """The theme nearest to `point` among `placement` (the themes' centres in the placement
    space) and the sentence vector's cosine distance to that theme's centroid: the words
    choose among close themes, the sentence says whether the statement is about it at all."""
    best, _ = nearest(point, placement)
    if best == UNASSIGNED or themes[best].centroid is None:
        return UNASSIGNED, float("inf")
    centroid = from_bytes(themes[best].centroid)  # type: ignore[arg-type]
    return best, float(1.0 - centroid @ normalise(vector))
