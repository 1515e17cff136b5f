"""Areas group problems of one kind; a problem that fits no area stays on its own."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from bench.wocas.areas import AREA_OF_EVAL_THEME
from bench.wocas.quality import load_eval
from knowledge.themes.areas import group
from knowledge.themes.clustering import ClusterParams, cluster
from knowledge.themes.embedding import normalise


def _themes_by_area(embedder, guard):  # type: ignore[no-untyped-def]
    texts, truth = load_eval()
    vectors = normalise(embedder.embed(texts))
    params = ClusterParams()
    themes = cluster(vectors, params)
    areas = group(vectors, themes.labels, len(themes.centroids), params, guard=guard)
    named = [Counter(np.asarray(truth)[themes.labels == j].tolist()).most_common(1)[0][0]
             for j in range(len(themes.centroids))]
    return named, areas


@pytest.mark.xfail(strict=True, reason=(
    "open under #17: since the clustering became independent of input order (s20-17a), the "
    "eval set's card area takes the international-transfer problem back in; the guard was "
    "tuned on the old partition. strict: the day it holds again, this must be un-marked."))
def test_the_card_area_holds_card_problems_only(embedder) -> None:  # type: ignore[no-untyped-def]
    named, areas = _themes_by_area(embedder, guard=0.5)
    card_area = areas[named.index("card_delivery_late")]
    inside = {name for name, area in zip(named, areas, strict=True) if area == card_area}
    # Before the guard this area also held transfers, phone waits and an address change.
    assert {"intl_transfer_delay", "phone_wait", "address_change",
            "password_reset"}.isdisjoint(inside), inside
    assert len(inside) >= 3  # but card problems do share it
    # Most of the evaluation set's areas (a head of service's grouping) are not mixed.
    mixed = [a for a in set(areas.tolist())
             if len({AREA_OF_EVAL_THEME[n] for n, b in zip(named, areas, strict=True)
                     if b == a}) > 1]
    assert len(mixed) <= 2, mixed


def test_without_the_guard_every_theme_is_forced_into_an_area(embedder) -> None:  # type: ignore[no-untyped-def]
    named, areas = _themes_by_area(embedder, guard=None)
    guarded = _themes_by_area(embedder, guard=0.5)[1]
    assert len(set(guarded.tolist())) > len(set(areas.tolist()))  # some now stand alone
    assert len(set(guarded.tolist())) <= len(named) // 2  # still a handful, not one each


def test_areas_are_deterministic_and_cover_every_theme() -> None:
    rng = np.random.default_rng(5)
    centres = normalise(rng.normal(0, 1, (6, 16)).astype(np.float32))
    vectors = normalise(np.repeat(centres, 30, axis=0)
                        + rng.normal(0, 0.2, (180, 16)).astype(np.float32))
    labels = np.repeat(np.arange(6), 30)
    labels[:3] = -1  # unassigned statements take no part
    first = group(vectors, labels, 6, ClusterParams())
    assert len(first) == 6 and first.min() == 0
    assert np.array_equal(first, group(vectors, labels, 6, ClusterParams()))


def _theme(session, label: str, vector: np.ndarray, area: int | None = None):  # type: ignore[no-untyped-def]
    from knowledge.models.themes import Theme
    from knowledge.themes.embedding import to_bytes

    theme = Theme(label=label, keywords=[], quotes=[], status="open", model="m", size=5,
                  emerging=False, kind="problem", centroid=to_bytes(normalise(vector)),
                  area_id=area)
    session.add(theme)
    session.flush()
    return theme


def test_a_promoted_problem_joins_an_area_only_if_it_fits_it(bank) -> None:  # type: ignore[no-untyped-def]
    from knowledge.models.themes import Theme, ThemeArea
    from knowledge.themes.areas import _centre, place

    axes = np.eye(8, dtype=np.float32)
    area = ThemeArea(label="cards", keywords=[], kind="problem", size=10, model="m")
    bank.add(area)
    bank.flush()
    members = [_theme(bank, "card not arrived", axes[0] + 0.5 * axes[1], area.id),
               _theme(bank, "card blocked", axes[0] + 0.5 * axes[2], area.id)]
    area.centroid = _centre(members)
    bank.flush()
    close = _theme(bank, "card swallowed", axes[0] + 0.25 * (axes[1] + axes[2]) + 0.1 * axes[3])
    place(session=bank, theme=close)
    assert close.area_id == area.id  # nearer the cards' centre than their own problems
    far = _theme(bank, "mortgage slow", axes[5] + 0.4 * axes[0])
    place(session=bank, theme=far)
    assert far.area_id not in (None, area.id)  # closest area, but it does not fit: alone
    alone = bank.get(ThemeArea, far.area_id)
    assert alone is not None and alone.label == "mortgage slow" and alone.size == far.size
    assert {t.id for t in bank.query(Theme).filter(Theme.area_id == area.id)} == {
        members[0].id, members[1].id, close.id}
