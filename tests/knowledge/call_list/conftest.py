from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from knowledge.call_list.offers import clear_rules_cache
from knowledge.settings import get_settings
from knowledge.value.tiers import clear_bank_cache
from tests.knowledge.call_list.factory import base_bank


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    get_settings.cache_clear()
    clear_bank_cache()
    clear_rules_cache()
    yield
    get_settings.cache_clear()  # a test's environment (monkeypatch) must not outlive it
    clear_bank_cache()
    clear_rules_cache()


@pytest.fixture
def bank(session: Session) -> Session:
    base_bank(session)
    return session
