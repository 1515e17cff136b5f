"""Fragment gate, measured and not adopted (bench/wocas/README.md, fifth round).

`python -m bench.wocas.fragments --set hwu64` (under `flock /tmp/heavy.lock`, one set per
run; vectors from `bench.wocas.quality`'s cache, so run that once first) → for the product's
themes and for two *fragment gates* on top of them, NMI / ARI / themes on the whole set, on
each half of its labels (the whole-set clustering restricted, as `quality` scores halves)
and on each half clustered alone (sets of thousands), next to BERTopic + reduce_outliers
(when installed) and k-means told k (seeds 1–3), all in the same run.

A gate absorbs a theme C into the theme P most of its members' k nearest neighbours outside
C fall in, smallest first, when C is at most half of P and its *gap* (its members' mean cosine
to C's centre minus to P's centre) is at most the gate's. It helps hwu64's halves clustered
alone and no whole set: see the README for why.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import numpy as np

from bench.wocas.quality import (
    bertopic_labels,
    embed_cached,
    halves,
    labelled_sets,
    read_set,
    scores,
)
from knowledge.themes.clustering import ClusterParams, cluster, graph_neighbours, nearest_neighbours
from knowledge.themes.embedding import normalise

GATES = {"gate A (gap ≤ 0.22)": 0.22, "gate B (gap ≤ 0.20)": 0.20}
SIZE_RATIO = 0.5
ALONE_FROM = 1_000  # halves clustered alone only for sets of thousands (eval's are ~150)


def absorb(vectors: np.ndarray, labels: np.ndarray, neighbours: np.ndarray, gap_max: float,
           ratio_max: float = SIZE_RATIO) -> np.ndarray:
    """One pass, smallest theme first; themes renumbered, unassigned (-1) kept."""
    labels = labels.copy()
    count = int(labels.max()) + 1
    sizes = np.bincount(labels[labels >= 0], minlength=count)
    sums = np.zeros((count, vectors.shape[1]))
    np.add.at(sums, labels[labels >= 0], vectors[labels >= 0])
    for small in np.argsort(sizes, kind="stable"):
        members = labels == small
        if not members.any():
            continue
        around = labels[neighbours[members]].ravel()
        around = around[(around >= 0) & (around != small)]
        if not len(around):
            continue
        parent = int(np.bincount(around).argmax())
        if sizes[small] > ratio_max * sizes[parent]:
            continue
        own, other = (sums[i] / np.linalg.norm(sums[i]) for i in (small, parent))
        if float((vectors[members] @ own).mean() - (vectors[members] @ other).mean()) > gap_max:
            continue
        labels[members] = parent
        sizes[parent] += sizes[small]
        sums[parent] += sums[small]
        sizes[small], sums[small] = 0, 0.0
    kept = np.unique(labels[labels >= 0])
    remap = np.full(count, -1)
    remap[kept] = np.arange(len(kept))
    return np.where(labels >= 0, remap[labels], -1)


def methods(texts: list[str], vectors: np.ndarray, k: int) -> dict[str, np.ndarray]:
    params = ClusterParams()
    ours = cluster(vectors, params).labels
    neighbours, _ = nearest_neighbours(vectors, graph_neighbours(len(vectors), params))
    runs = {"ours": ours, **{name: absorb(vectors, ours, neighbours, gap)
                             for name, gap in GATES.items()}}
    topics = bertopic_labels(texts, vectors, params.seed)
    if topics is not None:
        runs["BERTopic + reduce_outliers"] = topics
    from sklearn.cluster import KMeans

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
    runs = methods(texts, vectors, len(set(truth_list)))
    split = halves(truth)
    for part, mask in {"whole": np.ones(len(truth), bool), **split}.items():
        parts[part if part == "whole" else f"whole, {part}"] = {
            method: scores(truth[mask], labels[mask]) for method, labels in runs.items()}
    for part, mask in split.items() if len(truth) >= ALONE_FROM else ():
        alone = methods([t for t, m in zip(texts, mask, strict=True) if m], vectors[mask],
                        len(set(truth[mask].tolist())))
        parts[f"{part} alone"] = {method: scores(truth[mask], labels)
                                  for method, labels in alone.items()}
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.wocas.fragments")
    parser.add_argument("--set", required=True, help="a set's name or its start (eval, hwu64)")
    args = parser.parse_args()
    start = time.perf_counter()
    for part, results in measure(args.set).items():
        for method, s in results.items():
            print(f"| {args.set} | {part} | {method} | {s['nmi']} | {s['ari']} | {s['themes']} |")
    print(f"({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
