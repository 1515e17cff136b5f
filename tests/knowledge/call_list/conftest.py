from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from knowledge.call_list.offers import clear_rules_cache
from knowledge.settings import get_settings
from knowledge.value.tiers import clear_bank_cache
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, interaction


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


@pytest.fixture
def ada(bank: Session) -> Session:
    """One adult customer, C1, contacted 20 days ago: no coverage or age reason in the way
    of the signal under test."""
    customer(bank, "C1", "Ada Lovelace", birth_date=dt.date(1970, 1, 1))
    interaction(bank, "C1", AS_OF - dt.timedelta(days=20))
    return bank

