"""What the chat, the CLI and the API read about themes: summaries, detail, lookup, export."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.db import as_utc
from knowledge.models.bank import Feedback, Staff
from knowledge.models.themes import Theme, ThemeArea, ThemeChange, ThemeMember
from knowledge.themes import trends as trend_mod
from knowledge.themes.cost import ThemeCost, theme_costs
from knowledge.themes.ownership import history


@dataclass
class ThemeSummary:
    id: int
    label: str
    keywords: list[str]
    status: str
    size: int
    emerging: bool
    business_owner: str | None
    solution_owner: str | None
    trend: trend_mod.Trend
    cost: ThemeCost
    quotes: list[str] = field(default_factory=list)
    kind: str = "problem"  # "problem" or "praise"
    area_id: int | None = None
    area_label: str | None = None

    @property
    def is_praise(self) -> bool:
        return self.kind == "praise"

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "label": self.label, "keywords": self.keywords, "status": self.status,
            "size": self.size, "emerging": self.emerging,
            "business_owner": self.business_owner, "solution_owner": self.solution_owner,
            "trend": {"current": self.trend.current, "previous": self.trend.previous,
                      "direction": self.trend.direction},
            "cost": cost_dict(self.cost), "quotes": self.quotes, "theme_kind": self.kind,
            "area_id": self.area_id, "area_label": self.area_label,
        }


@dataclass
class ThemeDetail:
    summary: ThemeSummary
    weekly: list[tuple[dt.date, int]]
    monthly: list[tuple[dt.date, int]]
    history: list[ThemeChange]

    def as_dict(self) -> dict[str, object]:
        data = self.summary.as_dict()
        data["series"] = {
            "week": [{"from": d.isoformat(), "count": n} for d, n in self.weekly],
            "month": [{"from": d.isoformat(), "count": n} for d, n in self.monthly],
        }
        data["history"] = [
            # SQLite hands stored times back without their zone (UTC): say it.
            {"at": as_utc(h.at).isoformat(), "by": h.staff_id, "field": h.field, "old": h.old_value,
             "new": h.new_value} for h in self.history
        ]
        return data


def cost_dict(cost: ThemeCost) -> dict[str, object]:
    return {"currency": cost.currency, "total": cost.total, "compensation": cost.compensation,
            "handling": cost.handling, "contacts": cost.contacts,
            "revenue_at_risk": cost.revenue_at_risk, "customers_at_risk": cost.customers_at_risk}


def _names(session: Session, ids: set[str | None]) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted))).all())


def summaries(*, session: Session, as_of: dt.date, period: str = "month",
              include_emerging: bool = False, theme_ids: list[int] | None = None
              ) -> list[ThemeSummary]:
    query = select(Theme).order_by(Theme.id)
    if theme_ids is not None:
        query = query.where(Theme.id.in_(theme_ids))
    else:
        query = query.where((Theme.size > 0) | Theme.business_owner_id.is_not(None)
                            | Theme.solution_owner_id.is_not(None))
    if not include_emerging:
        query = query.where(Theme.emerging.is_(False))
    themes = list(session.scalars(query))
    ids = [t.id for t in themes]
    costs = theme_costs(session=session, as_of=as_of, theme_ids=ids)
    moves = trend_mod.trends(session=session, period=period, as_of=as_of, theme_ids=ids)
    names = _names(session, {t.business_owner_id for t in themes}
                   | {t.solution_owner_id for t in themes})
    area_ids = {t.area_id for t in themes if t.area_id is not None}
    area_labels = dict(session.execute(select(ThemeArea.id, ThemeArea.label)
                                       .where(ThemeArea.id.in_(area_ids))).tuples().all()
                       ) if area_ids else {}
    return [
        ThemeSummary(
            id=t.id, label=t.label, keywords=list(t.keywords or []), status=t.status,
            size=t.size, emerging=t.emerging,
            business_owner=names.get(t.business_owner_id or ""),
            solution_owner=names.get(t.solution_owner_id or ""),
            trend=moves[t.id], cost=costs[t.id], quotes=list(t.quotes or []),
            kind=t.kind or "problem", area_id=t.area_id,
            area_label=area_labels.get(t.area_id) if t.area_id is not None else None,
        )
        for t in themes
    ]


def detail(*, session: Session, theme_id: int, as_of: dt.date) -> ThemeDetail | None:
    found = summaries(session=session, as_of=as_of, include_emerging=True, theme_ids=[theme_id])
    if not found:
        return None
    return ThemeDetail(
        summary=found[0],
        weekly=trend_mod.series(session=session, theme_id=theme_id, period="week", as_of=as_of),
        monthly=trend_mod.series(session=session, theme_id=theme_id, period="month", as_of=as_of,
                                 points=6),
        history=history(session=session, theme_id=theme_id),
    )


def costliest(*, session: Session, as_of: dt.date, limit: int = 5) -> list[ThemeSummary]:
    ranked = sorted(summaries(session=session, as_of=as_of),
                    key=lambda s: (-s.cost.total, s.id))
    return [s for s in ranked if s.cost.total > Decimal(0) and not s.is_praise][:limit]


def ranked(items: list[ThemeSummary]) -> tuple[list[ThemeSummary], list[ThemeSummary]]:
    """(problems by cost, then size; praise by size): the WOCAS list and praise shown apart."""
    problems = sorted((s for s in items if not s.is_praise),
                      key=lambda s: (-s.cost.total, -s.size, s.id))
    praise = sorted((s for s in items if s.is_praise), key=lambda s: (-s.size, s.id))
    return problems, praise


_FILLER = {"the", "a", "an", "theme", "themes", "topic", "problem", "problems", "issue",
           "issues", "about", "with", "of", "on", "one", "that", "this", "complaints", "tell",
           "me", "more", "it"}


def find_theme(*, session: Session, words: str, limit: int = 3) -> list[Theme]:
    """Themes whose label or keywords match the words ("the app login theme"), best first.

    A number ("theme 12", "#12") is taken as the id.
    """
    from rapidfuzz import fuzz

    text = (words or "").strip().lower()
    number = re.fullmatch(r"(?:theme\s*)?#?\s*(\d+)", text)
    if number:
        theme = session.get(Theme, int(number.group(1)))
        return [theme] if theme is not None else []
    query = " ".join(w for w in re.findall(r"[\w']+", text) if w not in _FILLER)
    if not query:
        return []
    scored: list[tuple[float, int, Theme]] = []
    for theme in session.scalars(select(Theme).where(Theme.emerging.is_(False))):
        haystack = " ".join([theme.label.replace("/", " "), *(theme.keywords or [])]).lower()
        score = max(fuzz.token_set_ratio(query, haystack), fuzz.partial_ratio(query, haystack))
        if score >= 70:
            scored.append((score, -theme.size, theme))
    scored.sort(key=lambda s: (-s[0], s[1], s[2].id))
    if scored and len(scored) > 1 and scored[0][0] - scored[1][0] >= 10:
        return [scored[0][2]]
    if scored:
        return [s[2] for s in scored[:limit]]
    return _by_keyword_hits(session=session, query=query)


def _by_keyword_hits(*, session: Session, query: str) -> list[Theme]:
    """A whole sentence ("assign the app login theme to …"): count keywords it mentions."""
    from knowledge.themes.labels import lemma

    said = {lemma(w) for w in query.split()} | set(query.split())
    best: list[tuple[int, Theme]] = []
    for theme in session.scalars(select(Theme).where(Theme.emerging.is_(False))):
        words = {w for k in (theme.keywords or [])[:4] for w in k.split()}
        hits = sum(any(s == w or (len(w) >= 3 and s.startswith(w)) for s in said) for w in words)
        if hits:
            best.append((hits, theme))
    best.sort(key=lambda pair: (-pair[0], pair[1].id))
    if best and (len(best) == 1 or best[0][0] > best[1][0]):
        return [best[0][1]]
    return [t for _, t in best[:3]]


def get_theme(*, session: Session, theme_id: int) -> Theme | None:
    return session.get(Theme, theme_id)


def assignments(*, session: Session) -> Iterator[tuple[str, int | None, str]]:
    """(feedback_id, theme_id or None, theme label) for every feedback item, streamed.

    Items in no theme, or only in an emerging one, count as unassigned.
    """
    for feedback_id, theme_id, label, _area_id, _area_label in assignments_with_areas(
            session=session):
        yield feedback_id, theme_id, label


def assignments_with_areas(*, session: Session
                           ) -> Iterator[tuple[str, int | None, str, int | None, str]]:
    """Like `assignments`, plus the area id and label of the item's theme (None, "")."""
    rows = session.execute(
        select(Feedback.id, Theme.id, Theme.label, Theme.emerging, ThemeArea.id,
               ThemeArea.label)
        .outerjoin(ThemeMember, ThemeMember.feedback_id == Feedback.id)
        .outerjoin(Theme, Theme.id == ThemeMember.theme_id)
        .outerjoin(ThemeArea, ThemeArea.id == Theme.area_id)
        .order_by(Feedback.id).execution_options(yield_per=5000)
    )
    for feedback_id, theme_id, label, emerging, area_id, area_label in rows:
        if theme_id is None or emerging:
            yield feedback_id, None, "", None, ""
        else:
            yield feedback_id, theme_id, label, area_id, area_label or ""
