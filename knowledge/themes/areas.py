"""Areas: the upper level of themes ("cards", "the app"), stored with ids that survive rebuilds.

`group` finds them: the themes of one kind (praise and problems never share an area) are the
nodes of a graph whose edges are the nearest-neighbour links between their statements (a
statement's 10 most similar ones), and the Leiden algorithm groups them at a coarse
`area_resolution` (0.3). Modularity at a coarse resolution puts *every* theme somewhere,
which on a bank's 20 themes made one "card" area of card, transfer, phone-wait and
branch-closed problems (eval_feedback.csv); so a theme then stays in its area only if it is
linked to the rest of it more than chance at `GUARD` (its modularity gain at that stricter
resolution is positive), else it is an area of its own: a problem that fits no area is shown
alone rather than under an unrelated one. Chosen on the tuning halves of hwu64's scenarios
and of the evaluation set's areas, reported on the other halves (`python -m bench.wocas.areas`,
bench/wocas/README.md).

`store` turns those groups into `ThemeArea` rows. A rebuild
matches each new area to an old one by the statements they share (Jaccard ≥ 0.3 over the
members of their themes), exactly as themes are matched, so an area keeps its id, and so its
place in a manager's bookmarks and reports, while its themes move around underneath.

An area owns nothing itself: owners, status, cost and trends belong to the concrete problems
and roll up (knowledge.themes.queries.area_summaries). So an area that did not persist is
simply dropped; its themes that are kept for their owners lose their area until they have
members again.

A theme promoted between rebuilds (`service.update`) joins the area of the same kind whose
centre is closest, if it is no farther from it than that area's own problems (`place`); the
next rebuild regroups everything.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from knowledge.models.themes import Theme, ThemeArea, ThemeMember
from knowledge.themes.clustering import (
    UNASSIGNED,
    ClusterParams,
    graph_neighbours,
    nearest_neighbours,
)
from knowledge.themes.embedding import from_bytes, normalise, to_bytes

GUARD = 0.5  # resolution at which a theme must still belong to its area (None: no guard)
SAMPLE = 10_000  # statements whose links group the themes (exact k-NN: quadratic work)
PER_THEME = 20  # every theme keeps at least this many of its statements in the sample


def _sample(labels: np.ndarray, seed: int) -> np.ndarray:
    """Rows of assigned statements: all up to `SAMPLE`, else a seeded share of each theme's."""
    rows = np.flatnonzero(labels != UNASSIGNED)
    if len(rows) <= SAMPLE:
        return rows
    rng = np.random.default_rng(seed)
    share = SAMPLE / len(rows)
    picked = []
    for theme in np.unique(labels[rows]):
        members = rows[labels[rows] == theme]
        take = min(len(members), max(PER_THEME, round(len(members) * share)))
        picked.append(rng.choice(members, take, replace=False))
    return np.sort(np.concatenate(picked))


def _leiden(weights: np.ndarray, resolution: float, seed: int) -> np.ndarray:
    """Communities of a small dense symmetric graph (a diagonal w is a self-loop of w / 2)."""
    import igraph as ig
    import leidenalg

    rows, cols = np.triu_indices(len(weights))
    values = weights[rows, cols]
    keep = values > 0
    values = np.where(rows == cols, values / 2.0, values)[keep]
    graph = ig.Graph(n=len(weights), edges=np.column_stack([rows[keep], cols[keep]]).tolist(),
                     edge_attrs={"weight": values})
    partition = leidenalg.find_partition(
        graph, leidenalg.RBConfigurationVertexPartition, weights="weight",
        resolution_parameter=resolution, seed=seed, n_iterations=-1)
    return np.asarray(partition.membership, dtype=np.int64)


def _guard(links: np.ndarray, areas: np.ndarray, resolution: float) -> np.ndarray:
    """Take out, worst first, every theme linked to the rest of its area less than chance at
    `resolution` (modularity gain < 0); each one taken out is an area of its own."""
    areas = areas.copy()
    volume = links.sum(axis=1)
    total = volume.sum()
    while True:
        worst: tuple[float, int] | None = None
        for area in np.unique(areas):
            inside = np.flatnonzero(areas == area)
            if len(inside) < 2:
                continue
            for theme in inside:
                rest = inside[inside != theme]
                gain = (links[theme, rest].sum()
                        - resolution * volume[theme] * volume[rest].sum() / total)
                gain /= max(volume[theme], 1e-12)
                if gain < 0 and (worst is None or (gain, theme) < worst):
                    worst = (gain, int(theme))
        if worst is None:
            return areas
        areas[worst[1]] = areas.max() + 1


def group(vectors: np.ndarray, labels: np.ndarray, count: int, params: ClusterParams,
          *, guard: float | None = GUARD) -> np.ndarray:
    """Area index (0..) of each of `count` themes, from normalised vectors and theme labels."""
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    from scipy.sparse import coo_matrix

    rows = _sample(labels, params.seed)
    if len(rows) < 2:
        return np.arange(count, dtype=np.int64)
    index, similarity = nearest_neighbours(vectors[rows], graph_neighbours(len(rows), params))
    theme = labels[rows]
    k = index.shape[1]
    # Theme-to-theme weights: the similarity-weighted k-NN links between their statements,
    # made symmetric (a link counts once even when both ends list each other, as in the
    # clustering's own graph).
    directed = coo_matrix((np.maximum(similarity.ravel(), 1e-6).astype(np.float64),
                           (np.repeat(np.arange(len(rows)), k), index.ravel())),
                          shape=(len(rows), len(rows))).tocsr()
    symmetric = directed.maximum(directed.T.tocsr()).tocoo()
    links = np.zeros((count, count), dtype=np.float64)
    np.add.at(links, (theme[symmetric.row], theme[symmetric.col]), symmetric.data)
    areas = _leiden(links, params.area_resolution, params.seed)
    if guard is not None:
        areas = _guard(links, areas, guard)
    _, numbered = np.unique(areas, return_inverse=True)
    return numbered.astype(np.int64).reshape(-1)


def group_by_kind(vectors: np.ndarray, labels: np.ndarray, theme_kinds: list[str],
                  params: ClusterParams) -> list[int]:
    """Area of each theme (in `theme_kinds` order), themes of each kind grouped apart."""
    area_of = np.zeros(len(theme_kinds), dtype=np.int64)
    offset = 0
    for kind in dict.fromkeys(theme_kinds):
        themes = np.flatnonzero(np.asarray(theme_kinds) == kind)
        local = np.full(len(theme_kinds) + 1, UNASSIGNED, dtype=np.int64)
        local[themes] = np.arange(len(themes))
        rows = np.flatnonzero(np.isin(labels, themes))
        areas = group(vectors[rows], local[labels[rows]], len(themes), params)
        area_of[themes] = areas + offset
        offset += int(areas.max()) + 1 if len(areas) else 0
    return area_of.tolist()


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
    """A newly promoted theme joins the closest area of its kind if it is no farther from that
    area's centre than the area's own farthest problem; otherwise (or with no area of its
    kind yet) it is an area of its own, as a rebuild's guard would leave it."""
    if theme.centroid is None:
        return
    areas = [a for a in session.scalars(select(ThemeArea).where(ThemeArea.kind == theme.kind,
                                                               ThemeArea.centroid.is_not(None))
                                        .order_by(ThemeArea.id))]
    vector = from_bytes(theme.centroid)
    area: ThemeArea | None = None
    if areas:
        sims = np.vstack([from_bytes(a.centroid) for a in areas if a.centroid]) @ vector
        closest = areas[int(sims.argmax())]
        assert closest.centroid is not None
        centre = from_bytes(closest.centroid)
        inside = [from_bytes(t.centroid) @ centre for t in session.scalars(
            select(Theme).where(Theme.area_id == closest.id, Theme.id != theme.id,
                                Theme.centroid.is_not(None)))]
        if inside and float(sims.max()) >= min(inside):
            area = closest
    if area is None:
        area = ThemeArea(label=theme.label, keywords=list(theme.keywords or []), kind=theme.kind,
                         size=0, model=theme.model)
        session.add(area)
    area.size += theme.size
    session.flush()
    theme.area_id = area.id
    siblings = list(session.scalars(select(Theme).where(Theme.area_id == area.id)))
    area.centroid = _centre(siblings)
