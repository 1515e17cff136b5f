"""The large-n path of clustering: the exact method on a sample, the rest by nearest centre.

Above `exact_limit` items the exact k-NN graph (quadratic similarity work) would not fit in
time, so a seeded random sample of `exact_limit` items is clustered by the exact method
(`clustering.communities`: the same graph, the same resolution, the same areas) and every
other item joins the theme whose centre is closest. A sample of 10,000 holds every theme
that matters to a manager many times over (a theme of 0.1 % of the feedback still has ~10
statements in it). The sample's size is also a scale: modularity finds somewhat more
communities in a larger graph of the same themes (hwu64: 52 themes from 5,010 of its
statements, 67 from all 10,020), so clustering a bounded sample keeps the number of
themes from growing with the volume of feedback. The agreement of both paths is measured
by bench/wocas/quality.py and checked by tests/knowledge/themes/test_large.py.

Deterministic for a seed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from knowledge.themes.clustering import ClusterParams

UNASSIGNED = -1
_CHUNK = 8192  # rows per similarity block: 8192 × themes float32, small


def nearest_centres(vectors: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index of the closest centre per row and its cosine distance, in blocks."""
    best = np.empty(len(vectors), dtype=np.int64)
    distance = np.empty(len(vectors), dtype=np.float32)
    for start in range(0, len(vectors), _CHUNK):
        sims = vectors[start : start + _CHUNK] @ centres.T
        top = sims.argmax(axis=1)
        best[start : start + _CHUNK] = top
        distance[start : start + _CHUNK] = 1.0 - sims[np.arange(len(top)), top]
    return best, distance


def sample_and_assign(vectors: np.ndarray, params: ClusterParams
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Raw community per item and the area of each community; vectors normalised."""
    from knowledge.themes.clustering import centroids_of, communities

    rng = np.random.default_rng(params.seed)
    sample = np.sort(rng.choice(len(vectors), params.exact_limit, replace=False))
    raw_sample, areas = communities(vectors[sample], params)
    count = int(raw_sample.max()) + 1
    sizes = np.bincount(raw_sample, minlength=count)
    # Only communities that will be themes attract the rest: a stray pair in the sample must
    # not pull in thousands of items and become a theme the exact path would not have.
    real = np.flatnonzero(sizes >= params.min_size)
    raw = np.full(len(vectors), UNASSIGNED, dtype=np.int64)
    raw[sample] = raw_sample
    rest = np.setdiff1d(np.arange(len(vectors)), sample, assume_unique=True)
    if len(real) and len(rest):
        centres = centroids_of(vectors[sample], raw_sample, count)[real]
        best, _ = nearest_centres(vectors[rest], centres)
        raw[rest] = real[best]
    return raw, areas
