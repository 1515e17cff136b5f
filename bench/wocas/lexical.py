"""The words as a second signal next to the sentence vectors (bench/wocas/README.md, seventh
round; `concat:0.4,100` adopted in the eighth as knowledge/themes/words.py, whose analyser
also keeps non-ASCII letters: this script keeps the round-7 one, to reproduce its tables).

`python -m bench.wocas.lexical --set hwu64 [--grid] [--extras] [--methods SETTING ...]`
(under `flock /tmp/heavy.lock`, one set per run; vectors from `bench.wocas.quality`'s
cache, so run that once first).

Close intents of a fine-grained set are often told apart by one content word the sentence
vector blurs (visa vs vaccines, card arrival vs delivery estimate). Two ways of giving the
clustering the words, both fitted on the statements being clustered (no labels, no outside
data), both on the product's graph and Leiden settings:

- *hybrid edge weights* (`hybrid:a,b`): the product's k-NN graph (neighbours by the MiniLM
  cosine), each edge weighted cos_emb^a × (ε + cos_lex)^b, cos_lex the TF-IDF cosine of the two
  statements (word 1–2-grams, crudely stemmed, sublinear tf); `mix:λ,C` instead picks each
  statement's neighbours among its C nearest by the convex mix (1 − λ) cos_emb + λ cos_lex
  and weights the edges by it. Exact path only (a half clustered alone is < 10,000).
- *concatenation* (`concat:β,d`): the embedding and a d-dimensional LSA vector (TruncatedSVD
  of the TF-IDF, seeded), each unit length, joined as [e, β·l] / √(1 + β²), so that their
  cosine is (cos_e + β² cos_l) / (1 + β²); then the product's `cluster` unchanged (large path
  included).

`--grid` scores the settings on the tuning parts only (whole-set clustering restricted to the
tuning half, and the tuning half clustered alone); without it the `--methods` given and
k-means told k (seeds 1–3) are scored on every part, as `bench.wocas.selection` prints them;
`--extras` checks determinism, the large path forced and the features' cost at 100k.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from bench.wocas.quality import embed_cached, halves, labelled_sets, read_set, scores
from knowledge.themes.clustering import (
    ClusterParams,
    adjacency,
    cluster,
    content_order,
    finish,
    graph_communities,
    graph_neighbours,
    nearest_neighbours,
)
from knowledge.themes.embedding import normalise
from knowledge.themes.words import stem  # round seven's analyser (ASCII words) kept below

EPSILON = 0.05
ALONE_FROM = 1_000
GRID = ("product", "hybrid:1,0.5", "hybrid:1,1", "hybrid:1,2", "mix:0.2,40", "mix:0.35,40",
        "concat:0.5,100", "concat:0.7,100", "concat:1.0,100", "concat:0.7,200")
_LIMIT: int | None = None  # exact_limit override (extras: the large path forced)
_SEED = ClusterParams().seed  # Leiden's seed (--seed: its spread)
_WORD = re.compile(r"[a-z0-9]+")


def analyse(text: str) -> list[str]:
    words = [stem(w) for w in _WORD.findall(text.lower().replace("'", ""))]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def tfidf(texts: list[str]):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(analyzer=analyse, sublinear_tf=True, min_df=2)
    return vectoriser.fit_transform(texts).tocsr()  # rows L2-normalised


def lsa(matrix, dimensions: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    from sklearn.decomposition import TruncatedSVD

    dimensions = min(dimensions, matrix.shape[1] - 1, matrix.shape[0] - 1)
    reduced = TruncatedSVD(dimensions, random_state=0).fit_transform(matrix)
    return normalise(reduced.astype(np.float32))


def pair_cosine(matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.asarray(matrix[rows].multiply(matrix[cols]).sum(axis=1)).ravel()


def graph_method(vectors: np.ndarray, matrix, weigh: Callable[..., Any],  # type: ignore[no-untyped-def]
                 candidates: int | None, params: ClusterParams) -> np.ndarray:
    """The product's exact path with the edges (and, given `candidates`, the neighbours)
    chosen by `weigh(cos_emb, cos_lex)`."""
    order = content_order(vectors)
    ordered, lexical = vectors[order], matrix[order]
    n = len(ordered)
    k = graph_neighbours(n, params)
    index, similarity = nearest_neighbours(ordered, candidates or k)
    rows = np.repeat(np.arange(n), index.shape[1])
    mixed = weigh(similarity.ravel().astype(np.float64),
                  pair_cosine(lexical, rows, index.ravel())).reshape(index.shape)
    if candidates:
        top = np.lexsort((index, -mixed), axis=1)[:, :k]
        index, mixed = np.take_along_axis(index, top, 1), np.take_along_axis(mixed, top, 1)
    graph = adjacency(index, mixed.astype(np.float32))
    raw, areas = graph_communities(graph, np.ones(n), params)
    labels = finish(ordered, raw, areas, params).labels
    back = np.empty_like(order)
    back[order] = np.arange(n)
    return labels[back]


def run(method: str, vectors: np.ndarray, texts: list[str]) -> np.ndarray:
    params = ClusterParams(seed=_SEED, exact_limit=_LIMIT or ClusterParams().exact_limit)
    if method == "product":
        return cluster(vectors, params).labels
    kind, _, spec = method.partition(":")
    x, y = (float(v) for v in spec.split(","))
    matrix = tfidf(texts)
    if kind == "hybrid":
        return graph_method(vectors, matrix, lambda e, w: np.maximum(e, 1e-6) ** x
                            * (EPSILON + w) ** y, None, params)
    if kind == "mix":
        return graph_method(vectors, matrix, lambda e, w: (1 - x) * e + x * w, int(y), params)
    if kind == "concat":
        joined = np.hstack([vectors, x * lsa(matrix, int(y))]) / np.sqrt(1 + x * x)
        return cluster(joined.astype(np.float32), params).labels
    raise ValueError(method)


def kmeans(vectors: np.ndarray, k: int, seed: int) -> np.ndarray:
    from sklearn.cluster import KMeans

    return KMeans(n_clusters=k, random_state=seed, n_init=1).fit_predict(vectors)


def measure(name: str, methods: tuple[str, ...], tuning_only: bool, baselines: bool
            ) -> list[tuple[str, str, dict[str, Any], float]]:
    from knowledge.themes.embedding import SentenceTransformerEmbedder

    found, _ = labelled_sets()
    path = next(p for n, p in found.items() if n.startswith(name))
    texts, truth_list = read_set(path)
    vectors = normalise(embed_cached(SentenceTransformerEmbedder(), path, texts))
    truth = np.array(truth_list)
    split = halves(truth)
    wanted = ("tuning half",) if tuning_only else tuple(split)
    rows = []

    def score_all(label: str, make: Callable[[np.ndarray, list[str], int], np.ndarray]) -> None:
        start = time.perf_counter()
        labels = make(vectors, texts, len(set(truth_list)))
        seconds = time.perf_counter() - start
        if not tuning_only:
            rows.append(("whole", label, scores(truth, labels), seconds))
        for part in wanted:
            rows.append((f"whole, {part}", label, scores(truth[split[part]],
                                                         labels[split[part]]), seconds))
        if len(truth) < ALONE_FROM:
            return
        for part in wanted:
            mask = split[part]
            part_texts = [t for t, m in zip(texts, mask, strict=True) if m]
            start = time.perf_counter()
            alone = make(vectors[mask], part_texts, len(set(truth[mask].tolist())))
            rows.append((f"{part} alone", label, scores(truth[mask], alone),
                         time.perf_counter() - start))

    for method in methods:
        score_all(method, lambda v, t, k, m=method: run(m, v, t))
    for seed in (1, 2, 3) if baselines else ():
        score_all(f"k-means seed {seed}", lambda v, t, k, s=seed: kmeans(v, k, s))
    return rows


def extras(name: str, method: str) -> None:
    """Determinism (two runs), the large path forced (half the set as the sample) against the
    exact path, and the lexical features' cost on 100,000 statements (the set's texts × 10)."""
    from sklearn.metrics import adjusted_rand_score

    from knowledge.themes.embedding import SentenceTransformerEmbedder

    found, _ = labelled_sets()
    path = next(p for n, p in found.items() if n.startswith(name))
    texts, _ = read_set(path)
    vectors = normalise(embed_cached(SentenceTransformerEmbedder(), path, texts))
    first, second = run(method, vectors, texts), run(method, vectors, texts)
    print(f"{name} {method}: deterministic {bool((first == second).all())}")
    if method.startswith(("concat", "product")):
        global _LIMIT
        _LIMIT = len(vectors) // 2
        large = run(method, vectors, texts)
        _LIMIT = None
        print(f"  large path forced vs exact: ARI {adjusted_rand_score(first, large):.3f} "
              f"(themes {len(set(large.tolist()) - {-1})} vs {len(set(first.tolist()) - {-1})})")
    many = [f"{t} {i % 7}" for i in range(10) for t in texts][:100_000]
    start = time.perf_counter()
    matrix = tfidf(many)
    middle = time.perf_counter()
    lsa(matrix, 100)
    print(f"  {len(many)} texts: TF-IDF {middle - start:.1f} s, LSA 100 "
          f"{time.perf_counter() - middle:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.wocas.lexical")
    parser.add_argument("--set", required=True, help="a set's name or its start (eval, hwu64)")
    parser.add_argument("--grid", action="store_true",
                        help="tuning parts only, no baselines (GRID unless --methods)")
    parser.add_argument("--methods", nargs="*", default=None, help="settings to check")
    parser.add_argument("--extras", action="store_true",
                        help="determinism, large path forced, cost at 100k (first method)")
    parser.add_argument("--seed", type=int, default=_SEED, help="Leiden's seed")
    args = parser.parse_args()
    globals()["_SEED"] = args.seed
    if args.extras:
        for method in args.methods or ("product",):
            extras(args.set, method)
        return
    start = time.perf_counter()
    methods = tuple(args.methods or (GRID if args.grid else ("product",)))
    for part, method, s, seconds in measure(args.set, methods, args.grid, not args.grid):
        print(f"| {args.set} | {part} | {method} | {s['nmi']} | {s['ari']} | {s['themes']} "
              f"| {seconds:.1f} s |", flush=True)
    print(f"({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
