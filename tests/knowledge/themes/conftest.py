"""The packaged MiniLM, loaded once per test session, and a small bank to attach feedback to."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.themes.embedding import SentenceTransformerEmbedder
from tests.knowledge.themes.wocas_bank import APP, CARD, PHONE, build_people, shared_embedder

__all__ = ["APP", "CARD", "PHONE", "FailingEmbedder"]


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    return shared_embedder()


class FailingEmbedder:
    """Stands in for a missing model: every call fails as loading would."""

    name = "all-MiniLM-L6-v2"

    def embed(self, texts: list[str]):  # type: ignore[no-untyped-def]
        from knowledge.themes.embedding import EmbeddingUnavailable

        raise EmbeddingUnavailable("no model here")


@pytest.fixture
def bank(session: Session) -> Session:
    build_people(session)
    return session
