"""Areas: the upper level of themes ("cards", "the app"), stored with ids that survive rebuilds.

The clustering groups its themes into areas (`Clustering.areas`, one area index per theme,
praise and problems never in one area). Here those groups become `ThemeArea` rows. A rebuild
matches each new area to an old one by the statements they share (Jaccard ≥ 0.3 over the
members of their themes), exactly as themes are matched, so an area keeps its id, and so its
place in a manager's bookmarks and reports, while its themes move around underneath.

An area owns nothing itself: owners, status, cost and trends belong to the concrete problems
and roll up (knowledge.themes.queries.area_summaries). So an area that did not persist is
simply dropped; its themes that are kept for their owners lose their area until they have
members again.

A theme promoted between rebuilds (`service.update`) joins the area of the same kind whose
centre is closest; the next rebuild regroups everything.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from knowledge.models.themes import Theme, ThemeArea, ThemeMember
from knowledge.themes.embedding import from_bytes, normalise, to_bytes


def old_membership(*, session: Session) -> dict[str, int]:
    """feedback id → area id of its theme now (read before a rebuild replaces members)."""
    return {fid: area for fid, area in session.execute(
        select(ThemeMember.feedback_id, Theme.area_id)
        .join(Theme, Theme.id == ThemeMember.theme_id)
        .where(Theme.area_id.is_not(None)))}


def _centre(themes: list[Theme]) -> bytes | None:
    vectors = [from_bytes(t.centroid) * max(t.size, 1) for t in themes if t.centroid is not None]
    return to_bytes(normalise(np.sum(vectors, axis=0))) if vectors else None


def store(*, session: Session, themes: list[Theme], area_of_theme: list[int],
          members: list[list[str]], old_of: dict[str, int], model: str) -> dict[str, int]:
    """Areas for a rebuild's themes (same order as `area_of_theme` and `members`).

    Returns counts: kept, created, retired.
    """
    from knowledge.themes.service import match_by_members

    groups: dict[int, list[int]] = {}
    for j, area in enumerate(area_of_theme):
        groups.setdefault(int(area), []).append(j)
    order = sorted(groups)
    area_members = [[fid for j in groups[a] for fid in members[j]] for a in order]
    matched = match_by_members(area_members, old_of)
    counts = Counter[str]()
    kept: set[int] = set()
    for n, a in enumerate(order):
        area = session.get(ThemeArea, matched[n]) if n in matched else None
        if area is None:
            area = ThemeArea(label="", keywords=[])
            session.add(area)
            counts["created"] += 1
        else:
            counts["kept"] += 1
        group = [themes[j] for j in groups[a]]
        area.size = sum(t.size for t in group)
        area.kind = group[0].kind
        area.model = model
        area.centroid = _centre(group)
        session.flush()
        kept.add(area.id)
        for theme in group:
            theme.area_id = area.id
    gone = list(session.scalars(select(ThemeArea).where(ThemeArea.id.not_in(kept))))
    if gone:
        gone_ids = [a.id for a in gone]
        # SQLite may not enforce ON DELETE SET NULL: say it explicitly.
        session.execute(update(Theme).where(Theme.area_id.in_(gone_ids)).values(area_id=None))
        for area in gone:
            session.delete(area)
    counts["retired"] = len(gone)
    session.flush()
    return dict(counts)


def place(*, session: Session, theme: Theme) -> None:
    """A newly promoted theme joins the closest area of its kind (none yet: an area of its own)."""
    if theme.centroid is None:
        return
    areas = [a for a in session.scalars(select(ThemeArea).where(ThemeArea.kind == theme.kind,
                                                               ThemeArea.centroid.is_not(None))
                                        .order_by(ThemeArea.id))]
    vector = from_bytes(theme.centroid)
    if areas:
        sims = np.vstack([from_bytes(a.centroid) for a in areas if a.centroid]) @ vector
        area = areas[int(sims.argmax())]
    else:
        area = ThemeArea(label=theme.label, keywords=list(theme.keywords or []), kind=theme.kind,
                         size=0, model=theme.model)
        session.add(area)
    area.size += theme.size
    session.flush()
    theme.area_id = area.id
    siblings = list(session.scalars(select(Theme).where(Theme.area_id == area.id)))
    area.centroid = _centre(siblings)
