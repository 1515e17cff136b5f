"""Two levels: areas stored with ids that survive rebuilds; problems' figures roll up."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.feedback.service import log_feedback
from knowledge.models.themes import Theme, ThemeArea
from knowledge.themes import service
from knowledge.themes.queries import summaries
from knowledge.themes.rollup import area_summaries
from tests.knowledge.themes.wocas_bank import APP, AS_OF, CARD, PARAMS, PHONE

ARRIVE = [
    "My new card still hasn't arrived after three weeks.",
    "The replacement card never arrived in the post.",
    "Still waiting for my card to be delivered.",
    "Card not arrived yet, ordered it a month ago.",
    "Where is my new debit card? It has not arrived.",
]
CRASH = [
    "The app crashes every time I open it.",
    "Banking app keeps crashing on my phone since the update.",
    "App freezes and closes when I start it.",
    "The mobile app crashed again when opening.",
    "App won't open, it just crashes.",
]
# Few statements make a small graph of themes: a finer area resolution splits it as a bank's
# thousands of statements are split at the default.
# The theme resolution is pinned: these tests are about areas, and at the product's 6.0 the
# 15 statements split so finely that the later phone statements straddle two emerging themes.
AREAS = replace(PARAMS, area_resolution=1.0, resolution=4.0)


def _log(session: Session, texts: list[str], day: dt.date = dt.date(2026, 11, 1)) -> None:
    for n, text in enumerate(texts):
        log_feedback(session=session, text=text, received_on=day, customer_id=f"C00{n % 5 + 1}")
    session.commit()


def test_areas_are_stored_and_keep_their_ids_across_rebuilds(bank: Session, embedder) -> None:
    _log(bank, APP + CRASH + CARD + ARRIVE)
    report = service.build(session=bank, embedder=embedder, params=AREAS)
    bank.commit()
    areas = list(bank.scalars(select(ThemeArea)))
    assert report.themes == 4 and report.areas == len(areas) >= 2
    themes = list(bank.scalars(select(Theme)))
    assert all(t.area_id in {a.id for a in areas} for t in themes)
    by_id = {a.id: a for a in areas}
    for area in areas:  # an area's size is the sum of its themes', and it has a name
        assert area.size == sum(t.size for t in themes if t.area_id == area.id)
        assert area.label and area.label != "unlabelled"
        inside = [t for t in themes if t.area_id == area.id]
        if len(inside) == 1:  # an area of one problem carries that problem's name
            assert area.label == inside[0].label
    card_area = next(t.area_id for t in themes if "block" in t.label)
    assert "card" in by_id[card_area].label or "card" in by_id[card_area].keywords
    before = {t.id: t.area_id for t in themes}

    _log(bank, ["My card got blocked in Portugal.", "The app crashed at login."],
         day=dt.date(2026, 11, 20))
    again = service.build(session=bank, embedder=embedder, params=AREAS)
    bank.commit()
    after = {t.id: t.area_id for t in bank.scalars(select(Theme))}
    assert again.areas_kept == again.areas == len(areas)
    assert after == before  # same themes in the same areas, same ids for both levels


def test_area_figures_roll_up_from_its_problems(bank: Session, embedder) -> None:
    _log(bank, APP + CRASH + CARD + ARRIVE)
    service.build(session=bank, embedder=embedder, params=AREAS)
    blocked = next(t for t in bank.scalars(select(Theme)) if "block" in t.label)
    blocked.status, blocked.business_owner_id = "resolved", "M001"
    bank.commit()
    items = summaries(session=bank, as_of=AS_OF)
    areas = area_summaries(session=bank, as_of=AS_OF, items=items)
    assert sorted(p.id for a in areas for p in a.problems) == sorted(s.id for s in items)
    for area in areas:
        problems = area.problems
        assert area.size == sum(p.size for p in problems)
        assert area.cost.total == sum((p.cost.total for p in problems), Decimal(0))
        assert area.cost.contacts == sum(p.cost.contacts for p in problems)
        assert area.trend.current == sum(p.trend.current for p in problems)
        data = area.as_dict()
        assert data["problem_count"] == len(problems) and len(data["problems"]) == len(problems)
    home = next(a for a in areas if blocked.id in [p.id for p in a.problems])
    others = [p for p in home.problems if p.id != blocked.id]
    # Worst status: resolved only when every problem is; owners gathered from the problems.
    assert home.status == ("resolved" if not others else "open")
    assert "Marta Lindqvist" in home.owners and home.unowned == len(others)
    ranked_costs = [a.cost.total for a in areas if not a.is_praise]
    assert ranked_costs == sorted(ranked_costs, reverse=True)


def test_a_theme_promoted_between_builds_joins_an_area_of_its_kind(bank: Session, embedder
                                                                   ) -> None:
    _log(bank, APP + CRASH + CARD)
    service.build(session=bank, embedder=embedder, params=AREAS)
    bank.commit()
    _log(bank, PHONE)
    report = service.update(session=bank, embedder=embedder, params=AREAS)
    bank.commit()
    assert len(report.promoted) == 1
    promoted = bank.get(Theme, report.promoted[0])
    assert promoted is not None and promoted.area_id is not None
    area = bank.get(ThemeArea, promoted.area_id)
    assert area is not None and area.kind == promoted.kind
    items = summaries(session=bank, as_of=AS_OF)
    shown = {p.id: a.id for a in area_summaries(session=bank, as_of=AS_OF, items=items)
             for p in a.problems}
    assert shown[promoted.id] == area.id


def test_the_chat_summary_names_areas_with_their_problems(bank: Session, embedder) -> None:
    from knowledge.themes.chat import detail, summary

    _log(bank, APP + CRASH + CARD + ARRIVE, day=dt.date(2026, 11, 10))
    service.build(session=bank, embedder=embedder, params=AREAS)
    bank.commit()
    answer = summary(session=bank, period_text="this month", as_of=AS_OF)
    areas = [a for a in area_summaries(session=bank, as_of=AS_OF) if len(a.problems) > 1]
    assert areas, "the fixture has an area with two problems"
    area = areas[0]
    line = next(li for li in answer.text.splitlines() if f" {area.label} — " in li)
    assert f"{area.trend.current} (" in line  # the area's count: its problems' sum
    assert all(f"{p.label} {p.trend.current}" in line for p in area.problems)
    assert {a["id"] for a in answer.payload["areas"]} >= {area.id}  # type: ignore[index]
    told = detail(session=bank, words=area.problems[0].label, focus=None, text=None, as_of=AS_OF)
    said = next(li for li in told.text.splitlines() if li.startswith(f"Area “{area.label}”, with"))
    assert all(f"“{p.label}” (#{p.id})" in said for p in area.problems[1:4])
