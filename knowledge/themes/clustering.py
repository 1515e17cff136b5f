"""Themes from vectors without being told how many: a cosine-distance threshold decides.

Method (chosen by measurement, see bench/wocas): average-linkage agglomerative clustering on
L2-normalised embeddings, cut where clusters are more than `merge_distance` apart; groups
smaller than `min_size` are outliers, and outliers within `attach_distance` of a theme's
centre are re-attached to it. Above `exact_limit` items the quadratic step would not fit in
time or memory, so `knowledge.themes.large` clusters prototypes (fine groups of a sample,
with every item joined to its nearest) by the same average-linkage criterion over their
members; both paths then share the outlier rules below. Everything is deterministic for a
seed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from knowledge.themes.embedding import normalise
from knowledge.themes.large import prototype_labels

UNASSIGNED = -1


@dataclass(frozen=True)
class ClusterParams:
    merge_distance: float = 0.60
    min_size: int = 4
    attach_distance: float = 0.70
    seed: int = 7
    exact_limit: int = 3000
    rounds: int = 4
    # Large-n path only: how tight the prototypes are before they are merged (see large.py).
    fine_distance: float = 0.40


@dataclass
class Clustering:
    labels: np.ndarray  # one per item; UNASSIGNED (-1) for outliers
    centroids: np.ndarray  # (themes, dimensions), normalised
    distances: np.ndarray  # cosine distance of each item to its theme's centre (nan if none)

    @property
    def unassigned_share(self) -> float:
        return float(np.mean(self.labels == UNASSIGNED)) if len(self.labels) else 0.0


def _agglomerate(vectors: np.ndarray, merge_distance: float) -> np.ndarray:
    from sklearn.cluster import AgglomerativeClustering

    if len(vectors) < 2:
        return np.zeros(len(vectors), dtype=np.int64)
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=merge_distance
    )
    return np.asarray(model.fit_predict(vectors), dtype=np.int64)


def centroids_of(vectors: np.ndarray, labels: np.ndarray, count: int) -> np.ndarray:
    sums = np.zeros((count, vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, labels[labels >= 0], vectors[labels >= 0])
    return normalise(sums.astype(np.float32))


def cluster(vectors: np.ndarray, params: ClusterParams | None = None) -> Clustering:
    """Group normalised vectors into themes; labels are ordered by theme size, largest first."""
    params = params or ClusterParams()
    vectors = normalise(vectors)
    n = len(vectors)
    if n == 0:
        return Clustering(np.zeros(0, np.int64), np.zeros((0, vectors.shape[1]), np.float32),
                          np.zeros(0, np.float32))
    raw = (_agglomerate(vectors, params.merge_distance) if n <= params.exact_limit
           else prototype_labels(vectors, exact_limit=params.exact_limit,
                                 fine_distance=params.fine_distance,
                                 merge_distance=params.merge_distance, rounds=params.rounds,
                                 seed=params.seed, agglomerate=_agglomerate))

    # Small groups are outliers; the rest are renumbered by size so ids are deterministic.
    ids, counts = np.unique(raw[raw >= 0], return_counts=True)
    kept = [(int(c), int(i)) for i, c in zip(ids, counts, strict=True) if c >= params.min_size]
    kept.sort(key=lambda pair: (-pair[0], pair[1]))
    remap = np.full(int(raw.max()) + 2, UNASSIGNED, dtype=np.int64)  # raw -1 maps to the last
    for new, (_, old) in enumerate(kept):
        remap[old] = new
    labels = remap[raw]
    centroids = centroids_of(vectors, labels, len(kept))

    distances = np.full(n, np.nan, dtype=np.float32)
    if len(kept):
        outliers = np.flatnonzero(labels == UNASSIGNED)
        if len(outliers):
            sims = vectors[outliers] @ centroids.T
            best = sims.argmax(axis=1)
            close = 1.0 - sims[np.arange(len(outliers)), best] <= params.attach_distance
            labels[outliers[close]] = best[close]
        assigned = labels >= 0
        distances[assigned] = 1.0 - np.einsum(
            "ij,ij->i", vectors[assigned], centroids[labels[assigned]]
        )
    return Clustering(labels=labels, centroids=centroids, distances=distances)


def nearest(vector: np.ndarray, centroids: np.ndarray) -> tuple[int, float]:
    """The closest centre and its cosine distance; (-1, inf) when there is none."""
    if len(centroids) == 0:
        return UNASSIGNED, float("inf")
    sims = centroids @ normalise(vector)
    best = int(sims.argmax())
    return best, float(1.0 - sims[best])
