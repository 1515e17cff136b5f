"""The theme method is deterministic; the large-n path gives the exact path's themes."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from bench.wocas.quality import load_eval
from knowledge.themes.clustering import ClusterParams, cluster, nearest_neighbours
from knowledge.themes.embedding import normalise


def test_nearest_neighbours_are_the_exact_ones() -> None:
    rng = np.random.default_rng(3)
    points = normalise(rng.normal(0, 1, (300, 12)).astype(np.float32))
    index, similarity = nearest_neighbours(points, 5)
    sims = points @ points.T
    np.fill_diagonal(sims, -np.inf)
    expected = np.sort(np.argsort(-sims, axis=1)[:, :5], axis=1)
    assert np.array_equal(np.sort(index, axis=1), expected)
    assert np.all(np.diff(similarity, axis=1) <= 1e-6)  # closest first


def test_the_method_is_deterministic_for_a_seed_on_real_statements(embedder) -> None:  # type: ignore[no-untyped-def]
    texts, _ = load_eval()
    vectors = embedder.embed(texts)
    first, second = cluster(vectors), cluster(vectors)
    assert np.array_equal(first.labels, second.labels)
    assert np.array_equal(first.areas, second.areas)
    large = ClusterParams(exact_limit=200)
    assert np.array_equal(cluster(vectors, large).labels, cluster(vectors, large).labels)


def test_both_paths_agree_on_the_evaluation_set(embedder) -> None:  # type: ignore[no-untyped-def]
    texts, truth = load_eval()
    vectors = embedder.embed(texts)
    exact = cluster(vectors)
    # Forced through the large path: a sample of 200 of the 309 clustered, the rest assigned.
    large = cluster(vectors, ClusterParams(exact_limit=200))
    assert adjusted_rand_score(exact.labels, large.labels) >= 0.8
    assert abs(len(large.centroids) - len(exact.centroids)) <= 2
    assert normalized_mutual_info_score(truth, exact.labels) >= 0.9
    assert normalized_mutual_info_score(truth, large.labels) >= 0.9
    assert large.unassigned_share <= 0.02 and exact.unassigned_share <= 0.02
    assert 0.7 * 20 <= len(exact.centroids) <= 1.5 * 20  # k not given: 20 true themes


def test_themes_fall_into_a_handful_of_areas(embedder) -> None:  # type: ignore[no-untyped-def]
    texts, truth = load_eval()
    result = cluster(embedder.embed(texts))
    areas = len(set(result.areas.tolist()))
    assert len(result.areas) == len(result.centroids)  # every theme has its area
    assert 2 <= areas <= len(result.centroids) // 2
    # an area is a union of themes: knowing the theme tells the area
    assigned = result.labels >= 0
    area_of_item = result.areas[result.labels[assigned]]
    assert normalized_mutual_info_score(np.array(truth)[assigned], area_of_item) > 0.5
