"""The large-n path of clustering: the exact method on a sample, the rest by their neighbours.

Above `exact_limit` items the exact k-NN graph (quadratic similarity work) would not fit in
time, so a seeded random sample of `exact_limit` items is clustered by the exact method
(`clustering.communities`: the same graph, the same resolution, the same areas) and every
other item joins the theme most of its nearest sampled statements are in.

Two things make the sample's themes the exact path's themes on the same data (measured by
bench/wocas/quality.py, checked by tests/knowledge/themes/test_large.py):
- *The same neighbourhood.* A k-NN graph's scale is k/n: a statement's 10 nearest among
  5,000 reach as far as its 20 nearest among 10,000, so a sample's graph with the full `k`
  links across neighbouring themes that the full graph keeps apart, and modularity merges
  them (forced on half of hwu64: 66 themes vs the exact 86; clinc150: 85 vs 111). The sample
  uses k × sample / n neighbours (at least `MIN_NEIGHBOURS`), the full graph's reach.
- *Assignment by neighbours, not by centre.* A community of a graph is not a ball; the rest
  join by a similarity-weighted vote of their `VOTERS` nearest sampled statements.
Beyond ~3 × `exact_limit` the floor holds the sample's graph at `MIN_NEIGHBOURS`, so the
number of themes stops growing with the volume of feedback.

Deterministic for a seed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from knowledge.themes.clustering import ClusterParams

UNASSIGNED = -1
MIN_NEIGHBOURS = 3
VOTERS = 10
_VOTE_CHUNK = 1024  # rows per vote block: 1024 × 10,000 sampled float32 = 40 MB


def sample_neighbours(neighbours: int, sample: int, n: int) -> int:
    """k for the sample's graph: the full graph's reach (k/n) at the sample's size."""
    return max(MIN_NEIGHBOURS, min(neighbours, round(neighbours * sample / n)))


def vote(vectors: np.ndarray, voters: np.ndarray, their_labels: np.ndarray, count: int
         ) -> np.ndarray:
    """Per row, the label with the most similarity among its `VOTERS` nearest voters
    (only labels >= 0 vote; ties go to the lower label, so the result is deterministic)."""
    k = min(VOTERS, len(voters))
    result = np.empty(len(vectors), dtype=np.int64)
    for start in range(0, len(vectors), _VOTE_CHUNK):
        sims = vectors[start : start + _VOTE_CHUNK] @ voters.T
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        weights = np.maximum(np.take_along_axis(sims, top, axis=1), 0.0).astype(np.float64)
        labels = their_labels[top]
        tally = np.zeros((len(sims), count), dtype=np.float64)
        rows = np.repeat(np.arange(len(sims)), k)
        np.add.at(tally, (rows, labels.ravel()), weights.ravel())
        result[start : start + _VOTE_CHUNK] = tally.argmax(axis=1)
    return result


def sample_and_assign(vectors: np.ndarray, params: ClusterParams
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Raw community per item and the area of each community; vectors normalised."""
    from dataclasses import replace

    from knowledge.themes.clustering import communities

    rng = np.random.default_rng(params.seed)
    n = len(vectors)
    sample = np.sort(rng.choice(n, params.exact_limit, replace=False))
    scaled = replace(params, neighbours=sample_neighbours(params.neighbours, len(sample), n))
    raw_sample, areas = communities(vectors[sample], scaled)
    count = int(raw_sample.max()) + 1
    sizes = np.bincount(raw_sample, minlength=count)
    # Only communities that will be themes vote: a stray pair in the sample must not pull
    # in thousands of items and become a theme the exact path would not have.
    real = sizes[raw_sample] >= params.min_size
    raw = np.full(n, UNASSIGNED, dtype=np.int64)
    raw[sample] = raw_sample
    rest = np.setdiff1d(np.arange(n), sample, assume_unique=True)
    if real.any() and len(rest):
        raw[rest] = vote(vectors[rest], vectors[sample][real], raw_sample[real], count)
    return raw, areas
