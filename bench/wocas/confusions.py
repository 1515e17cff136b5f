"""Which labels the themes split or merge, and at which sizes: one part of one labelled set.

`python -m bench.wocas.confusions --set hwu64 [--part "tuning half"] [--kmeans-seed 2]
[--fixed-k]`: clusters the part alone (as `bench.wocas.quality --alone` does) with the
product and with k-means told k, and prints homogeneity / completeness (low completeness:
labels split; low homogeneity: labels merged), every label whose largest theme holds under
80 % of it (its pieces) and every theme whose largest label is under 80 % of it (its mix).
`--fixed-k` clusters at the graph's k before round ten (bench/wocas/README.md). Cached
vectors (`bench.wocas.quality`); light enough to run without the shared lock.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace

import numpy as np

from bench.wocas import quality as q


def report(name: str, truth: np.ndarray, labels: np.ndarray) -> list[str]:
    from sklearn.metrics import (
        adjusted_rand_score,
        homogeneity_completeness_v_measure,
        normalized_mutual_info_score,
    )

    homogeneity, completeness, _ = homogeneity_completeness_v_measure(truth, labels)
    lines = [f"{name}: NMI {normalized_mutual_info_score(truth, labels):.3f}, ARI "
             f"{adjusted_rand_score(truth, labels):.3f}, homogeneity {homogeneity:.3f}, "
             f"completeness {completeness:.3f}, themes {len(set(labels.tolist()) - {-1})}",
             "  labels split (largest pieces, theme:statements):"]
    for label in sorted(set(truth.tolist())):
        pieces = Counter(labels[truth == label].tolist()).most_common(4)
        if pieces[0][1] < 0.8 * np.sum(truth == label):
            lines.append(f"    {label} ({np.sum(truth == label)}): "
                         + ", ".join(f"T{t}:{c}" for t, c in pieces))
    lines.append("  themes mixed (largest labels):")
    for theme in sorted(set(labels.tolist())):
        mix = Counter(truth[labels == theme].tolist()).most_common(4)
        if mix[0][1] < 0.8 * np.sum(labels == theme):
            lines.append(f"    T{theme} ({np.sum(labels == theme)}): "
                         + ", ".join(f"{label}:{c}" for label, c in mix))
    return lines


def main() -> None:
    from sklearn.cluster import KMeans

    from knowledge.themes.embedding import SentenceTransformerEmbedder
    from knowledge.themes.service import params_from_settings

    parser = argparse.ArgumentParser(prog="python -m bench.wocas.confusions")
    parser.add_argument("--set", required=True, help="the set whose name starts so")
    parser.add_argument("--part", default="tuning half", choices=["whole", *q.HALVES])
    parser.add_argument("--kmeans-seed", type=int, default=2)
    parser.add_argument("--fixed-k", action="store_true")
    args = parser.parse_args()
    found, skipped = q.labelled_sets()
    names = [name for name in found if name.startswith(args.set)]
    if not names:
        raise SystemExit(f"no set {args.set!r} found ({'; '.join(skipped) or 'absent'})")
    texts, truth_list = q.read_set(found[names[0]])
    vectors = q.embed_cached(SentenceTransformerEmbedder(), found[names[0]], texts)
    truth = np.array(truth_list)
    mask = np.ones(len(truth), bool) if args.part == "whole" else q.halves(truth)[args.part]
    part = [t for t, m in zip(texts, mask, strict=True) if m]
    params = params_from_settings()
    if args.fixed_k:
        params = replace(params, statements_per_neighbour=None)
    ours = q.ours(part, vectors[mask], params).labels
    k = len(set(truth[mask].tolist()))
    kmeans = KMeans(n_clusters=k, random_state=args.kmeans_seed, n_init=1).fit_predict(
        vectors[mask])
    print(f"{names[0]}, {args.part} alone: {int(mask.sum())} statements, {k} labels")
    print("\n".join(report("ours", truth[mask], ours)))
    print("\n".join(report(f"k-means told k, seed {args.kmeans_seed}", truth[mask], kmeans)))


if __name__ == "__main__":
    main()
