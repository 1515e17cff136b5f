"""Whether one window's flow in one direction is worth a call, and the words that say why.

knowledge.call_list.signals_money.unusual_flows gathers every customer's flows (live or from
the nightly refresh) and asks `judge` for each direction; the rules are here, kept apart from
the SQL so that each can be read (and tested) on its own.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import NamedTuple

from knowledge.call_list.reasons import (
    URGENCY,
    Reason,
    money_of_holdings,
    threshold_of_holdings,
)
from knowledge.settings import Settings
from knowledge.signals.cache import Earlier, Flow
from knowledge.signals.scan import largest_net, median_of

# A flow in the same direction already flagged within FLOW_REPEAT_DAYS is still open with the
# advisor; only one at least this many times as large is news.
REPEAT_ESCALATION = Decimal(2)
MAD_TO_SD = Decimal("1.4826")


class Baseline(NamedTuple):
    """A direction's usual month as it stood on a day: median, MAD, largest net month."""

    median: Decimal
    mad: Decimal
    largest: Decimal


class Unusual(NamedTuple):
    threshold: Decimal  # median + k x spread
    ratio: Decimal  # net / median
    tiny: bool  # the usual month is below the baseline floor: judged by the largest month


def unusual(net: Decimal, base: Baseline, floor: Decimal, settings: Settings) -> Unusual | None:
    """Whether `net` (one window's flow in one direction, net of what passed through the other
    way) is unusual against `base`, the one place these tests are made (for the window and
    for each earlier month against the baseline it had then):

    - a baseline: the usual month is not zero (a median of mostly quiet months says nothing
      about what is usual; anything would look "infinite");
    - at least the bank's floor, median + k x spread and min_ratio x median;
    - a usual month too small to judge a multiple against (below FLOW_BASELINE_FLOOR_SHARE
      of the floor, in the holdings' currency) is no reason by itself: the flow must then be
      more than any month of their history, net of pass-throughs (Berka's BK-C6114: 147x a
      usual CZK 300, after a month of CZK 52,217 net, is their pattern, not news).
    """
    median = base.median
    if median <= 0 or net < floor:
        return None
    # A floor on the spread: a customer who moves exactly the same amount every month would
    # otherwise make any small change look infinitely unusual.
    spread = max(base.mad * MAD_TO_SD, median * Decimal("0.1"), Decimal("1"))
    threshold = median + Decimal(str(settings.flow_mad_threshold)) * spread
    ratio = net / median
    if net < threshold or ratio < Decimal(str(settings.flow_min_ratio)):
        return None
    tiny = median < floor * Decimal(str(settings.flow_baseline_floor_share))
    if tiny and net <= base.largest:
        return None  # they have moved as much in a month before: their pattern, not news
    return Unusual(threshold, ratio, tiny)


def material(code: str, over: Decimal, held_before: Decimal, income: Decimal,
             settings: Settings) -> Decimal | None:
    """The reference `over` (the unusual part: net - usual month) is weighed against, when it
    is material for this customer; None when it is not. A withdrawal against what they held
    before it, or a usual month's income when that is more; a deposit against what they held
    before it. At least `flow_material_share` of it."""
    reference = max(Decimal(0), held_before, income if code == "large_withdrawal" else Decimal(0))
    share = Decimal(str(settings.flow_material_share))
    return reference if over >= share * reference else None


def _net(gross: Decimal, back: Decimal, back_median: Decimal) -> Decimal:
    """`gross` net of what came the other way beyond its usual month (a pass-through)."""
    return gross - min(max(Decimal(0), back - back_median), gross)


def _fired_before(
    code: str, this: Earlier | None, other: Earlier | None, floor: Decimal, settings: Settings,
    held: Decimal, recent: int,
) -> dict[int, Decimal]:
    """{month: net total} of the `recent` months before the window (0: the month just
    before) that would have fired themselves on their day: each judged against the baseline
    as it stood then (the months before it), netted of the other way as the window is,
    material against what was held before it (`held`: before the window, walked back month
    by month)."""
    if this is None:
        return {}
    found = {}
    sign = 1 if code == "large_withdrawal" else -1
    others = other.months if other else ()
    for k, gross in enumerate(this.months[:recent]):
        back = others[k] if k < len(others) else Decimal(0)
        held += sign * (gross - back)
        past, other_past = list(this.months[k + 1:]), list(others[k + 1:])
        if len(past) < settings.flow_min_months:
            break  # too little history then to know what was usual
        other_past += [Decimal(0)] * (len(past) - len(other_past))
        other_median = median_of(other_past)
        net = _net(gross, back, other_median)
        median = median_of(past)
        base = Baseline(median, median_of([abs(v - median) for v in past]),
                        largest_net(past, other_past, other_median))
        if unusual(net, base, floor, settings) is None:
            continue
        if material(code, net - median, held, other_median, settings) is not None:
            found[k] = net
    return found


def _usual_top(months: tuple[Decimal, ...]) -> Decimal:
    """The top of a usual month: the median and its spread (as `unusual` floors it), what a
    month varies by without anything happening (a salary a few euros higher)."""
    median = median_of(list(months))
    mad = median_of([abs(v - median) for v in months])
    return median + max(mad * MAD_TO_SD, median * Decimal("0.1"), Decimal("1"))


def _month(months: tuple[Decimal, ...], k: int) -> Decimal:
    return months[k] if k < len(months) else Decimal(0)


def _carried(this: Earlier | None, other: Earlier | None, recent: int,
             announced: dict[int, Decimal]) -> Decimal:
    """What came in beyond a usual month (`_usual_top`) in the `recent` months before the
    window and stayed (beyond that month's usual outflow): a withdrawal of it is the money
    passing on, as within one window (Berka's cash accounts: 104,231 in in June, 75,100 out
    in July). Not an inflow that fired its own alarm (`announced`): the advisor was told to
    put that money to work, and its leaving is news (BK-C8327)."""
    if this is None or other is None:
        return Decimal(0)
    out_top, in_top = _usual_top(this.months), _usual_top(other.months)
    carried = Decimal(0)
    for k in range(min(recent, len(this.months), len(other.months))):
        stayed = other.months[k] - in_top - max(Decimal(0), this.months[k] - out_top)
        if k not in announced and stayed > 0:
            carried += stayed
    return carried


class Since(NamedTuple):
    """The window and the look-back's month ends, walked back (`_since_month_ends`)."""

    least: Decimal  # the least net outflow (out - in) since one of those month ends
    passed_on: bool  # money in and out again since one of them


def _since_month_ends(window_out: Decimal, window_in: Decimal, this: Earlier | None,
                      other: Earlier | None, recent: int,
                      announced: dict[int, Decimal]) -> Since:
    """Whether the withdrawal passes on money that came in for it: since a month end of the
    look-back (the window's start, or the end of each of the `recent` months before it),
    no more went out than came in (every flow, usual or not: they hold at least what they
    held then), and what the window took on balance (out - in) had come in beyond a usual
    month (`_usual_top`) since then. Berka's BK-C5409: 52.2k on 1 November, 229.6k in
    (157.7k in November alone, against a usual 28k) and 227.0k out in cash, 55.4k at the
    end of December. A saver whose usual income piled up and then left is not passing
    money on: their savings left. Not back past an inflow that fired its own alarm
    (`announced`): its leaving is news (BK-C8327)."""
    out = this.months if this else ()
    back = other.months if other else ()
    top = _usual_top(back) if back else Decimal(0)
    took = window_out - window_in
    net = least = took
    extra = max(Decimal(0), window_in - top)  # what came in beyond a usual month
    passed = took <= 0
    for k in range(min(recent, max(len(out), len(back)))):
        if k in announced:
            break  # before the money the advisor was told to put to work
        net += _month(out, k) - _month(back, k)
        extra += max(Decimal(0), _month(back, k) - top)
        least = min(least, net)
        passed = passed or (net <= 0 and extra >= took)
    return Since(least, passed)


def judge(
    code: str,
    flow: Flow,
    other: Flow | None,
    months: int,
    assets: Decimal,
    settings: Settings,
    currencies: tuple[str, ...] = (),
    earlier: tuple[Earlier | None, Earlier | None] = (None, None),
    recent: int = 0,
) -> Reason | None:
    """Fires only when all of these hold, and the evidence says which values decided it:

    - unusual against the customer's own baseline (`unusual`: a baseline, the floor, k x
      spread, min_ratio, a tiny usual month beaten by more than their largest month);
    - not a pass-through: what came in beyond the usual (the other direction) and went out
      again in the same window is netted off first (salary in, rent out is not a withdrawal;
      a loan paid out and passed on to a seller neither);
    - a withdrawal that passes on money which came in beyond the usual in the `recent`
      months before (`_carried`) still leaves at least the floor, material against what they
      held before that money came;
    - not a repeat: none of the `recent` months (FLOW_REPEAT_DAYS) before the window fired
      itself on its day (judged against the baseline it had then; that alarm is still known
      to the advisor), unless this one is at least twice as large; `earlier` is (this
      direction, the other) then;
    - material for this customer (`material`);
    - a withdrawal is money leaving, not money in and out again: since the window began and
      since each month end of the `recent` months before it (up to an inflow that fired its
      own alarm), either more went out than came in, or what the window took on balance
      had not come in beyond a usual month since then (`_since_month_ends`).
    """
    amount = flow.amount
    floor = threshold_of_holdings(settings, "flow_min_amount", currencies)
    if floor is None or amount < floor or flow.median <= 0:
        return None  # the cheap tests first: most months are ordinary, quiet ones say nothing
    passed_through = max(Decimal(0), other.amount - other.median) if other else Decimal(0)
    net = amount - min(passed_through, amount)
    found = unusual(net, Baseline(flow.median, flow.mad, flow.largest), floor, settings)
    if found is None:
        return None
    other_amount = other.amount if other else Decimal(0)
    sign = 1 if code == "large_withdrawal" else -1
    before = assets + sign * (amount - other_amount)  # what they held before the window
    held_before = max(Decimal(0), before)
    over = net - flow.median
    income = other.median if other else Decimal(0)
    reference = material(code, over, held_before, income, settings)
    if reference is None:
        return None  # large for the bank's average, small for this customer
    carried = Decimal(0)
    since: Since | None = None
    if code == "large_withdrawal":
        this_before, other_before = earlier
        announced = _fired_before("large_deposit", other_before, this_before, floor, settings,
                                  before, recent)
        carried = min(_carried(this_before, other_before, recent, announced), net)
        own = max(Decimal(0), held_before - carried)  # what they held before that came in
        if carried and (net - carried < floor
                        or material(code, over - carried, own, income, settings) is None):
            return None  # it passes on money that came in shortly before: not their own
        since = _since_month_ends(amount, other_amount, this_before, other_before, recent,
                                  announced)
        if since.passed_on:
            return None  # money in and out again: they hold what they held a month end ago
    flagged = list(_fired_before(code, *earlier, floor, settings, before, recent).values())
    if flagged and net < REPEAT_ESCALATION * max(flagged):
        return None  # the same kind of move was flagged within FLOW_REPEAT_DAYS
    cash = partial(money_of_holdings, currencies=currencies)
    text, because = _words(code, flow, net, found.ratio, over, reference, months, found.tiny,
                           settings, cash)
    if carried:
        earlier_days = 30 * recent
        text = text.replace(": ask", f"; still {cash(net - carried)} after the "
                            f"{cash(carried)} that came in beyond the usual in the "
                            f"{earlier_days} days before: ask", 1)
        because.append(f"{cash(net - carried)} still leaves after the {cash(carried)} that "
                       f"came in beyond the usual in the {earlier_days} days before (at least "
                       f"{cash(floor)} and {settings.flow_material_share:.0%} of what they "
                       "held before it)")
    if since is not None:
        because.append(_not_passed_on(since.least, amount - other_amount, recent, cash))
    if flagged:
        because.append(f"at least {REPEAT_ESCALATION}× the {cash(max(flagged))} already "
                       f"flagged within {settings.flow_repeat_days} days")
    evidence = {
        "amount": amount,
        "net_amount": net,
        "netted_other_way": amount - net,
        "came_in_before": carried,
        "net_out_since_month_end": since.least if since else None,
        "last_booked_on": flow.last_on,
        "window_days": settings.flow_window_days,
        "baseline_months": months,
        "baseline_median": flow.median,
        "baseline_mad": flow.mad,
        "baseline_floor": (floor * Decimal(str(settings.flow_baseline_floor_share))
                           ).quantize(Decimal("0.01")),
        "largest_month": flow.largest,
        "earlier_flagged": max(flagged) if flagged else None,
        "ratio": found.ratio.quantize(Decimal("0.1")),
        "threshold": found.threshold.quantize(Decimal("0.01")),
        "material_reference": reference.quantize(Decimal("0.01")),
        "fired_because": because,
        "rule": "baseline median > 0; net of what passed through the other way: net >= "
        "median + k*1.4826*MAD, >= min_ratio x median, >= min_amount; a median below "
        "baseline_floor needs net > the largest month; no month within repeat_days that "
        "fired against its own baseline unless net >= 2x it; net - median >= material_share "
        "x what they held before (or a usual month's income); a withdrawal net of what came "
        "in beyond the usual within repeat_days before (unless that fired) still >= "
        "min_amount and material; a withdrawal is no money in and out again: since no "
        "month end within repeat_days before it (nor the window's start; not past an "
        "inflow that fired) did no more go out than come in while what the window took on "
        "balance came in beyond a usual month",
        "k": settings.flow_mad_threshold,
        "min_ratio": settings.flow_min_ratio,
        "min_amount": floor,
        "material_share": settings.flow_material_share,
        "repeat_days": settings.flow_repeat_days,
        "currencies": list(currencies),
    }
    return Reason(code, text, evidence, URGENCY[code], flow.last_on)


def _not_passed_on(least: Decimal, took: Decimal, recent: int, cash: partial[str]) -> str:
    """Why a withdrawal is not money in and out again (`_since_month_ends`)."""
    ends = f" or at a month end of the {30 * recent} days before" if recent else ""
    if least > 0:
        return (f"{cash(least)} more went out than came in (usual inflows too) since the "
                f"window began{ends}: not money in and out again")
    return (f"they hold what they held when the window began{ends}, but the {cash(took)} "
            "this window took on balance had not come in beyond their usual month since: "
            "their savings left")


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
