"""Counts per week and month, and rising or falling themes against the previous period.

A period is a rolling window ending on `as_of`: "week" = the last 7 days, "month" = the last
30 days; the previous period is the window of the same length just before it. Rolling
windows compare like with like on any day of the month.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from knowledge.models.themes import ThemeMember

PERIOD_DAYS = {"week": 7, "month": 30, "quarter": 91}


def parse_period(text: str | None) -> str:
    """'this month', 'last week', 'quarter' → 'month' | 'week' | 'quarter' (default month)."""
    lowered = (text or "").lower()
    for name in ("week", "quarter", "month"):
        if name in lowered:
            return name
    return "month"


@dataclass(frozen=True)
class Trend:
    theme_id: int
    current: int
    previous: int

    @property
    def direction(self) -> str:
        if self.previous == 0:
            return "new" if self.current else "quiet"
        if self.current >= self.previous * 1.25 and self.current - self.previous >= 2:
            return "rising"
        if self.current <= self.previous * 0.75 and self.previous - self.current >= 2:
            return "falling"
        return "steady"


def windows(period: str, as_of: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    days = PERIOD_DAYS[period]
    start = as_of - dt.timedelta(days=days - 1)
    return start - dt.timedelta(days=days), start, as_of


def trends(*, session: Session, period: str, as_of: dt.date,
           theme_ids: list[int] | None = None) -> dict[int, Trend]:
    previous_start, start, end = windows(period, as_of)
    # One labelled expression, so SELECT and GROUP BY share one bind parameter: PostgreSQL
    # refuses two separately bound copies of the same comparison.
    is_current = (Feedback.received_on >= start).label("is_current")
    query = (select(ThemeMember.theme_id, is_current, func.count())
             .join(Feedback, Feedback.id == ThemeMember.feedback_id)
             .where(ThemeMember.theme_id.is_not(None), Feedback.received_on >= previous_start,
                    Feedback.received_on <= end)
             .group_by(ThemeMember.theme_id, is_current))
    if theme_ids is not None:
        query = query.where(ThemeMember.theme_id.in_(theme_ids))
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for theme_id, is_current, count in session.execute(query):
        if theme_id is None:
            continue
        counts[theme_id][0 if is_current else 1] += int(count)
    ids = theme_ids if theme_ids is not None else list(counts)
    return {t: Trend(t, counts[t][0], counts[t][1]) for t in ids}


def series(*, session: Session, theme_id: int, period: str, as_of: dt.date, points: int = 8
           ) -> list[tuple[dt.date, int]]:
    """Counts per period (oldest first) for the last `points` periods, empty ones included."""
    days = PERIOD_DAYS["week" if period == "week" else "month"]
    first = as_of - dt.timedelta(days=days * points - 1)
    dates = session.scalars(
        select(Feedback.received_on).join(ThemeMember, ThemeMember.feedback_id == Feedback.id)
        .where(ThemeMember.theme_id == theme_id, Feedback.received_on >= first,
               Feedback.received_on <= as_of))
    buckets = [0] * points
    for day in dates:
        buckets[min(points - 1, (day - first).days // days)] += 1
    return [(first + dt.timedelta(days=days * i), n) for i, n in enumerate(buckets)]
