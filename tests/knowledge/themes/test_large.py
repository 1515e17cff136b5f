"""The large-n clustering path gives the themes the exact path gives."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.metrics import normalized_mutual_info_score

from bench.wocas.quality import load_eval
from knowledge.themes.clustering import ClusterParams, cluster
from knowledge.themes.embedding import normalise
from knowledge.themes.large import mean_vectors, merge_by_average_linkage


def _same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    return normalized_mutual_info_score(a, b) == pytest.approx(1.0)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merging_single_items_is_exactly_average_linkage(seed: int) -> None:
    rng = np.random.default_rng(seed)
    points = normalise(rng.normal(0, 1, (60, 8)).astype(np.float32) + np.repeat(
        rng.normal(0, 2, (4, 8)), 15, axis=0).astype(np.float32))
    ours = merge_by_average_linkage(points.astype(np.float64), np.ones(len(points)), 0.5)
    tree = linkage(points.astype(np.float64), method="average", metric="cosine")
    reference = fcluster(tree, t=0.5, criterion="distance")
    assert _same_partition(ours, reference)


def test_merging_groups_weighs_them_by_their_members() -> None:
    # Group means (not re-normalised) carry the spread of the members: merging groups of
    # items gives the tree that merging the items themselves gives.
    rng = np.random.default_rng(5)
    base = rng.normal(0, 1, (20, 6)) + np.repeat(rng.normal(0, 2, (2, 6)), 10, axis=0)
    twins = np.repeat(base, 2, axis=0) + rng.normal(0, 1e-4, (40, 6))  # each pair merges first
    points = normalise(twins.astype(np.float32))
    pairs = np.repeat(np.arange(20), 2)
    tree = linkage(points.astype(np.float64), method="average", metric="cosine")
    reference = fcluster(tree, t=0.7, criterion="distance")
    means, sizes = mean_vectors(points, pairs, 20)
    groups = merge_by_average_linkage(means, sizes, 0.7)
    assert _same_partition(groups[pairs], reference)
    assert len(set(reference)) > 1  # the cut is not trivial


def test_both_paths_agree_on_the_evaluation_set(embedder) -> None:  # type: ignore[no-untyped-def]
    texts, truth = load_eval()
    vectors = embedder.embed(texts)
    exact = cluster(vectors, ClusterParams())
    # Forced through the large path: samples of 100 of the 309 items clustered exactly.
    large = cluster(vectors, ClusterParams(exact_limit=100))
    assert normalized_mutual_info_score(exact.labels, large.labels) >= 0.85
    assert abs(len(large.centroids) - len(exact.centroids)) <= 2
    assert normalized_mutual_info_score(truth, large.labels) >= 0.84
    assert large.unassigned_share <= 0.02


def test_the_large_path_does_not_split_themes_at_scale() -> None:
    # Paraphrase-like points around 6 themes: 30,000 items go the large path and must give
    # the themes the exact path finds on 1,500 of them, not many more.
    rng = np.random.default_rng(11)
    centres = normalise(rng.normal(0, 1, (6, 32)).astype(np.float32))
    theme = rng.integers(0, 6, 30_000)
    points = normalise(centres[theme] + rng.normal(0, 0.12, (30_000, 32)).astype(np.float32))
    exact = cluster(points[:1500], ClusterParams(merge_distance=0.5))
    large = cluster(points, ClusterParams(merge_distance=0.5, exact_limit=1500))
    assert len(exact.centroids) == 6
    assert len(large.centroids) == len(exact.centroids)
    assert normalized_mutual_info_score(theme, large.labels) > 0.95
