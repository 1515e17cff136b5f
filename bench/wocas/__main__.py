"""One command for all WOCAS figures: `.venv/bin/python -m bench.wocas [--e2e N]`.

Writes var/bench/wocas.json: quality next to k-means(k) and HDBSCAN, both clustering paths
on the evaluation set, embedding share of plain encode, clustering the real statements found
(bench/wocas/speed.py), placing one item, and N statements (default 100,000) from CSV to
themes through the real commands (`advisor feedback import`, `advisor themes update`; see
e2e.py). `--e2e 0` skips that part (it takes minutes). Run it under `flock /tmp/heavy.lock`.
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.wocas")
    parser.add_argument("--e2e", type=int, default=100_000, help="items for CSV → themes")
    parser.add_argument("--cluster-items", type=int, default=100_000)
    args = parser.parse_args()

    from bench.common import save
    from bench.wocas import e2e
    from bench.wocas import quality as q
    from bench.wocas import speed as s
    from knowledge.themes.embedding import SentenceTransformerEmbedder
    from knowledge.themes.service import params_from_settings

    params = params_from_settings()
    embedder = SentenceTransformerEmbedder()
    texts, _ = q.load_eval()
    results = {"params": params.__dict__, "quality": q.quality(embedder, params)}
    vectors = embedder.embed(texts)
    results["embedding"] = s.embedding_throughput(embedder, (texts * 4)[:1200])
    results["clustering"], big = s.clustering_real(embedder, params, args.cluster_items)
    if big is not None:  # placed as `update` places: in the space clustered
        space = big.placement if big.placement is not None else big.centroids
        results["place_one"] = s.place_one(big, space)
    else:
        results["place_one"] = {}
    results["place_one"].update(s.place_one_in_database(texts, vectors, params))
    if args.e2e:
        results["end_to_end"] = e2e.run(args.e2e)
    save("wocas", results)


if __name__ == "__main__":
    main()
