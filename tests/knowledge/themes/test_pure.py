"""Pure parts, vectors passed in directly: clustering, placement, labels, trends."""

from __future__ import annotations

import datetime as dt

import numpy as np

from knowledge.themes.clustering import UNASSIGNED, ClusterParams, cluster, nearest
from knowledge.themes.labels import class_tfidf, label_from, lemma, quotes
from knowledge.themes.trends import Trend, parse_period, windows


def _blobs(seed: int = 1, per: int = 30) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = np.eye(8, 16, dtype=np.float32)[:3] * 5
    points = np.vstack([c + rng.normal(0, 0.3, (per, 16)) for c in centres])
    return points.astype(np.float32), np.repeat(np.arange(3), per)


def test_clusters_are_found_without_k(embedder) -> None:  # type: ignore[no-untyped-def]
    from tests.knowledge.themes.wocas_bank import APP, CARD, PHONE

    result = cluster(embedder.embed(APP + PHONE + CARD), ClusterParams(min_size=3))
    assert len(result.centroids) == 3 and result.unassigned_share == 0
    for k in range(3):  # every true group lands in exactly one theme
        assert len(set(result.labels[5 * k : 5 * k + 5])) == 1


def test_clustering_is_deterministic_for_a_seed_on_both_paths() -> None:
    points, _ = _blobs(per=60)
    exact = ClusterParams(min_size=4)
    sampled = ClusterParams(min_size=4, exact_limit=120)
    assert np.array_equal(cluster(points, exact).labels, cluster(points, exact).labels)
    first, second = cluster(points, sampled), cluster(points, sampled)
    assert np.array_equal(first.labels, second.labels)


def test_lone_items_stay_unassigned_when_far_from_every_theme() -> None:
    points, _ = _blobs()
    odd = np.zeros((1, 16), dtype=np.float32)
    odd[0, 15] = 1.0
    result = cluster(np.vstack([points, odd]), ClusterParams(min_size=4,
                                                            attach_distance=0.5))
    assert result.labels[-1] == UNASSIGNED
    assert nearest(odd[0], result.centroids)[1] > 0.5


def test_lemmas_fold_inflections_only_to_words_that_exist() -> None:
    vocabulary = frozenset({"close", "closed", "transfer", "transfers"})
    assert lemma("closed", vocabulary) == "close"
    assert lemma("transfers") == "transfer"
    assert lemma("declined", vocabulary) == "declined"  # no invented stem "declin"


def test_class_tfidf_picks_distinctive_words_and_quotes_nearest_the_centre() -> None:
    keywords = class_tfidf([
        ["The app logs me out", "app logged me out again", "the app logs out during transfer"],
        ["waited an hour on the phone", "phone queue too long", "on hold on the phone"],
    ])
    assert "app" in keywords[0] and "phone" in keywords[1]
    assert label_from(keywords[0]).startswith(keywords[0][0])
    vectors = np.array([[1, 0], [0.6, 0.8], [0.9, 0.1]], dtype=np.float32)
    assert quotes(["far", "farther", "near"], vectors, np.array([1, 0], dtype=np.float32), 2) == [
        "far", "near"]


def test_trend_directions_and_periods() -> None:
    assert Trend(1, 10, 4).direction == "rising"
    assert Trend(1, 2, 9).direction == "falling"
    assert Trend(1, 5, 5).direction == "steady"
    assert Trend(1, 3, 0).direction == "new"
    assert parse_period("what are customers saying this week?") == "week"
    previous, start, end = windows("month", dt.date(2026, 11, 30))
    assert (end - start).days == 29 and (start - previous).days == 30


def test_the_resolution_follows_the_themes_found_both_ways_from_a_thousand_statements() -> None:
    """30 themes found among 1,200 statements: below the 75 the resolution is made for, so it
    is lowered (× √(30/75)), as it is raised above; on 900 statements it is not lowered."""
    from knowledge.themes import clustering

    rng = np.random.default_rng(5)
    centres = rng.normal(0, 1, (30, 48))
    points = centres[np.repeat(np.arange(30), 40)] + rng.normal(0, 0.5, (1200, 48))
    points = points.astype(np.float32)
    points /= np.linalg.norm(points, axis=1, keepdims=True)

    def resolution(n: int, params: ClusterParams) -> float:
        index, similarity = clustering.nearest_neighbours(
            points[:n], clustering.graph_neighbours(n, params))
        graph = clustering._graph(clustering.adjacency(index, similarity))
        return clustering._scaled_resolution(graph, np.ones(n), params)[0]

    assert abs(resolution(1200, ClusterParams()) - 6.0 * np.sqrt(30 / 75)) < 1e-9
    assert resolution(1200, ClusterParams(scale_down_from=None)) == 6.0
    assert resolution(900, ClusterParams()) == 6.0


def test_broad_problems_told_in_many_statements_are_not_cut_into_their_wordings() -> None:
    """12 problems of 200 statements each, each said two close ways ("what time is it" /
    "what day is it"): at 12 neighbours a statement saw only its own wording and each
    wording became a theme (18 here); the graph's reach follows the themes' size, so the
    12 problems come out."""
    from sklearn.metrics import adjusted_rand_score

    rng = np.random.default_rng(2)
    problems = rng.normal(size=(12, 48))
    problems /= np.linalg.norm(problems, axis=1, keepdims=True)
    offsets = rng.normal(size=(24, 48))
    wordings = np.repeat(problems, 2, axis=0) + 0.45 * offsets / np.linalg.norm(
        offsets, axis=1, keepdims=True)
    wordings /= np.linalg.norm(wordings, axis=1, keepdims=True)
    said = np.repeat(np.arange(24), 100)
    noise = rng.normal(size=(len(said), 48))
    points = (wordings[said] + noise / np.linalg.norm(noise, axis=1, keepdims=True))
    result = cluster(points.astype(np.float32))
    assert len(result.centroids) == 12
    assert adjusted_rand_score(said // 2, result.labels) >= 0.95


def test_the_reach_is_widened_only_for_themes_of_many_statements() -> None:
    from knowledge.themes.clustering import settled_neighbours

    params = ClusterParams()

    def k_for(themes: int, per: int) -> int:
        raw = np.repeat(np.arange(themes), per)
        return settled_neighbours(12, raw, np.ones(len(raw)), params)

    assert k_for(77, 40) == 12  # fine problems (the banking checks' size): as before
    assert k_for(120, 50) == 12
    assert k_for(40, 90) == 18  # broad ones: one neighbour per 5 statements of a theme
    assert k_for(20, 150) == 24  # at most 24
    assert k_for(8, 100) == 12  # 800 statements: too few to judge, as before
