"""Themes from vectors without being told how many: communities of a nearest-neighbour graph.

Method (chosen by measurement on data nobody here wrote, see bench/wocas/README.md): every
statement is linked to its `neighbours` most similar statements (cosine, L2-normalised
vectors; the graph is made symmetric, edges weighted by similarity) and the Leiden algorithm
finds communities that maximise modularity at `resolution`, scaled by √(themes found / 75)
(settled in a few runs: fixed, it merged fine themes on sets of many and cut broad ones on
sets of few; lowered only from 1,000 statements).
The number of themes follows from the data: a fixed cosine threshold (the previous method)
merged distinct problems on one set and split them into hundreds on another, because how
close "the same problem" sits depends on the bank's words; a k-NN graph only asks who is
closest to whom.

Communities smaller than `min_size` are not themes: their members join the nearest theme
centre within `attach_distance`, else stay unassigned, as does any item farther than
that from its own theme's centre (the graph links every item to someone, even off-topic).
Themes are then grouped into *areas* (two levels: a manager sees "cards", then "card not
arrived") by the same algorithm on the graph of themes (edge weight = the k-NN links
between their members) at `area_resolution`.

Given the statements' words (`words`: their LSA vectors, knowledge/themes/words.py), the
graph is built on the sentence vector joined to them at weight `word_weight` (close problems
told apart by one content word); the themes' `centroids` stay in the sentence space (labels,
areas and quotes use it) and `placement` holds the centres in the joined space, where new
statements are placed.

Above `exact_limit` items the exact k-NN graph would not fit in time: `large` clusters
the full graph folded onto a seeded sample (see there). Everything is deterministic for a seed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from knowledge.themes.embedding import normalise
from knowledge.themes.words import STATEMENTS_PER_DIMENSION, join

UNASSIGNED = -1
SMALL_SHARE = 0.05
MANY_STATEMENTS = 1_000
FEW_NEIGHBOURS = 10
_SCALING_STEPS = 4  # further Leiden runs at most to settle the resolution
# The scaling raises the resolution (at most ×2): the limit merges themes when there are many.
# It lowers it (at most ÷2) only from `scale_down_from` statements: scaled down, 20 statements
# in 4 themes (√(4/60)) were merged into 2 (few statements are the small-piece rule's, below).
_SCALE_LIMIT = 2.0
_BLOCK = 2048  # rows per similarity block: 2048 × 10,000 float32 ≈ 160 MB at most


@dataclass(frozen=True)
class ClusterParams:
    neighbours: int = 12
    resolution: float = 6.0
    min_size: int = 4
    attach_distance: float = 0.80
    area_resolution: float = 0.3
    # `resolution` is right for up to this many themes; above, the resolution used grows with
    # the square root of the number found (modularity's resolution limit, see graph_communities).
    # None: the resolution as given.
    reference_themes: float | None = 75.0
    # From this many statements the resolution is also scaled *down* when fewer themes are
    # found than `reference_themes` (at most ÷2); None: only up. A set with half the labels
    # halves the links' total, so at one resolution each broad label was cut into more pieces
    # (bench/wocas/README.md, round nine).
    scale_down_from: int | None = MANY_STATEMENTS
    # From `MANY_STATEMENTS` statements the graph's reach follows the themes' size: after a
    # first clustering at `neighbours`, each statement links to one neighbour per
    # `statements_per_neighbour` statements of a typical theme (statements / themes found),
    # at least `neighbours`, at most `max_neighbours` (None: always `neighbours`).
    statements_per_neighbour: float | None = 5.0
    max_neighbours: int = 24
    seed: int = 7
    # Above this many items a sample of this size is clustered and the rest assigned.
    exact_limit: int = 10_000
    # The words' share β in the joined space and their LSA dimensions (0: vectors only).
    word_weight: float = 0.4
    word_dimensions: int = 100
    # Fewer statements than this per LSA dimension: no words (knowledge/themes/words.py).
    word_statements_per_dimension: int = STATEMENTS_PER_DIMENSION


@dataclass
class Clustering:
    labels: np.ndarray  # one per item; UNASSIGNED (-1) for outliers
    centroids: np.ndarray  # (themes, dimensions), normalised
    distances: np.ndarray  # cosine distance of each item to its theme's centre (nan if none)
    areas: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # area per theme
    # Theme centres in the space clustered (sentence vector and words joined); None when the
    # words were not given: then `centroids` is that space.
    placement: np.ndarray | None = None

    @property
    def unassigned_share(self) -> float:
        return float(np.mean(self.labels == UNASSIGNED)) if len(self.labels) else 0.0


def nearest_neighbours(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact k nearest neighbours by cosine (rows normalised), self excluded; in blocks."""
    n = len(vectors)
    k = min(k, n - 1)
    index = np.empty((n, k), dtype=np.int64)
    similarity = np.empty((n, k), dtype=np.float32)
    for start in range(0, n, _BLOCK):
        sims = vectors[start : start + _BLOCK] @ vectors.T
        rows = np.arange(len(sims))
        sims[rows, start + rows] = -np.inf
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        top_sims = np.take_along_axis(sims, top, axis=1)
        # Ties broken by index so the graph (and so the themes) never depends on the sort.
        order = np.lexsort((top, -top_sims), axis=1)
        index[start : start + _BLOCK] = np.take_along_axis(top, order, axis=1)
        similarity[start : start + _BLOCK] = np.take_along_axis(top_sims, order, axis=1)
    return index, similarity


def adjacency(index: np.ndarray, similarity: np.ndarray):  # type: ignore[no-untyped-def]
    """Symmetric k-NN adjacency (scipy CSR), edges weighted by cosine similarity."""
    from scipy.sparse import coo_matrix

    n, k = index.shape
    weights = np.maximum(similarity.ravel(), 1e-6).astype(np.float64)
    directed = coo_matrix((weights, (np.repeat(np.arange(n), k), index.ravel())),
                          shape=(n, n)).tocsr()
    return directed.maximum(directed.T.tocsr())


def _graph(adjacency):  # type: ignore[no-untyped-def]
    """igraph of a symmetric adjacency; a diagonal entry w becomes a self-loop of w / 2
    (igraph counts a loop twice in a vertex's strength, as the matrix does)."""
    import igraph as ig
    from scipy.sparse import triu

    upper = triu(adjacency).tocoo()
    weights = np.where(upper.row == upper.col, upper.data / 2.0, upper.data)
    edges = np.column_stack([upper.row, upper.col])
    return ig.Graph(n=adjacency.shape[0], edges=edges.tolist(), edge_attrs={"weight": weights})


def _leiden(graph, resolution: float, seed: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    import leidenalg

    partition = leidenalg.find_partition(
        graph, leidenalg.RBConfigurationVertexPartition, weights="weight",
        resolution_parameter=resolution, seed=seed, n_iterations=-1)
    return np.asarray(partition.membership, dtype=np.int64)


def centroids_of(vectors: np.ndarray, labels: np.ndarray, count: int) -> np.ndarray:
    sums = np.zeros((count, vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, labels[labels >= 0], vectors[labels >= 0])
    return normalise(sums.astype(np.float32))


def graph_neighbours(n: int, params: ClusterParams) -> int:
    """k for a graph of n statements: `neighbours`, but at most `FEW_NEIGHBOURS` below
    `MANY_STATEMENTS` (12 measured better than 10 on thousands, but on tens of statements in
    a few themes 12 links reach across themes and merge them)."""
    return params.neighbours if n >= MANY_STATEMENTS else min(params.neighbours, FEW_NEIGHBOURS)


def widest_neighbours(n: int, params: ClusterParams) -> int:
    """The most neighbours `settled_neighbours` may ask for on n statements."""
    k = graph_neighbours(n, params)
    if params.statements_per_neighbour is None or n < MANY_STATEMENTS:
        return k
    return max(k, params.max_neighbours)


def settled_neighbours(k: int, raw: np.ndarray, weight: np.ndarray, params: ClusterParams
                       ) -> int:
    """k for the graph once its communities at k are known: one neighbour per
    `statements_per_neighbour` statements of a typical theme, within [k, `max_neighbours`].

    A k-NN graph's reach is k over a theme's statements: at one k, a problem told in 150
    statements (hwu64's labels) is seen at a third of the scale of one told in 50 (clinc150's,
    the banking sets'), and its sub-topics ("what time is it" / "what day is it", pizza /
    any takeaway) become communities of their own; so a set of broad themes was cut finer
    the more statements each had (bench/wocas/README.md, round ten)."""
    total = float(weight.sum())
    if params.statements_per_neighbour is None or total < MANY_STATEMENTS:
        return k
    themes = int(np.count_nonzero(np.bincount(raw, weights=weight) >= params.min_size))
    if themes == 0:
        return k
    wanted = round(total / themes / params.statements_per_neighbour)
    return int(np.clip(wanted, k, max(k, params.max_neighbours)))


def communities(vectors: np.ndarray, params: ClusterParams) -> tuple[np.ndarray, np.ndarray]:
    """Raw community per item and the area of each community (the exact path)."""
    n = len(vectors)
    if n <= params.min_size:
        return np.zeros(n, dtype=np.int64), np.zeros(1, dtype=np.int64)
    k = graph_neighbours(n, params)
    index, similarity = nearest_neighbours(vectors, widest_neighbours(n, params))
    weight = np.ones(n)
    raw, areas = graph_communities(adjacency(index[:, :k], similarity[:, :k]), weight, params)
    wider = settled_neighbours(k, raw, weight, params)
    if wider > k:
        raw, areas = graph_communities(
            adjacency(index[:, :wider], similarity[:, :wider]), weight, params)
    return raw, areas


def _scaled_resolution(graph, weight: np.ndarray, params: ClusterParams  # type: ignore[no-untyped-def]
                       ) -> tuple[float, np.ndarray]:
    """The resolution for this graph, `params.resolution` × √(themes found / reference),
    and the communities found at it.

    Modularity's resolution limit: at a fixed resolution two communities merge once the
    links between them exceed resolution × the product of their shares of all links, shares
    that fall as 1 / themes; so a set of many fine themes (clinc150's 120 intents) had close
    ones merged and a set of few (the evaluation set's 20) had them split. A resolution
    proportional to the number of themes would make a merge need a fixed share of a theme's
    links; the square root from `resolution` at `reference_themes` is the compromise that
    measured best (bench/wocas/README.md); downwards only from `scale_down_from` statements.
    Settled as a fixed point: a few Leiden runs."""
    resolution = params.resolution
    raw = _leiden(graph, resolution, params.seed)
    if params.reference_themes is None:
        return resolution, raw
    low = 1.0
    if params.scale_down_from is not None and weight.sum() >= params.scale_down_from:
        low = 1.0 / _SCALE_LIMIT
    for _ in range(_SCALING_STEPS):
        themes = int(np.count_nonzero(np.bincount(raw, weights=weight) >= params.min_size))
        scaled = params.resolution * float(np.clip(
            np.sqrt(themes / params.reference_themes), low, _SCALE_LIMIT))
        if abs(scaled - resolution) < 0.05 * resolution:
            break
        resolution = scaled
        raw = _leiden(graph, resolution, params.seed)
    return resolution, raw


def graph_communities(adjacency, weight: np.ndarray, params: ClusterParams  # type: ignore[no-untyped-def]
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Communities of a weighted graph whose node i stands for `weight[i]` statements, and
    the area of each community."""
    from scipy.sparse import csr_matrix

    n = adjacency.shape[0]
    graph = _graph(adjacency)
    # On few statements a high resolution cuts themes into pieces below `min_size`: lower it
    # until at most `SMALL_SHARE` of the items sit in such pieces (on the benchmark sets of
    # thousands this never triggers; on 15 statements in 3 themes it finds the 3). Steps of
    # 2/3, not halving: the highest resolution that passes is the one wanted, and from 6 a
    # halving jumps straight to 3, which already merges two of those three themes.
    resolution, raw = _scaled_resolution(graph, weight, params)
    while True:
        sizes = np.bincount(raw, weights=weight)
        if resolution <= 0.25 or (weight @ (sizes[raw] < params.min_size)) <= (
                SMALL_SHARE * weight.sum()):
            break
        resolution *= 2 / 3
        raw = _leiden(graph, resolution, params.seed)
    # Areas: the graph of communities (the links between their members summed, a
    # community's inner links as its self-loop), clustered by the same criterion.
    count = int(raw.max()) + 1
    member = csr_matrix((np.ones(n), (np.arange(n), raw)), shape=(n, count))
    quotient = (member.T @ adjacency @ member).tocsr()
    areas = _leiden(_graph(quotient), params.area_resolution, params.seed)
    return raw, areas


def finish(vectors: np.ndarray, raw: np.ndarray, raw_areas: np.ndarray, params: ClusterParams
           ) -> Clustering:
    """Small communities out, themes numbered by size, outliers re-attached within reach."""
    n = len(vectors)
    ids, counts = np.unique(raw[raw >= 0], return_counts=True)
    kept = [(int(c), int(i)) for i, c in zip(ids, counts, strict=True) if c >= params.min_size]
    kept.sort(key=lambda pair: (-pair[0], pair[1]))
    remap = np.full(int(raw.max()) + 2 if len(raw) else 1, UNASSIGNED, dtype=np.int64)
    for new, (_, old) in enumerate(kept):
        remap[old] = new
    labels = remap[raw]
    centroids = centroids_of(vectors, labels, len(kept))
    _, areas = np.unique(np.array([raw_areas[old] for _, old in kept], dtype=np.int64),
                         return_inverse=True)
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
            "ij,ij->i", vectors[assigned], centroids[labels[assigned]])
        # A graph links every item to someone; one far from its theme's centre is off-topic.
        far = assigned & (distances > params.attach_distance)
        labels[far] = UNASSIGNED
        distances[far] = np.nan
    return Clustering(labels=labels, centroids=centroids, distances=distances,
                      areas=np.asarray(areas, dtype=np.int64).reshape(-1))


def content_order(vectors: np.ndarray) -> np.ndarray:
    """A permutation that sorts rows by their bytes: the same statements give the same
    sequence whatever order (or random ids) they arrive in."""
    rows = np.ascontiguousarray(vectors)
    keys = rows.view(np.dtype((np.void, rows.shape[1] * rows.itemsize))).ravel()
    return np.argsort(keys, kind="stable")


def cluster(vectors: np.ndarray, params: ClusterParams | None = None,
            words: np.ndarray | None = None) -> Clustering:
    """Group normalised vectors into themes; labels are ordered by theme size, largest first.
    `words`: the statements' word vectors (`words.Lexicon.features`), joined to `vectors`
    at `params.word_weight` for the graph (`placement`: the centres there; `centroids` and
    `distances` stay in the sentence space).

    The themes depend on the statements only, not on their order: Leiden's moves, the
    neighbour ties, the sample and the rounding of blocked products all follow the row
    order, and callers load statements by (random) id. So the rows are clustered in an
    order of their content and the labels put back in the caller's order."""
    params = params or ClusterParams()
    vectors = normalise(vectors)
    if len(vectors) == 0:
        return Clustering(np.zeros(0, np.int64), np.zeros((0, vectors.shape[1]), np.float32),
                          np.zeros(0, np.float32), np.zeros(0, np.int64))
    joined = words is not None and params.word_weight > 0
    space = join(vectors, words, params.word_weight) if words is not None and joined else vectors
    order = content_order(space)
    ordered = space[order]
    if len(vectors) <= params.exact_limit:
        raw, raw_areas = communities(ordered, params)
    else:
        from knowledge.themes.large import sample_and_assign

        raw, raw_areas = sample_and_assign(ordered, params)
    result = finish(ordered, raw, raw_areas, params)
    if joined:  # centres and distances in the sentence space; the joined centres to place
        result.placement = result.centroids
        sentences = vectors[order]
        result.centroids = centroids_of(sentences, result.labels, len(result.placement))
        assigned = result.labels >= 0
        result.distances[assigned] = 1.0 - np.einsum(
            "ij,ij->i", sentences[assigned], result.centroids[result.labels[assigned]])
    back = np.empty_like(order)
    back[order] = np.arange(len(order))
    result.labels, result.distances = result.labels[back], result.distances[back]
    return result


def nearest(vector: np.ndarray, centroids: np.ndarray) -> tuple[int, float]:
    """The closest centre and its cosine distance; (-1, inf) when there is none."""
    if len(centroids) == 0:
        return UNASSIGNED, float("inf")
    sims = centroids @ normalise(vector)
    best = int(sims.argmax())
    return best, float(1.0 - sims[best])
