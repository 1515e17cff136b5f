"""The themes are the statements' themes: the order they arrive in and their ids change nothing.

Statements are loaded by their (random) ids; before this held, the same feedback gave other
themes on another run (a promoted theme formed from different statements 1 run in 3)."""

from __future__ import annotations

import datetime as dt

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bench.wocas.quality import load_eval
from knowledge.feedback.service import log_feedback
from knowledge.models.bank import Feedback
from knowledge.models.themes import FeedbackEmbedding, Theme, ThemeArea, ThemeMember
from knowledge.themes import service
from knowledge.themes.clustering import ClusterParams, cluster
from knowledge.themes.word_space import fit_words
from tests.knowledge.themes.test_areas import AREAS, ARRIVE, CRASH
from tests.knowledge.themes.wocas_bank import APP, CARD, PHONE


def _partition(labels: np.ndarray) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for item, label in enumerate(labels.tolist()):
        groups.setdefault(label, set()).add(item)
    return {frozenset(g) for g in groups.values()}


def test_shuffled_statements_get_the_same_themes(embedder) -> None:  # type: ignore[no-untyped-def]
    texts, _ = load_eval()
    vectors = embedder.embed(texts)
    for params in (ClusterParams(), ClusterParams(exact_limit=150)):  # exact and large path
        # with the statements' words, fitted on the statements in the order given
        first = cluster(vectors, params, fit_words(texts, params)[1])
        for seed in (1, 2):
            shuffle = np.random.default_rng(seed).permutation(len(vectors))
            shuffled = [texts[i] for i in shuffle]
            again = cluster(vectors[shuffle], params, fit_words(shuffled, params)[1])
            back = np.empty(len(vectors), dtype=np.int64)
            back[shuffle] = again.labels
            assert _partition(back) == _partition(first.labels), (params.exact_limit, seed)
            assert np.array_equal(back, first.labels)  # the same numbering too


def _themes_by_text(session: Session) -> set[frozenset[str]]:
    rows = session.execute(select(ThemeMember.theme_id, Feedback.text)
                           .join(Feedback, Feedback.id == ThemeMember.feedback_id)).all()
    groups: dict[object, set[str]] = {}
    for theme_id, text in rows:
        groups.setdefault(theme_id, set()).add(text)
    return {frozenset(g) for g in groups.values()}


def test_build_and_update_do_not_depend_on_ids_or_order(bank: Session, embedder) -> None:  # type: ignore[no-untyped-def]
    count = len(APP + CRASH + CARD + ARRIVE)
    forward = list(range(count + len(PHONE)))
    results = []
    # Ids that sort the statements forwards, backwards and shuffled; logged in that order.
    shuffled = (np.random.default_rng(5).permutation(count).tolist()
                + (count + np.random.default_rng(6).permutation(len(PHONE))).tolist())
    for name, order in (("a", forward), ("z", forward[:count][::-1] + forward[count:][::-1]),
                        ("m", shuffled)):
        ids = {n: f"{name}{999 - rank:03d}" for rank, n in enumerate(order)}
        for model in (ThemeMember, Theme, ThemeArea, FeedbackEmbedding, Feedback):
            bank.execute(delete(model))
        bank.commit()
        results.append(_run_with_ids(bank, embedder, ids, order))
    assert results[0] == results[1] == results[2]
    assert len(results[0]) >= 4  # real themes, not one blob


def _run_with_ids(session: Session, embedder, ids: dict[int, str], order: list[int]  # type: ignore[no-untyped-def]
                  ) -> set[frozenset[str]]:
    first, later = APP + CRASH + CARD + ARRIVE, PHONE
    for n in order[: len(first)]:
        log_feedback(session=session, text=first[n], received_on=dt.date(2026, 11, 1),
                     feedback_id=ids[n])
    session.commit()
    service.build(session=session, embedder=embedder, params=AREAS)
    session.commit()
    for n in order[len(first):]:
        log_feedback(session=session, text=later[n - len(first)],
                     received_on=dt.date(2026, 11, 2), feedback_id=ids[n])
    session.commit()
    service.update(session=session, embedder=embedder, params=AREAS)
    session.commit()
    return _themes_by_text(session)
