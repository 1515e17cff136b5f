"""Speed: embedding overhead, clustering real statements, placing one item (end to end: e2e.py).

`python -m bench.wocas.speed` (under `flock /tmp/heavy.lock`): the clustering and placing
figures alone → var/bench/wocas_speed.json.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from knowledge.themes.clustering import ClusterParams, cluster, nearest
from knowledge.themes.embedding import SentenceTransformerEmbedder, normalise


def embedding_throughput(embedder: SentenceTransformerEmbedder, texts: list[str],
                         rounds: int = 2) -> dict[str, Any]:
    """Our pipeline next to plain `encode` of the same loaded model (our overhead) and next
    to plain `encode` of the model as sentence-transformers loads it (float32: the gain of
    running bfloat16 where the CPU has it, see knowledge/themes/embedding.py)."""
    from sentence_transformers import SentenceTransformer

    from knowledge.themes.embedding import packaged_model_path

    model = embedder._load()  # the same loaded model both ways: only our overhead differs
    reference = SentenceTransformer(embedder._configured or packaged_model_path(), device="cpu")
    plain, ours, float32 = [], [], []
    for _ in range(rounds):  # interleaved so that load from other users hits all alike
        start = time.perf_counter()
        model.encode(texts, batch_size=embedder.batch_size, show_progress_bar=False)
        plain.append(len(texts) / (time.perf_counter() - start))
        start = time.perf_counter()
        embedder.embed(texts)
        ours.append(len(texts) / (time.perf_counter() - start))
        start = time.perf_counter()
        reference.encode(texts, batch_size=embedder.batch_size, show_progress_bar=False)
        float32.append(len(texts) / (time.perf_counter() - start))
    return {"texts": len(texts), "precision": embedder.precision,
            "plain_encode_same_model_per_s": round(max(plain), 1),
            "plain_encode_float32_per_s": round(max(float32), 1),
            "pipeline_per_s": round(max(ours), 1),
            "share_of_plain_same_model": round(max(ours) / max(plain), 3),
            "share_of_plain_float32": round(max(ours) / max(float32), 3)}


def real_statements(embedder: Any) -> tuple[list[str], np.ndarray, np.ndarray, str | None]:
    """Every statement of the labelled sets nobody here wrote (`../shared/data/themes`, read
    where they lie), with its real MiniLM vector (cached as in bench.wocas.quality) and its
    label prefixed by its set; or nothing and the reason why."""
    from bench.wocas import quality as q

    found, skipped = q.labelled_sets()
    texts: list[str] = []
    labels: list[str] = []
    parts = []
    for name, path in found.items():
        if path == q.EVAL:  # our own written set is not real feedback
            continue
        set_texts, set_labels = q.read_set(path)
        parts.append(q.embed_cached(embedder, path, set_texts))
        texts += set_texts
        labels += [f"{name}/{label}" for label in set_labels]
    if not parts:
        return [], np.zeros((0, 0), np.float32), np.zeros(0, np.int64), (
            "; ".join(skipped) or f"no labelled set in {q.SHARED}")
    _, truth = np.unique(np.array(labels), return_inverse=True)
    return texts, normalise(np.vstack(parts)), truth, None


def clustering_real(embedder: Any, params: ClusterParams, n: int = 100_000
                    ) -> tuple[dict[str, Any], Any]:
    """The product's path (words fitted, then `cluster`: the large path above `exact_limit`)
    on real MiniLM vectors of real statements: all of them, or a seeded n of them when there
    are more; next to the exact path on `exact_limit` of the same statements. Synthetic
    vectors (mixes of two statements, as before) made a continuum real feedback does not
    have, so there is no 100k figure until 100k real statements are at hand: the report says
    how many were clustered."""
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    from knowledge.themes.word_space import fit_words

    texts, vectors, truth, reason = real_statements(embedder)
    if reason is not None:
        return {"skipped": reason}, None
    if len(texts) > n:
        keep = np.sort(np.random.default_rng(params.seed).choice(len(texts), n, replace=False))
        texts, vectors, truth = [texts[i] for i in keep], vectors[keep], truth[keep]
    start = time.perf_counter()
    _, words = fit_words(texts, params)
    fitted = time.perf_counter() - start
    result = cluster(vectors, params, words)
    seconds = time.perf_counter() - start
    subset = np.sort(np.random.default_rng(params.seed + 1).choice(
        len(texts), min(len(texts), params.exact_limit), replace=False))
    sub_texts = [texts[i] for i in subset]
    exact = cluster(vectors[subset], params, fit_words(sub_texts, params)[1])
    note = ("" if len(texts) >= n else
            f"only {len(texts):,} real statements found (asked for {n:,}): timed on those")
    return {"items": len(texts), "requested": n, "note": note,
            "seconds": round(seconds, 1), "of_which_words_seconds": round(fitted, 1),
            "large_path": len(texts) > params.exact_limit,
            "themes": len(result.centroids), "labels": int(truth.max()) + 1,
            "unassigned_share": round(result.unassigned_share, 4),
            "nmi_vs_label": round(float(normalized_mutual_info_score(truth, result.labels)), 3),
            "ari_vs_label": round(float(adjusted_rand_score(truth, result.labels)), 3),
            f"exact_path_on_{len(subset)}_of_them": {
                "themes": len(exact.centroids),
                "nmi_vs_label": round(float(normalized_mutual_info_score(
                    truth[subset], exact.labels)), 3),
                "ari_vs_large_path_on_same_items": round(float(adjusted_rand_score(
                    exact.labels, result.labels[subset])), 3)},
            }, result


def clustering_copies(embedder: Any, params: ClusterParams, copies: int = 10,
                      set_name: str = "hwu64") -> dict[str, Any]:
    """Clustering 100k: one real set's statements `copies` times over (10 × hwu64's 10,020),
    each copy's vector jittered by N(0, 0.02) and its text suffixed by its copy number (so
    the words see distinct statements), through the product's path (words fitted, then the
    large path); the figure the speed budget (≤ 60 s for 100k) is about. Near-copies are
    easier than 100k distinct statements would be: a timing, not a quality figure."""
    from sklearn.metrics import normalized_mutual_info_score

    from bench.wocas import quality as q
    from knowledge.themes.word_space import fit_words

    found, skipped = q.labelled_sets()
    if set_name not in found:
        return {"skipped": "; ".join(skipped) or f"{set_name} not in {q.SHARED}"}
    base_texts, labels = q.read_set(found[set_name])
    base = q.embed_cached(embedder, found[set_name], base_texts)
    rng = np.random.default_rng(params.seed)
    vectors = normalise(np.vstack([base + rng.normal(0, 0.02, base.shape).astype(np.float32)
                                   for _ in range(copies)]))
    texts = [f"{text} {copy}" for copy in range(copies) for text in base_texts]
    _, truth = np.unique(np.array(labels * copies), return_inverse=True)
    start = time.perf_counter()
    _, words = fit_words(texts, params)
    fitted = time.perf_counter() - start
    result = cluster(vectors, params, words)
    seconds = time.perf_counter() - start
    return {"items": len(texts), "source": f"{set_name} × {copies}, jittered",
            "seconds": round(seconds, 1), "of_which_words_seconds": round(fitted, 1),
            "themes": len(result.centroids), "labels": int(truth.max()) + 1,
            "unassigned_share": round(result.unassigned_share, 4),
            "nmi_vs_label": round(float(normalized_mutual_info_score(truth, result.labels)), 3)}


def place_one(result: Any, vectors: np.ndarray, repeat: int = 2000) -> dict[str, Any]:
    """Nearest centre for one item at a time, in the space clustered (`placement` when the
    words were joined: `vectors` must be of that space)."""
    centres = result.placement if result.placement is not None else result.centroids
    queries = vectors[np.arange(repeat) % len(vectors)]
    start = time.perf_counter()
    for q in queries:
        nearest(q, centres)
    per_item = (time.perf_counter() - start) / repeat * 1000
    return {"themes": len(result.centroids), "ms_per_item_in_memory": round(per_item, 4)}


def place_one_in_database(texts: list[str], vectors: np.ndarray, params: ClusterParams
                          ) -> dict[str, Any]:
    """`service.update` for one pending item (embedding precomputed) on an SQLite bank."""
    from sqlalchemy.orm import Session

    from knowledge.db import make_engine
    from knowledge.feedback.service import log_feedback
    from knowledge.migrate import upgrade
    from knowledge.themes import service

    lookup = {t: v for t, v in zip(texts, vectors, strict=True)}
    model = SentenceTransformerEmbedder()

    class Precomputed:
        name = "precomputed"

        def embed(self, batch: Sequence[str]) -> np.ndarray:
            # The statements' vectors are given; anything else (the polarity seed set,
            # candidate label phrases) goes to the real model, as in production.
            missing = [t for t in batch if t not in lookup]
            if missing:
                lookup.update(zip(missing, model.embed(missing), strict=True))
            return np.vstack([lookup[t] for t in batch])

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        upgrade(url)
        engine = make_engine(url)
        with Session(engine) as session:
            for i, text in enumerate(texts[:-20]):
                log_feedback(session=session, text=text, feedback_id=f"F{i}",
                             received_on=dt.date(2026, 1, 1))
            service.build(session=session, embedder=Precomputed(), params=params)
            session.commit()
            timings = []
            for i, text in enumerate(texts[-20:]):
                log_feedback(session=session, text=text, feedback_id=f"N{i}",
                             received_on=dt.date(2026, 1, 2))
                session.commit()
                start = time.perf_counter()
                service.update(session=session, embedder=Precomputed(), params=params,
                               place_distance=params.attach_distance)
                session.commit()
                timings.append((time.perf_counter() - start) * 1000)
        engine.dispose()
    return {"ms_per_update_of_one_item_p50": round(float(np.median(timings)), 1),
            "note": "whole `update` worker step for one pending item (embedding precomputed); "
                    "SQLite, ~300 items, ~20 themes"}


def main() -> None:
    import argparse

    from bench.common import save
    from knowledge.themes.service import params_from_settings

    parser = argparse.ArgumentParser(prog="python -m bench.wocas.speed")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--copies", type=int, default=0,
                        help="also cluster hwu64's statements this many times over (10: 100k)")
    args = parser.parse_args()
    params = params_from_settings()
    embedder = SentenceTransformerEmbedder()
    results: dict[str, Any] = {"params": params.__dict__}
    if args.copies:
        results["clustering_copies"] = clustering_copies(embedder, params, args.copies)
        print("clustering copies:", results["clustering_copies"])
    results["clustering"], big = clustering_real(embedder, params, args.items)
    if big is not None:
        # queries of the space clustered: the theme centres themselves (timing only)
        results["place_one"] = place_one(big, big.placement if big.placement is not None
                                         else big.centroids)
    save("wocas_speed", results)


if __name__ == "__main__":
    main()
