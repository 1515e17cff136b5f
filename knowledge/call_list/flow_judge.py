"""Whether one window's flow in one direction is worth a call, and the words that say why.

knowledge.call_list.signals_money.unusual_flows gathers every customer's flows (live or from
the nightly refresh) and asks `judge` for each direction; the rules are here, kept apart from
the SQL so that each can be read (and tested) on its own.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from knowledge.call_list.reasons import URGENCY, Reason, money
from knowledge.settings import Settings
from knowledge.signals.cache import Earlier, Flow

# A flow in the same direction already flagged within FLOW_REPEAT_DAYS is still open with the
# advisor; only one at least this many times as large is news.
REPEAT_ESCALATION = Decimal(2)
MAD_TO_SD = Decimal("1.4826")


def money_of_holdings(amount: Decimal, currencies: tuple[str, ...]) -> str:
    """A total over a customer's holdings in their currency; over holdings in several
    currencies the sum is unconverted, and the text says so instead of pretending one."""
    if len(currencies) <= 1:
        return money(amount, currencies[0] if currencies else None)
    return f"{amount:,.0f} ({' and '.join(currencies)} added up, not converted)"


def threshold_of_holdings(
    settings: Settings, name: str, currencies: tuple[str, ...]
) -> Decimal | None:
    """A money threshold for a customer's holdings: in their currency (Settings.money_threshold);
    over several currencies the highest (the sum is unconverted: the cautious floor), and
    None when one of them has no threshold known."""
    found = [settings.money_threshold(name, c) for c in currencies or (None,)]
    return None if any(f is None for f in found) else max(f for f in found if f is not None)


def _unusual(amount: Decimal, flow: Flow, floor: Decimal, settings: Settings) -> bool:
    """`amount` is unusual against the flow's own baseline (the window's first tests)."""
    spread = max(flow.mad * MAD_TO_SD, flow.median * Decimal("0.1"), Decimal("1"))
    threshold = flow.median + Decimal(str(settings.flow_mad_threshold)) * spread
    return (
        amount >= floor
        and amount >= threshold
        and amount >= Decimal(str(settings.flow_min_ratio)) * flow.median
    )


def _flagged_before(
    flow: Flow, before: Earlier | None, other: Earlier | None, floor: Decimal,
    settings: Settings, balance: Decimal, sign: int, income: Decimal,
) -> list[Decimal]:
    """The net totals of the months within FLOW_REPEAT_DAYS before the window that would
    have fired themselves: unusual in this direction (netted of the other way as the window
    is) and material against the balance before that month (`balance`: before the window,
    walked back month by month; `sign` +1 for outflows, -1 for inflows)."""
    if before is None:
        return []
    found = []
    share = Decimal(str(settings.flow_material_share))
    for k, gross in enumerate(before.months):
        back = other.months[k] if other and k < len(other.months) else Decimal(0)
        came_back = back - other.median if other else Decimal(0)
        net = gross - min(max(Decimal(0), came_back), gross)
        balance += sign * (gross - back)
        reference = max(Decimal(0), balance, income if sign > 0 else Decimal(0))
        if _unusual(net, flow, floor, settings) and net - flow.median >= share * reference:
            found.append(net)
    return found


def judge(
    code: str,
    flow: Flow,
    other: Flow | None,
    months: int,
    assets: Decimal,
    settings: Settings,
    currencies: tuple[str, ...] = (),
    earlier: tuple[Earlier | None, Earlier | None] = (None, None),
) -> Reason | None:
    """Fires only when all of these hold, and the evidence says which values decided it:

    - a baseline: the customer's usual month in this direction is not zero (a median of
      mostly quiet months says nothing about what is usual; anything would look "infinite");
    - unusual against it: at least median + k x spread and at least min_ratio x median;
    - a usual month too small to judge a multiple against (below FLOW_BASELINE_FLOOR_SHARE
      of the floor, in the holdings' currency) is no reason by itself: the flow must then be
      more than any month of their history, net of pass-throughs (Berka's BK-C6114: 147x a
      usual CZK 300, after a month of CZK 52,217 net, is their pattern, not news);
    - not a pass-through: what came in beyond the usual (the other direction) and went out
      again in the same window is netted off first (salary in, rent out is not a withdrawal;
      a loan paid out and passed on to a seller neither);
    - not a repeat: no month within FLOW_REPEAT_DAYS before the window would have fired
      itself (unusual against today's baseline, net of the other way, material against the
      balance before it: that alarm is still known to the advisor), unless this one is at
      least twice as large; `earlier` is (this direction, the other) then;
    - material for this customer: the unusual part is at least `flow_material_share` of what
      they held before it (withdrawal: assets now + the net outflow; deposit: assets now - the
      net inflow), or of a usual month's income for a withdrawal; and at least the bank's
      floor FLOW_MIN_AMOUNT in its currency.
    """
    amount, median, mad = flow.amount, flow.median, flow.mad
    floor = threshold_of_holdings(settings, "flow_min_amount", currencies)
    if floor is None or amount < floor or median <= 0:
        return None  # the cheap tests first: most months are ordinary, quiet ones say nothing
    # A floor on the spread: a customer who moves exactly the same amount every month would
    # otherwise make any small change look infinitely unusual.
    spread = max(mad * MAD_TO_SD, median * Decimal("0.1"), Decimal("1"))
    threshold = median + Decimal(str(settings.flow_mad_threshold)) * spread
    passed_through = max(Decimal(0), other.amount - other.median) if other else Decimal(0)
    net = amount - min(passed_through, amount)
    ratio = net / median
    if net < floor or net < threshold or ratio < Decimal(str(settings.flow_min_ratio)):
        return None
    baseline_floor = floor * Decimal(str(settings.flow_baseline_floor_share))
    tiny = median < baseline_floor
    if tiny and net <= flow.largest:
        return None  # they have moved as much in a month before: their pattern, not news
    other_amount = other.amount if other else Decimal(0)
    sign = 1 if code == "large_withdrawal" else -1
    flagged = _flagged_before(flow, *earlier, floor, settings,
                              assets + sign * (amount - other_amount), sign,
                              other.median if other else Decimal(0))
    if flagged and net < REPEAT_ESCALATION * max(flagged):
        return None  # the same kind of move was flagged within FLOW_REPEAT_DAYS
    unusual = net - median
    if code == "large_withdrawal":
        held_before = max(Decimal(0), assets + amount - other_amount)
        income = other.median if other else Decimal(0)
        reference = max(held_before, income)
    else:
        reference = max(Decimal(0), assets - amount + other_amount)
    share = Decimal(str(settings.flow_material_share))
    if unusual < share * reference:
        return None  # large for the bank's average, small for this customer
    cash = partial(money_of_holdings, currencies=currencies)
    text, because = _words(code, flow, net, ratio, unusual, reference, months, tiny, settings,
                           cash)
    if flagged:
        because.append(f"at least {REPEAT_ESCALATION}× the {cash(max(flagged))} already "
                       f"flagged within {settings.flow_repeat_days} days")
    evidence = {
        "amount": amount,
        "net_amount": net,
        "netted_other_way": min(passed_through, amount),
        "last_booked_on": flow.last_on,
        "window_days": settings.flow_window_days,
        "baseline_months": months,
        "baseline_median": median,
        "baseline_mad": mad,
        "baseline_floor": baseline_floor.quantize(Decimal("0.01")),
        "largest_month": flow.largest,
        "earlier_flagged": max(flagged) if flagged else None,
        "ratio": ratio.quantize(Decimal("0.1")),
        "threshold": threshold.quantize(Decimal("0.01")),
        "material_reference": reference.quantize(Decimal("0.01")),
        "fired_because": because,
        "rule": "baseline median > 0; net of what passed through the other way: net >= "
        "median + k*1.4826*MAD, >= min_ratio x median, >= min_amount; a median below "
        "baseline_floor needs net > the largest month; no month within repeat_days unusual "
        "unless net >= 2x it; net - median >= material_share x what they held before (or "
        "a usual month's income)",
        "k": settings.flow_mad_threshold,
        "min_ratio": settings.flow_min_ratio,
        "min_amount": floor,
        "material_share": settings.flow_material_share,
        "repeat_days": settings.flow_repeat_days,
        "currencies": list(currencies),
    }
    return Reason(code, text, evidence, URGENCY[code], flow.last_on)


def _words(
    code: str, flow: Flow, net: Decimal, ratio: Decimal, unusual: Decimal, reference: Decimal,
    months: int, tiny: bool, settings: Settings, cash: partial[str],
) -> tuple[str, list[str]]:
    """The reason's text and the list of what made it fire."""
    amount = flow.amount
    way = "outflow" if code == "large_withdrawal" else "inflow"
    moved = "went out" if code == "large_withdrawal" else "came in"
    said = f"{cash(amount)} {moved} over the last {settings.flow_window_days} days"
    if net < amount:
        back = "came in" if code == "large_withdrawal" else "went out"
        said += f" ({cash(net)} net of {cash(amount - net)} that {back} beyond the usual)"
    if tiny:
        said += (f", more than in any month of the last {months} (at most "
                 f"{cash(flow.largest)}; a usual month is {cash(flow.median)})")
        because = [f"more than their largest month of the last {months} "
                   f"({cash(flow.largest)}); their usual {cash(flow.median)} is too small to "
                   "judge a multiple against"]
    else:
        said += f", {ratio:.1f}× their typical monthly {way} of {cash(flow.median)}"
        because = [f"{ratio:.1f}× their usual month (at least {settings.flow_min_ratio:g}×)"]
    if code == "large_withdrawal":
        weight = f"{unusual / reference:.0%} of what they held" if reference > 0 else ""
        ask = "ask what it is for: perhaps a home purchase, or money we should win back"
    else:
        weight = (f"{unusual / reference:.0%} of their balances" if reference > 0
                  else "more than they held with us")
        ask = "offer to put the money to work"
    if weight:
        because.append(f"{weight} (at least {settings.flow_material_share:.0%})")
    return f"{said}{', ' + weight if weight else ''}: {ask}.", because
