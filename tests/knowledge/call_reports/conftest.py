"""The call-list room's bank fixtures serve the reports room too (one factory); the chat's
today is this room's own."""

from __future__ import annotations

import pytest

from knowledge.settings import get_settings
from tests.knowledge.call_list.conftest import _fresh_caches, ada, bank  # noqa: F401
from tests.knowledge.call_list.factory import AS_OF


@pytest.fixture
def conversation_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chat's today is AS_OF (the day its calls are logged): a correction or a retry date
    is read on the day it is said (knowledge.call_reports.said_today), here the same day."""
    monkeypatch.setenv("AS_OF_DATE", AS_OF.isoformat())
    get_settings.cache_clear()
