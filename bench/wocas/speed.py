"""Speed: embedding overhead, clustering 100k, placing one item (end to end: e2e.py)."""

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


def synthetic(vectors: np.ndarray, labels: list[str], n: int, seed: int
              ) -> tuple[np.ndarray, np.ndarray]:
    """n paraphrase-like vectors: a random mix of two real statements of the same theme plus
    a little noise. (Copies of single statements, as measured before, turn every lone
    outlier of the evaluation set into a ~300-item "theme" of its copies: 66 themes on
    either path, an artefact of the data, not of the method.)
    """
    rng = np.random.default_rng(seed)
    _, truth = np.unique(np.array(labels), return_inverse=True)
    first = rng.integers(0, len(vectors), n)
    members = [np.flatnonzero(truth == k) for k in range(int(truth.max()) + 1)]
    second = np.array([members[truth[i]][rng.integers(len(members[truth[i]]))] for i in first])
    share = rng.uniform(0, 1, (n, 1)).astype(np.float32)
    noise = rng.normal(0, 0.005, (n, vectors.shape[1])).astype(np.float32)
    mixed = share * vectors[first] + (1 - share) * vectors[second] + noise
    return normalise(mixed), truth[first]


def clustering_100k(vectors: np.ndarray, labels: list[str], params: ClusterParams,
                    n: int = 100_000) -> tuple[dict[str, Any], Any]:
    """The large path on n items, next to the exact path on the first `exact_limit` of them."""
    from sklearn.metrics import normalized_mutual_info_score

    big, truth = synthetic(vectors, labels, n, params.seed)
    start = time.perf_counter()
    result = cluster(big, params)
    seconds = time.perf_counter() - start
    subset = min(n, params.exact_limit)
    exact = cluster(big[:subset], params)
    return {"items": n, "seconds": round(seconds, 1), "themes": len(result.centroids),
            "unassigned_share": round(result.unassigned_share, 4),
            "nmi_vs_source_theme": round(float(normalized_mutual_info_score(truth,
                                                                             result.labels)), 3),
            f"exact_path_on_first_{subset}": {
                "themes": len(exact.centroids),
                "nmi_vs_source_theme": round(float(normalized_mutual_info_score(
                    truth[:subset], exact.labels)), 3),
                "nmi_vs_large_path_on_same_items": round(float(normalized_mutual_info_score(
                    exact.labels, result.labels[:subset])), 3)},
            }, result


def place_one(result: Any, vectors: np.ndarray, repeat: int = 2000) -> dict[str, Any]:
    queries = vectors[np.arange(repeat) % len(vectors)]
    start = time.perf_counter()
    for q in queries:
        nearest(q, result.centroids)
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
