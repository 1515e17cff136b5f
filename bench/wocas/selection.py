"""Resolution chosen per data set by silhouette, measured and not adopted (bench/wocas/README.md,
sixth round).

`python -m bench.wocas.selection --set hwu64` (under `flock /tmp/heavy.lock`, one set per run;
vectors from `bench.wocas.quality`'s cache, so run that once first) → NMI / ARI / themes of
the product's themes, of the same k-NN graph cut at the resolution (of `GRID`) whose themes
have the highest mean silhouette, and of k-means told k (seeds 1–3), on the whole set, on
each half of its labels (the whole-set clustering restricted, as `quality` scores halves) and
on each half clustered alone, all in the same run.

The silhouette is the exact one under cosine distance, in O(items × themes × dimensions): an
item's mean cosine to a theme is its dot product with the theme's vector sum over the size.
It lifts hwu64 (broad labels) and the evaluation set and loses clinc150's unseen half alone
(fine labels): see the README for why.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import numpy as np

from bench.wocas.quality import embed_cached, halves, labelled_sets, read_set, scores
from knowledge.themes.clustering import (
    ClusterParams,
    _graph,
    _leiden,
    adjacency,
    cluster,
    content_order,
    finish,
    graph_neighbours,
    nearest_neighbours,
)
from knowledge.themes.embedding import normalise

GRID = tuple(6.0 * 2 ** (j / 2) for j in range(-2, 3))  # 3 … 12, half-octave steps around 6
ALONE_FROM = 1_000  # halves clustered alone only for sets of thousands (eval's are ~150)


def silhouette(vectors: np.ndarray, raw: np.ndarray, min_size: int) -> float:
    """Mean silhouette (cosine distance) of the items in communities of at least `min_size`."""
    keep = np.bincount(raw)[raw] >= min_size
    _, labels = np.unique(raw[keep], return_inverse=True)
    x = vectors[keep].astype(np.float64)
    count = int(labels.max()) + 1
    sums = np.zeros((count, x.shape[1]))
    np.add.at(sums, labels, x)
    sizes = np.bincount(labels, minlength=count).astype(np.float64)
    similarity = x @ sums.T  # sum of cosines of each item to each theme's members
    rows = np.arange(len(labels))
    own = 1.0 - (similarity[rows, labels] - 1.0) / np.maximum(sizes[labels] - 1.0, 1.0)
    others = 1.0 - similarity / sizes
    others[rows, labels] = np.inf
    nearest = others.min(axis=1)
    return float(((nearest - own) / np.maximum(np.maximum(own, nearest), 1e-12)).mean())


def by_silhouette(vectors: np.ndarray, params: ClusterParams) -> tuple[np.ndarray, float]:
    """Themes (exact path) at the resolution of `GRID` with the highest silhouette."""
    vectors = normalise(vectors)
    order = content_order(vectors)
    ordered = vectors[order]
    graph = _graph(adjacency(*nearest_neighbours(ordered, graph_neighbours(len(ordered),
                                                                            params))))
    best: tuple[float, float, np.ndarray] | None = None
    for resolution in GRID:
        raw = _leiden(graph, resolution, params.seed)
        value = silhouette(ordered, raw, params.min_size)
        if best is None or value > best[0]:
            best = (value, resolution, raw)
    assert best is not None
    raw = best[2]
    labels = finish(ordered, raw, np.zeros(int(raw.max()) + 1, np.int64), params).labels
    back = np.empty_like(order)
    back[order] = np.arange(len(order))
    return labels[back], best[1]


def methods(vectors: np.ndarray, k: int) -> dict[str, np.ndarray]:
    from sklearn.cluster import KMeans

    params = ClusterParams()
    chosen, resolution = by_silhouette(vectors, params)
    runs = {"ours": cluster(vectors, params).labels,
            f"silhouette-chosen resolution ({resolution:.2f})": chosen}
    for seed in (1, 2, 3):
        runs[f"k-means seed {seed}"] = KMeans(n_clusters=k, random_state=seed,
                                              n_init=1).fit_predict(vectors)
    return runs


def measure(name: str) -> dict[str, dict[str, Any]]:
    from knowledge.themes.embedding import SentenceTransformerEmbedder

    found, _ = labelled_sets()
    path = next(p for n, p in found.items() if n.startswith(name))
    texts, truth_list = read_set(path)
    vectors = normalise(embed_cached(SentenceTransformerEmbedder(), path, texts))
    truth = np.array(truth_list)
    parts: dict[str, dict[str, Any]] = {}
    runs = methods(vectors, len(set(truth_list)))
    split = halves(truth)
    for part, mask in {"whole": np.ones(len(truth), bool), **split}.items():
        parts[part if part == "whole" else f"whole, {part}"] = {
            method: scores(truth[mask], labels[mask]) for method, labels in runs.items()}
    for part, mask in split.items() if len(truth) >= ALONE_FROM else ():
        alone = methods(vectors[mask], len(set(truth[mask].tolist())))
        parts[f"{part} alone"] = {method: scores(truth[mask], labels)
                                  for method, labels in alone.items()}
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.wocas.selection")
    parser.add_argument("--set", required=True, help="a set's name or its start (eval, hwu64)")
    args = parser.parse_args()
    start = time.perf_counter()
    for part, results in measure(args.set).items():
        for method, s in results.items():
            print(f"| {args.set} | {part} | {method} | {s['nmi']} | {s['ari']} | {s['themes']} |")
    print(f"({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
