"""Quality on bench/wocas/eval_feedback.csv (20 themes, written by hand): ours vs baselines.

All methods see the same embeddings in the same run. Outliers (-1) count as one extra
cluster in NMI/ARI, so leaving items out is not free; the unassigned share is shown apart.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.themes.clustering import ClusterParams, cluster
from knowledge.themes.embedding import Embedder

EVAL = Path(__file__).resolve().parent / "eval_feedback.csv"


def load_eval() -> tuple[list[str], list[str]]:
    with EVAL.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r["theme"] for r in rows]


def _scores(truth: list[str], labels: np.ndarray) -> dict[str, Any]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    return {
        "nmi": round(float(normalized_mutual_info_score(truth, labels)), 3),
        "ari": round(float(adjusted_rand_score(truth, labels)), 3),
        "unassigned_share": round(float(np.mean(labels < 0)), 3),
        "clusters": int(len(set(labels.tolist()) - {-1})),
    }


def quality(embedder: Embedder, params: ClusterParams) -> dict[str, Any]:
    from sklearn.cluster import KMeans

    texts, truth = load_eval()
    vectors = embedder.embed(texts)
    k = len(set(truth))
    ours = cluster(vectors, params)
    again = cluster(vectors, params)
    # The large-n path (used above `exact_limit` items) forced on the same items: samples of
    # 100 clustered finely, every item joined to its nearest prototype, prototypes merged.
    sampled = cluster(vectors, ClusterParams(**{**params.__dict__, "exact_limit": 100}))
    from sklearn.metrics import normalized_mutual_info_score
    kmeans = KMeans(n_clusters=k, random_state=params.seed, n_init=10).fit_predict(vectors)
    results: dict[str, Any] = {
        "items": len(texts), "true_themes": k,
        "ours (agglomerative, cosine threshold; k not given)": _scores(truth, ours.labels),
        "ours, large-n path forced (prototypes from samples of 100, merged)": _scores(
            truth, sampled.labels),
        "paths agree": {
            "nmi_exact_vs_large": round(float(normalized_mutual_info_score(
                ours.labels, sampled.labels)), 3),
            "themes_exact": len(ours.centroids), "themes_large": len(sampled.centroids)},
        f"k-means told k={k}": _scores(truth, kmeans),
        "deterministic": bool(np.array_equal(ours.labels, again.labels)),
    }
    try:
        import hdbscan  # type: ignore[import-untyped]

        # Euclidean on unit vectors ranks pairs exactly as cosine does.
        for size, samples in ((3, None), (5, None), (4, 1)):
            model = hdbscan.HDBSCAN(min_cluster_size=size, min_samples=samples)
            results[f"HDBSCAN min_cluster_size={size} min_samples={samples}"] = _scores(
                truth, model.fit_predict(vectors))
    except ImportError:
        results["HDBSCAN"] = "not installed (pip install hdbscan)"
    return results
