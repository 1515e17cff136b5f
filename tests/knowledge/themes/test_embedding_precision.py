"""The embedder's precision: bfloat16 where the CPU has it, vectors interchangeable with float32."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.themes.embedding import SentenceTransformerEmbedder, native_bfloat16
from tests.knowledge.themes.wocas_bank import APP, CARD, PHONE


def test_bfloat16_vectors_are_unit_length_and_match_float32_ones() -> None:
    texts = [*APP, *CARD, *PHONE, "ok"]
    float32 = SentenceTransformerEmbedder(precision="float32").embed(texts)
    bfloat16 = SentenceTransformerEmbedder(precision="bfloat16").embed(texts)
    assert bfloat16.dtype == np.float32
    assert np.allclose(np.linalg.norm(bfloat16, axis=1), 1.0, atol=1e-5)
    # Close enough to mix in one index: a theme's members sit at cosine distances ≥ 0.05.
    assert float(np.min(np.sum(float32 * bfloat16, axis=1))) > 0.999


def test_auto_picks_bfloat16_only_where_the_cpu_computes_it() -> None:
    embedder = SentenceTransformerEmbedder()
    embedder.embed(["the app logs me out"])
    assert embedder.precision == ("bfloat16" if native_bfloat16() else "float32")


def test_an_unknown_precision_is_refused() -> None:
    with pytest.raises(ValueError, match="auto, float32 or bfloat16"):
        SentenceTransformerEmbedder(precision="int8")


def test_the_precision_setting_reaches_the_default_embedder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from knowledge.settings import get_settings
    from knowledge.themes.embedding import default_embedder

    monkeypatch.setenv("EMBEDDING_PRECISION", "float32")
    get_settings.cache_clear()
    default_embedder.cache_clear()
    try:
        assert default_embedder().precision == "float32"
        monkeypatch.setenv("EMBEDDING_PRECISION", "half")
        get_settings.cache_clear()
        with pytest.raises(ValueError, match="EMBEDDING_PRECISION|embedding_precision"):
            get_settings()
    finally:
        monkeypatch.delenv("EMBEDDING_PRECISION")
        get_settings.cache_clear()
        default_embedder.cache_clear()


def test_repeated_statements_get_the_vector_of_the_statement_in_their_own_place(
    embedder: SentenceTransformerEmbedder,
) -> None:
    # Identical texts go to the model once; every row still answers its own text.
    texts = [CARD[0], APP[0], CARD[0], PHONE[0], APP[0], CARD[0]]
    vectors = embedder.embed(texts)
    alone = embedder.embed([CARD[0], APP[0], PHONE[0]])
    assert vectors.shape == (6, alone.shape[1])
    for row, text in enumerate(texts):
        expected = alone[[CARD[0], APP[0], PHONE[0]].index(text)]
        assert float(vectors[row] @ expected) > 0.9999
    assert not np.allclose(vectors[0], vectors[1])
