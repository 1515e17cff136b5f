"""A market rate's move told with a market's verbs ("euribor rose 10 bp", "yields slipped
5bp", "swap rates climbed 0.2%"): its size and direction read like a central bank's cut or
hike; no verb of direction, no sign, no change read."""

from __future__ import annotations

import pytest

from knowledge.call_reports.chat_records import parse_rate_delta


@pytest.mark.parametrize(("text", "bp"), [
    ("euribor rose 10 bp overnight", 10),
    ("10y bund yields slipped 5bp", -5),
    ("Swap rates CLIMBED 0.2% this week", 20),
    ("mortgage rates fell by 12 basis points on thursday", -12),
    ("3m euribor sank 0,1 %", -10),
    ("deposit rates jumped 25bp", 25),
    ("ecb cut 25 bp", -25),
])
def test_a_market_move_has_its_size_and_direction(text: str, bp: int) -> None:
    assert parse_rate_delta(None, None, text) == bp


def test_a_size_without_a_direction_is_no_change() -> None:
    assert parse_rate_delta(None, None, "euribor at 25 bp above last year's") is None
