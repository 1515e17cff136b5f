"""The large-n path of clustering: the same average-linkage criterion, on prototypes.

Above `exact_limit` items the exact agglomeration (quadratic in time and memory) does not
fit, so:

1. Prototypes: a random sample of `exact_limit` items is clustered exactly at a finer
   threshold (`fine_distance`); each fine group is a prototype. Every other item joins its
   nearest prototype when within `merge_distance`; the items left over are the pool of the
   next round (so a theme too rare to show in the first sample still gets prototypes).
2. Merge: prototypes are merged by average linkage *with their sizes*, cut at the same
   `merge_distance` as the small path. For unit vectors the average cosine distance between
   two groups is exactly `1 - mean_a · mean_b` (means of the members, not re-normalised), so
   this is the small path's criterion over all members, not an approximation on centres.
   (Merging re-normalised centres over-merges: centres sit closer together than members.)

Both steps are deterministic for a seed.
"""

from __future__ import annotations

import numpy as np

UNASSIGNED = -1
_CHUNK = 8192  # rows per similarity block: 8192 × 3000 float32 ≈ 100 MB at most


def mean_vectors(vectors: np.ndarray, labels: np.ndarray, count: int
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Per group: the mean of its (unit) members, not re-normalised, and its size."""
    from scipy.sparse import csr_matrix

    member = labels >= 0
    rows = labels[member]
    # float32 product (no float64 copy of 100k × 384 vectors), means kept in float64.
    onehot = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, np.flatnonzero(member))),
                        shape=(count, len(vectors)))
    sums = np.asarray(onehot @ np.asarray(vectors, dtype=np.float32), dtype=np.float64)
    sizes = np.bincount(rows, minlength=count).astype(np.float64)
    return sums / np.maximum(sizes, 1.0)[:, None], sizes


def merge_by_average_linkage(means: np.ndarray, sizes: np.ndarray, threshold: float
                             ) -> np.ndarray:
    """Group index per input group: average linkage (sizes as weights) cut at `threshold`.

    Nearest-neighbour chain: average linkage is reducible, so merging mutual nearest
    neighbours yields the same tree as merging globally closest pairs first, and a group
    whose nearest neighbour is beyond the threshold can never merge again (it is retired
    with the whole chain that led to it).
    """
    count = len(means)
    means = np.array(means, dtype=np.float64)
    sizes = np.array(sizes, dtype=np.float64)
    active = np.ones(count, dtype=bool)
    parent = np.arange(count)
    floor = 1.0 - threshold  # similarity a merge needs
    chain: list[int] = []
    start = 0
    while True:
        if not chain:
            while start < count and not active[start]:
                start += 1
            if start >= count:
                break
            chain = [start]
        a = chain[-1]
        sims = means @ means[a]
        sims[~active] = -np.inf
        sims[a] = -np.inf
        b = int(sims.argmax())
        if sims[b] < floor:  # nothing close enough, now or ever: retire the chain
            active[chain] = False
            chain = []
            continue
        if len(chain) >= 2 and sims[chain[-2]] >= sims[b]:  # mutual nearest: merge
            c = chain[-2]
            total = sizes[a] + sizes[c]
            means[c] = (means[a] * sizes[a] + means[c] * sizes[c]) / total
            sizes[c] = total
            active[a] = False
            parent[a] = c
            chain = chain[:-2]
            # c stays active; it is picked up again from `start` or a later chain.
            continue
        chain.append(b)
    # Resolve parents to roots (a merged group points at the group it merged into).
    for i in range(count):
        root = i
        while parent[root] != root:
            root = parent[root]
        parent[i] = root
    _, groups = np.unique(parent, return_inverse=True)
    return groups.astype(np.int64)


def _nearest_blocks(vectors: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    best = np.empty(len(vectors), dtype=np.int64)
    distance = np.empty(len(vectors), dtype=np.float32)
    for start in range(0, len(vectors), _CHUNK):
        sims = vectors[start : start + _CHUNK] @ centres.T
        top = sims.argmax(axis=1)
        best[start : start + _CHUNK] = top
        distance[start : start + _CHUNK] = 1.0 - sims[np.arange(len(top)), top]
    return best, distance


def prototype_labels(vectors: np.ndarray, *, exact_limit: int, fine_distance: float,
                     merge_distance: float, rounds: int, seed: int,
                     agglomerate) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Raw theme per item (UNASSIGNED for items no prototype is near); vectors normalised."""
    from knowledge.themes.clustering import centroids_of

    rng = np.random.default_rng(seed)
    proto = np.full(len(vectors), UNASSIGNED, dtype=np.int64)
    count = 0
    remaining = np.arange(len(vectors))
    for _ in range(rounds):
        if len(remaining) < 2:
            break
        sample = np.sort(rng.choice(remaining, min(exact_limit, len(remaining)), replace=False))
        fine = agglomerate(vectors[sample], fine_distance)
        fresh = int(fine.max()) + 1
        centres = centroids_of(vectors[sample], fine, fresh)
        proto[sample] = fine + count
        rest = np.setdiff1d(remaining, sample, assume_unique=True)
        if len(rest):
            best, distance = _nearest_blocks(vectors[rest], centres)
            close = distance <= merge_distance
            proto[rest[close]] = best[close] + count
            remaining = rest[~close]
        else:
            remaining = rest
        count += fresh
    if count == 0:
        return proto
    means, sizes = mean_vectors(vectors, proto, count)
    groups = merge_by_average_linkage(means, sizes, merge_distance)
    return np.where(proto >= 0, groups[np.maximum(proto, 0)], UNASSIGNED)
