"""One day's work a day: the ranked list of a book laid out over the advisor's working days.

An advisor makes at most CALL_LIST_CAPACITY calls a day. The ranked list may hold more (after
a busy week, or a first import); nothing on it vanishes: the first `capacity` items of each
advisor are today's calls, the next ones are planned for the following working days (Monday
to Friday), `capacity` a day, and every item carries its `planned_on` day. Tomorrow's list is
ranked afresh, so a carried item is called tomorrow unless something more pressing arrived.

The order of the plan is the order a relationship manager and a risk officer both sign off:
duties first — a loan in arrears (collect before it gets worse) and a complaint past its
deadline (a regulatory clock) — then everything else by score (value x urgency). Inside each
class the score decides, so a top customer's duty comes before a small one's.

A call that is worth something only until a date keeps that date when it is carried: a
maturity is planned at the latest on the working day before the money falls due (the customer
decides before it is paid out), a birthday at the latest on the day itself. Such calls move
ahead of calls without a date just as far as their dates need, the earliest date first; the
rest keeps the plan order (knowledge.call_list.day_plan.schedule).

Customers only listed because nobody has talked with them yet (a first import) fill what is
left of today's capacity, most valuable first; the rest of that backlog is the coverage plan's
(knowledge.call_list.coverage: backlog and catch_up_days), not carried item by item.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from knowledge.call_list.reasons import URGENCY, day

if TYPE_CHECKING:
    from knowledge.call_list.book import Book
    from knowledge.call_list.ranking import CallListItem

# Reasons that are duties rather than opportunities: they come first, whatever the value.
DUTY_CODES = frozenset({"loan_arrears", "open_complaint"})


def is_duty(item: CallListItem) -> bool:
    return any(r.code in DUTY_CODES for r in item.reasons)


def plan_order(item: CallListItem) -> tuple[Any, ...]:
    """Duties first, then by score; ties by contribution, then name and id (stable)."""
    return (not is_duty(item), -item.score, -item.score_parts["contribution"], item.name,
            item.customer_id)


def deadline(item: CallListItem) -> dt.date | None:
    """The last day the call still serves, when one of its reasons has such a day."""
    days = []
    for reason in item.reasons:
        field, days_before = DEADLINES.get(reason.code, (None, 0))
        on = _date(reason.evidence.get(field)) if field else None
        if on is not None:
            days.append(on - dt.timedelta(days=days_before))
    return min(days, default=None)


# Reason code -> (evidence field with the date, days before it the call must be made).
DEADLINES = {"maturity": ("maturity_on", 1), "birthday": ("birthday_on", 0)}


def _date(value: Any) -> dt.date | None:
    """Evidence dates are dates when computed and ISO text when read back from storage."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def schedule(items: list[CallListItem], days: list[dt.date], capacity: int) -> list[dt.date]:
    """Each item's day (`items` in plan order, `capacity` a day): day by day, first the calls
    with a date that must be made today so that the later days before their dates can still
    hold the rest (earliest date first), then the others in plan order."""
    last: dict[int, int] = {}
    for position, item in enumerate(items):
        until = deadline(item)
        if until is not None:
            # The last of `days` on or before the deadline; a date already missed: today.
            last[position] = max(0, sum(1 for on in days if on <= until) - 1)
    planned: list[dt.date | None] = [None] * len(items)
    waiting = list(range(len(items)))
    for k, on in enumerate(days):
        if not waiting:
            break
        dated = sorted((last[p], p) for p in waiting if p in last)
        # The n earliest dates need n places from today to the n-th date; the days after
        # today hold `capacity` each, the rest must be today.
        need = max((n - capacity * (until - k) for n, (until, _p) in enumerate(dated, 1)),
                   default=0)
        today = [p for _until, p in dated[: min(max(need, 0), capacity)]]
        chosen = set(today)
        for p in waiting:
            if len(chosen) >= capacity:
                break
            chosen.add(p)
        for p in chosen:
            planned[p] = on
        waiting = [p for p in waiting if p not in chosen]
    return [on or days[-1] for on in planned]


def working_days(start: dt.date, count: int) -> list[dt.date]:
    """`start` (today, whatever the weekday) and the next `count - 1` days Monday to Friday."""
    days = [start]
    on = start
    while len(days) < count:
        on += dt.timedelta(days=1)
        if on.weekday() < 5:
            days.append(on)
    return days


def is_catch_up(book: Book, item: CallListItem) -> bool:
    """Only on the list because nobody has talked with them yet (a first import has no
    contact history): coverage_overdue with no contact on record, plus at most reasons no
    more urgent than it (a birthday, a sales idea)."""
    if book.last_contact.get(item.customer_id) is not None:
        return False
    codes = {r.code for r in item.reasons}
    return "coverage_overdue" in codes and all(
        r.urgency <= URGENCY["coverage_overdue"] for r in item.reasons
    )


def plan(book: Book, items: list[CallListItem], capacity: int) -> list[CallListItem]:
    """The items in plan order, each with its planned day; the catch-up beyond today's free
    places is left to the coverage plan (see the module docstring)."""
    capacity = max(capacity, 1)
    ordered = sorted(items, key=plan_order)
    backlog: dict[str | None, list[CallListItem]] = defaultdict(list)
    others: dict[str | None, list[CallListItem]] = defaultdict(list)
    for item in ordered:
        (backlog if is_catch_up(book, item) else others)[item.advisor_id].append(item)
    kept: set[int] = set()
    for advisor in set(backlog) | set(others):
        mine = others[advisor]
        waiting = backlog[advisor]
        free = max(0, capacity - len(mine))
        days = working_days(book.as_of, math.ceil(len(mine) / capacity) + 1)
        for item, on in zip(mine, schedule(mine, days, capacity), strict=True):
            item.planned_on = on
            kept.add(id(item))
        catch_up_days = math.ceil(len(waiting) / capacity)
        for position, item in enumerate(waiting[:free], start=1):
            item.planned_on = book.as_of
            item.reasons = [_catch_up_said(r, position, len(waiting), catch_up_days, capacity)
                            if r.code == "coverage_overdue" else r for r in item.reasons]
            kept.add(id(item))
    # Today's calls first (duties, then by score), then each later day's.
    today = [i for i in ordered if id(i) in kept]
    return sorted(today, key=lambda i: (i.planned_on or book.as_of,) + plan_order(i))


def _catch_up_said(reason: Any, position: int, waiting: int, days: int, capacity: int) -> Any:
    return replace(
        reason,
        text=f"{reason.text} Catch-up: {position} of {waiting} customers not yet contacted, "
        f"all called within about {days} working days at up to {capacity} a day.",
        evidence={**reason.evidence, "catch_up_position": position,
                  "catch_up_backlog": waiting, "catch_up_days": days,
                  "catch_up_rule": "never contacted: at most the capacity left by today's "
                  "other calls, most valuable first"},
    )


def carried(items: list[CallListItem], as_of: dt.date) -> dict[str, Any]:
    """What the list holds beyond today's calls: how many, how many of them urgent (a duty
    or a reason more urgent than being overdue), and on which days they are planned."""
    later = [i for i in items if i.planned_on is not None and i.planned_on > as_of]
    by_day: dict[str, int] = defaultdict(int)
    for item in later:
        by_day[item.planned_on.isoformat()] += 1  # type: ignore[union-attr]
    urgent = sum(1 for i in later
                 if is_duty(i) or max(r.urgency for r in i.reasons) > URGENCY["coverage_overdue"])
    return {"count": len(later), "urgent": urgent, "by_day": dict(sorted(by_day.items())),
            "until": max(by_day) if by_day else None}


def carried_words(summary: dict[str, Any]) -> str:
    """'2 more urgent, planned for 16 June 2026' / '11 more (9 urgent), planned for 16 June
    2026 to 17 June 2026'; empty when nothing is carried."""
    count, urgent = summary["count"], summary["urgent"]
    if not count:
        return ""
    days = sorted(summary["by_day"])
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    when = day(first) if first == last else f"{day(first)} to {day(last)}"
    what = (f"{count} more urgent" if urgent == count
            else f"{count} more ({urgent} urgent)" if urgent else f"{count} more")
    return f"{what}, planned for {when}"
