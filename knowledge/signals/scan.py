"""The live transaction scan behind the call list: one book's flows for one as-of date.

`flow_stats` gives this window's in/out totals against the customer's own monthly baseline
(median and MAD of earlier months), restricted to a book; the call list uses it when there
is no usable refresh. The whole-bank refresh (knowledge.signals.refresh) computes the same
values for every customer at once and must agree with this module to the cent and to the
text of each Decimal.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from knowledge.models.bank import Transaction, TransactionKind
from knowledge.settings import get_settings
from knowledge.signals.cache import Earlier, Flow, FlowStats

CENT = Decimal("0.01")
OUTFLOW_KINDS = (TransactionKind.withdrawal, TransactionKind.transfer_out)
INFLOW_KINDS = (TransactionKind.deposit, TransactionKind.transfer_in)


def bucket_edges(as_of: dt.date) -> list[dt.date]:
    """Bucket 0 = the last flow_window_days, bucket k = the k-th 30-day month before it."""
    s = get_settings()
    return [
        as_of - dt.timedelta(days=s.flow_window_days + 30 * k)
        for k in range(s.flow_history_months + 1)
    ]


def flow_columns(as_of: dt.date, booked_on: Any = Transaction.booked_on) -> tuple[Any, Any]:
    """The month bucket and the direction (out, in, fee, other) of a transaction."""
    edges = bucket_edges(as_of)
    bucket = case(
        *[(booked_on > e, literal(k)) for k, e in enumerate(edges)],
        else_=literal(len(edges)),
    )
    direction = case(
        (Transaction.kind.in_(OUTFLOW_KINDS), literal("out")),
        (Transaction.kind.in_(INFLOW_KINDS), literal("in")),
        (Transaction.kind == TransactionKind.fee, literal("fee")),
        else_=literal("other"),
    )
    return bucket, direction


def _cents(value: Any) -> Decimal:
    """A SQL sum of money as exact cents: float sums carry noise that depends on row order,
    and the live and the precomputed answers must agree to the cent."""
    return Decimal(str(value or 0)).quantize(CENT)


def median_of(values: list[Decimal]) -> Decimal:
    return Decimal(str(statistics.median(values))) if values else Decimal(0)


def recent_months() -> int:
    """The 30-day months before the window that FLOW_REPEAT_DAYS covers."""
    s = get_settings()
    return min(s.flow_history_months, max(0, -(-s.flow_repeat_days // 30)))


def history_months(first: dt.date | None, as_of: dt.date) -> int:
    """Months of history before the window; the oldest, partly covered month counts."""
    if first is None:
        return 0
    edges = bucket_edges(as_of)
    months = len(edges) - 1
    return min(months, max(0, -(-(edges[0] - first).days // 30)))


def largest_net(past: list[Decimal], other: list[Decimal], other_median: Decimal) -> Decimal:
    """The largest month of a direction's history, net of what passed through the other way
    beyond its usual month (as the window is judged), to the cent."""
    nets = [v - min(max(Decimal(0), o - other_median), v) for v, o in zip(past, other, strict=True)]
    return max(nets, default=Decimal(0)).quantize(CENT)


def _stats(cells: dict[tuple[int, str], list[Any]], history: int) -> FlowStats:
    """FlowStats from {(bucket, direction): [abs amount, last booked_on]} of one customer."""
    pasts = {
        way: [Decimal(str(cells.get((k, way), (0,))[0] or 0)) for k in range(1, history + 1)]
        for way in ("out", "in")
    }
    medians = {way: median_of(past) for way, past in pasts.items()}
    flows: dict[str, Flow | None] = {}
    for way, other in (("out", "in"), ("in", "out")):
        past, median = pasts[way], medians[way]
        current = cells.get((0, way))
        if current is None or current[0] <= 0 or current[1] is None:
            flows[way] = None
            continue
        mad = median_of([abs(v - median) for v in past])
        largest = largest_net(past, pasts[other], medians[other])
        flows[way] = Flow(Decimal(str(current[0])), current[1], median, mad, largest)
    earlier = {way: Earlier(tuple(past)) for way, past in pasts.items()}
    return FlowStats(history, flows["out"], flows["in"], earlier["out"], earlier["in"])


def flow_stats(
    *,
    session: Session,
    as_of: dt.date,
    owner: dict[str, str],
    first_on: dict[str, dt.date | None],
    holdings: Any,
) -> dict[str, FlowStats]:
    """Per customer of a book: this window's in/out totals and the median/MAD of earlier months.

    `holdings` (a subquery of the book's holding ids) restricts the pass to the book; it walks
    the (holding_id, booked_on) index. History starts with the customer's first transaction;
    months before it are not counted as zero months.
    """
    edges = bucket_edges(as_of)
    bucket, direction = flow_columns(as_of)
    cells: dict[str, dict[tuple[int, str], list[Any]]] = defaultdict(dict)
    for hid, b, d, amount, last in session.execute(
        select(
            Transaction.holding_id,
            bucket,
            direction,
            func.sum(func.abs(Transaction.amount)),
            func.max(Transaction.booked_on),
        )
        .where(
            Transaction.holding_id.in_(holdings),
            Transaction.booked_on <= as_of,
            Transaction.booked_on > edges[-1],
            Transaction.kind.in_(OUTFLOW_KINDS + INFLOW_KINDS),
        )
        .group_by(Transaction.holding_id, bucket, direction)
    ):
        cid = owner.get(hid)
        if cid is not None:
            _add(cells[cid], (int(b), str(d)), _cents(amount), last)
    return {cid: _stats(c, history_months(first_on.get(cid), as_of)) for cid, c in cells.items()}


def _add(
    cells: dict[tuple[int, str], list[Any]], key: tuple[int, str], amount: Any, last: Any
) -> None:
    have = cells.get(key)
    if have is None:
        cells[key] = [amount, last]
        return
    have[0] += amount
    if last is not None and (have[1] is None or last > have[1]):
        have[1] = last
