"""Areas as a manager reads them: each area with its concrete problems, their figures rolled up.

Owners, status, cost and trends belong to the concrete problem (the theme); an area shows:
- size, cost (each part) and trend counts: sums over its problems (a customer who complained
  about two problems of one area counts in both, as in the problems' own figures);
- status: the worst of its problems' (open, then in progress, then resolved): an area is
  resolved only when every problem in it is;
- owners: everyone who owns one of its problems, and how many problems have no owner yet.
Problems are ranked by cost then size inside an area, areas by their summed cost then size;
praise areas come apart (`kind` "praise"), ranked by size.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.themes import ThemeArea
from knowledge.settings import get_settings
from knowledge.themes.cost import ThemeCost
from knowledge.themes.queries import ThemeSummary, cost_dict, summaries
from knowledge.themes.trends import Trend

WORST_FIRST = ("open", "in_progress", "resolved")
NO_AREA = 0  # problems not (yet) in an area: promoted since the last build, or kept for owners


@dataclass
class AreaSummary:
    id: int
    label: str
    keywords: list[str]
    kind: str
    problems: list[ThemeSummary] = field(default_factory=list)

    @property
    def is_praise(self) -> bool:
        return self.kind == "praise"

    @property
    def size(self) -> int:
        return sum(p.size for p in self.problems)

    @property
    def status(self) -> str:
        found = {p.status for p in self.problems}
        return next((s for s in WORST_FIRST if s in found), "open")

    @property
    def trend(self) -> Trend:
        return Trend(self.id, sum(p.trend.current for p in self.problems),
                     sum(p.trend.previous for p in self.problems))

    @property
    def cost(self) -> ThemeCost:
        def total(part: str) -> Decimal:
            return sum((getattr(p.cost, part) for p in self.problems), Decimal("0.00"))

        return ThemeCost(
            theme_id=self.id, compensation=total("compensation"),
            contacts=sum(p.cost.contacts for p in self.problems), handling=total("handling"),
            revenue_at_risk=total("revenue_at_risk"),
            customers_at_risk=sum(p.cost.customers_at_risk for p in self.problems),
            currency=self.problems[0].cost.currency if self.problems else get_settings().currency)

    @property
    def owners(self) -> list[str]:
        return sorted({o for p in self.problems for o in (p.business_owner, p.solution_owner)
                       if o})

    @property
    def unowned(self) -> int:
        return sum(1 for p in self.problems if not (p.business_owner or p.solution_owner))

    def as_dict(self, *, with_problems: bool = True) -> dict[str, object]:
        trend = self.trend
        data: dict[str, object] = {
            "id": self.id, "label": self.label, "keywords": self.keywords,
            "area_kind": self.kind, "size": self.size, "status": self.status,
            "problem_count": len(self.problems), "owners": self.owners,
            "unowned_problems": self.unowned,
            "trend": {"current": trend.current, "previous": trend.previous,
                      "direction": trend.direction},
            "cost": cost_dict(self.cost),
        }
        if with_problems:
            data["problems"] = [p.as_dict() for p in self.problems]
        return data


def _rank_problems(items: list[ThemeSummary]) -> list[ThemeSummary]:
    return sorted(items, key=lambda s: (-s.cost.total, -s.size, s.id))


def area_summaries(*, session: Session, as_of: dt.date, period: str = "month",
                   items: list[ThemeSummary] | None = None) -> list[AreaSummary]:
    """Every area with its problems: problem areas costliest first, then praise areas.

    Problems in no area yet are gathered in one area with id 0 ("not yet grouped"), last among
    their kind, so nothing a manager must act on is hidden.
    """
    items = items if items is not None else summaries(session=session, as_of=as_of,
                                                      period=period)
    stored = {a.id: a for a in session.scalars(select(ThemeArea))}
    areas: dict[tuple[int, str], AreaSummary] = {}
    for item in items:
        area = stored.get(item.area_id or NO_AREA)
        key = (area.id if area else NO_AREA, item.kind)
        if key not in areas:
            areas[key] = (AreaSummary(id=area.id, label=area.label,
                                      keywords=list(area.keywords or []), kind=item.kind)
                          if area else AreaSummary(id=NO_AREA, label="not yet grouped",
                                                   keywords=[], kind=item.kind))
        areas[key].problems.append(item)
    for area in areas.values():
        area.problems = (sorted(area.problems, key=lambda s: (-s.size, s.id)) if area.is_praise
                         else _rank_problems(area.problems))
    return sorted(areas.values(), key=lambda a: (
        a.is_praise, a.id == NO_AREA, -(a.cost.total if not a.is_praise else 0), -a.size, a.id))


def area_detail(*, session: Session, area_id: int, as_of: dt.date, period: str = "month"
                ) -> AreaSummary | None:
    return next((a for a in area_summaries(session=session, as_of=as_of, period=period)
                 if a.id == area_id and a.id != NO_AREA), None)
