"""The vectorised median/MAD gives the live path's Decimal text, whatever the months hold."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.signals.robust import cents_texts, decimal_texts, median_and_mad
from knowledge.signals.scan import _stats

ON = dt.date(2026, 6, 1)
MONTHS = 12
# Few distinct values (ties, zeros, half cents) and odd/even counts are where text differs.
month_cents = st.one_of(st.sampled_from([0, 0, 1, 2, 5, 10001, 12000]), st.integers(0, 10**9))
customer = st.tuples(st.lists(month_cents, min_size=MONTHS, max_size=MONTHS), st.integers(0, 12))


def _live(cents: list[int], months: int) -> tuple[str, str]:
    """What the live path stores for one customer's outflows (FlowStats.to_json)."""
    cells = {(k + 1, "out"): [Decimal(c).scaleb(-2), ON] for k, c in enumerate(cents) if c}
    cells[(0, "out")] = [Decimal("5000.00"), ON]
    flow = _stats(cells, months).to_json()["o"]
    assert flow is not None
    return flow[2], flow[3]


@settings(max_examples=400, deadline=None)
@given(st.lists(customer, min_size=1, max_size=20))
def test_median_and_mad_text_equals_the_live_decimals(
    customers: list[tuple[list[int], int]],
) -> None:
    robust = median_and_mad(
        np.array([c for c, _m in customers]), np.array([m for _c, m in customers])
    )
    medians = decimal_texts(robust.median, robust.median_exp)
    mads = decimal_texts(robust.mad, robust.mad_exp)
    for k, (cents, months) in enumerate(customers):
        assert (medians[k], mads[k]) == _live(cents, months), (cents, months)


def test_known_baselines() -> None:
    robust = median_and_mad(
        np.array([[11002, 13001, 0, 0], [0, 0, 0, 500], [100, 100, 300, 0], [0, 0, 0, 0]]),
        np.array([2, 3, 4, 0]),
    )
    texts = list(
        zip(
            decimal_texts(robust.median, robust.median_exp),
            decimal_texts(robust.mad, robust.mad_exp),
            strict=True,
        )
    )
    # (110.02 + 130.01) / 2; zeros stay "0"; |1.00 - 1.00| is "0.00"; no history at all.
    assert texts == [("120.015", "9.995"), ("0", "0"), ("1.00", "0.50"), ("0", "0")]


def test_cents_text() -> None:
    texts = cents_texts(np.array([0, 7, 550043, 100, 123456789012]))
    assert texts == ["0.00", "0.07", "5500.43", "1.00", "1234567890.12"]
