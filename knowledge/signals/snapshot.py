"""The refresh's per-customer sums turned into snapshot columns, ready to store.

Built column by column, not as an object per customer: at 100k customers the Python object
per row was most of the refresh's non-SQL time. Each customer's flows are written as the
JSON text `json.dumps(FlowStats.to_json())` gives (the values are digits, dots and ISO
dates, so nothing needs escaping), with the median/MAD text of knowledge.signals.robust.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import NamedTuple

import numpy as np

from knowledge.settings import get_settings
from knowledge.signals.passes import IN, NEVER, OUT, Totals
from knowledge.signals.robust import (
    SCALE,
    Robust,
    cents_texts,
    decimal_texts,
    median_and_mad,
    month_texts,
)

NO_FLOWS = "{}"  # json.dumps({}): the reader skips these rows by this very text


class SnapshotColumns(NamedTuple):
    """One entry per customer with a booking up to as_of."""

    customer_ids: list[str]
    fees_cents: list[int]
    net_cents: list[int]
    frequency: list[int]  # transactions in the last 12 months
    last_on: list[str]  # ISO dates
    flows: list[str]  # JSON text of FlowStats.to_json(), NO_FLOWS when nothing could fire


def history_months_of(first_days: np.ndarray, window_days: int, months: int) -> np.ndarray:
    """knowledge.signals.scan.history_months for many customers: months of history before
    the window (the oldest, partly covered month counts), from days before as_of."""
    before_window = first_days - window_days
    return np.clip(-(-before_window // 30), 0, months)


def _day_texts(as_of: dt.date, days: np.ndarray) -> dict[int, str]:
    return {d: (as_of - dt.timedelta(days=d)).isoformat() for d in np.unique(days).tolist()}


def _quoted(texts: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(f'"{t}"' for t in texts) + "]"


def _history(totals: Totals, keep: np.ndarray, months: np.ndarray, w: int) -> np.ndarray:
    """The counted months before the window (month 1 first) of the kept customers."""
    history = totals.flow[keep, 1:, w]
    counted = np.arange(history.shape[1])[None, :] < months[:, None]
    return np.where(counted, history, 0)


def _earlier_texts(history: np.ndarray, months: np.ndarray) -> list[str]:
    """Earlier's JSON for one direction: each customer's counted months, month 1 first
    (knowledge.signals.scan._stats)."""
    columns = [month_texts(history[:, k]) for k in range(history.shape[1])]
    rows = zip(*columns, strict=True)
    return [_quoted(row[:m]) for row, m in zip(rows, months.tolist(), strict=True)]


def _largest_net(history: np.ndarray, other: np.ndarray, other_median: np.ndarray) -> np.ndarray:
    """knowledge.signals.scan._largest_net in whole cents: each month net of what passed
    through the other way beyond its usual month (units of 10^-4), the largest rounded to the
    cent half to even (Decimal.quantize)."""
    same = history * (SCALE // 100)
    passed = np.maximum(other * (SCALE // 100) - other_median[:, None], 0)
    largest = (same - np.minimum(passed, same)).max(axis=1, initial=0)
    cents, rest = np.divmod(largest, SCALE // 100)
    half = SCALE // 200
    return cents + ((rest > half) | ((rest == half) & (cents % 2 == 1)))


def _flow_texts(
    totals: Totals, keep: np.ndarray, robust: Robust, way: int, as_of: dt.date,
    history: np.ndarray, largest: np.ndarray,
) -> list[str]:
    """One direction's JSON (`null`: nothing this window) for the kept customers."""
    w = way - OUT
    amount = totals.flow[keep, 0, w]
    last = totals.window_last[keep, w]
    on = _day_texts(as_of, last[last != NEVER])
    flows = zip(
        (amount > 0) & (last != NEVER),
        cents_texts(np.maximum(amount, 0)),
        last.tolist(),
        decimal_texts(robust.median, robust.median_exp),
        decimal_texts(robust.mad, robust.mad_exp),
        cents_texts(largest),
        strict=True,
    )
    return [f'["{a}", "{on[d]}", "{m}", "{x}", "{big}"]' if moved else "null"
            for moved, a, d, m, x, big in flows]


def flow_json(totals: Totals, as_of: dt.date) -> dict[int, str]:
    """FlowStats.to_json() as JSON text for every customer whose window could fire.

    "Could fire" is what knowledge.call_list.signals_money.unusual_flows needs before it
    judges anything, in either direction (both are stored: each nets the other): enough
    months of history, at least the lowest floor of any currency, a non-zero baseline, and
    at least FLOW_MIN_RATIO x that baseline (the netted amount is never more than the gross).
    Everything else would be parsed and dropped by every stored list of the day (on a demo
    bank nearly every customer moves 1,000 in a month; a few hundred could fire)."""
    settings = get_settings()
    # Below the lowest floor of any currency no flow can fire (each is judged in its own).
    least = int(math.ceil(settings.smallest_money_threshold("flow_min_amount") * 100))
    window = totals.flow[:, 0, :]
    could_fire = ((window >= least) & (window > 0)).any(axis=1)
    keep = np.flatnonzero(could_fire & (totals.first >= 0))
    months = history_months_of(
        totals.first[keep], settings.flow_window_days, settings.flow_history_months
    )
    enough = months >= settings.flow_min_months
    keep, months = keep[enough], months[enough]
    robust = {way: median_and_mad(totals.flow[keep, 1:, way - OUT], months) for way in (OUT, IN)}
    # Cents against the median's units of 10^-4, with a hair of slack (never drop a firing one).
    ratio = settings.flow_min_ratio * (1 - 1e-9)
    fire = np.zeros(len(keep), dtype=bool)
    for way in (OUT, IN):
        amount = totals.flow[keep, 0, way - OUT].astype(np.float64) * 100
        median = robust[way].median
        fire |= (amount >= least * 100) & (median > 0) & (amount >= ratio * median)
    chosen = np.flatnonzero(fire)
    keep, months = keep[chosen], months[chosen]
    kept = {way: Robust(*(c[chosen] for c in robust[way])) for way in (OUT, IN)}
    history = {way: _history(totals, keep, months, way - OUT) for way in (OUT, IN)}
    texts = {}
    for way, other in ((OUT, IN), (IN, OUT)):
        largest = _largest_net(history[way], history[other], kept[other].median)
        texts[way] = (_flow_texts(totals, keep, kept[way], way, as_of, history[way], largest),
                      _earlier_texts(history[way], months))
    (out, out_before), (inflow, in_before) = texts[OUT], texts[IN]
    return {
        k: f'{{"m": {m}, "o": {o}, "i": {i}, "h": [{eo}, {ei}]}}'
        for k, m, o, i, eo, ei in zip(
            keep.tolist(), months.tolist(), out, inflow, out_before, in_before, strict=True
        )
    }


def snapshot_columns(as_of: dt.date, totals: Totals) -> SnapshotColumns:
    flows = flow_json(totals, as_of)
    booked = np.flatnonzero(totals.first >= 0)
    last = totals.last[booked]
    on = _day_texts(as_of, last)
    return SnapshotColumns(
        customer_ids=[totals.customers[k] for k in booked.tolist()],
        fees_cents=totals.fees[booked].tolist(),
        net_cents=totals.net[booked].tolist(),
        frequency=totals.count[booked].tolist(),
        last_on=[on[d] for d in last.tolist()],
        flows=[flows.get(k, NO_FLOWS) for k in booked.tolist()],
    )
