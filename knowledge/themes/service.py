"""Build and update themes: embed pending feedback, cluster, place new items, keep identities.

`update` is the worker step (and `advisor themes update`): it drains feedback still
`pending`, embeds it, and places each item into the closest theme when close enough, or into
an *emerging* theme that becomes a real one once it has `min_theme_size` members. `build` is
the full rebuild: it re-clusters everything and matches the new clusters to the old themes
by shared members, so ids, owners and status of themes that persist survive.

Feedback states: `pending` (raw text saved, nothing else) → `themed` (embedded and placed).
An item is only marked `themed` in the same transaction that stores its embedding and
membership, so a crash in between leaves it `pending` and the next run picks it up again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import delete, func, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from knowledge.models.themes import FeedbackEmbedding, Theme, ThemeChange, ThemeMember
from knowledge.settings import get_settings
from knowledge.themes import areas as area_mod
from knowledge.themes import polarity as polarity_mod
from knowledge.themes import word_space
from knowledge.themes.clustering import UNASSIGNED, ClusterParams
from knowledge.themes.embedding import Embedder, from_bytes, normalise, to_bytes
from knowledge.themes.naming import relabel

PENDING, THEMED = "pending", "themed"
Progress = Callable[[str, int, int], None]  # (stage, done, total)


def params_from_settings() -> ClusterParams:
    s = get_settings()
    return ClusterParams(
        neighbours=s.wocas_neighbours,
        resolution=s.wocas_resolution,
        min_size=s.wocas_min_theme_size,
        attach_distance=s.wocas_attach_distance,
        seed=s.wocas_seed,
        word_weight=s.wocas_word_weight,
        word_dimensions=s.wocas_word_dimensions,
    )


@dataclass
class UpdateReport:
    embedded: int = 0
    placed: int = 0
    emerging: int = 0
    promoted: list[int] = field(default_factory=list)


@dataclass
class BuildReport:
    items: int = 0
    themes: int = 0
    kept: int = 0
    created: int = 0
    retired: int = 0
    unassigned: int = 0
    areas: int = 0
    areas_kept: int = 0


# --- embeddings -----------------------------------------------------------------------------

def embed_missing(
    *, session: Session, embedder: Embedder, only_pending: bool, chunk: int = 2048,
    limit: int | None = None, progress: Progress | None = None,
) -> int:
    """Embed feedback without a vector from this model; returns how many were embedded.

    Texts go to the model shortest first, `chunk` at a time, so every batch pads to about
    the same length (id order wastes a large share of the work on padding). `limit` embeds
    only the next `limit` items, so a caller can commit between chunks: a crash then loses
    one chunk of work, never a statement, and the next run starts where this one stopped.
    """
    missing = (FeedbackEmbedding.feedback_id.is_(None)
               | (FeedbackEmbedding.model != embedder.name))
    query = (
        select(Feedback.id, FeedbackEmbedding.model)
        .outerjoin(FeedbackEmbedding, FeedbackEmbedding.feedback_id == Feedback.id)
        .where(missing)
        .order_by(func.length(Feedback.text), Feedback.id)
    )
    if only_pending:
        query = query.where(Feedback.status == PENDING)
    if limit is not None:
        query = query.limit(limit)
    rows = session.execute(query).all()
    total = len(rows)
    for start in range(0, total, chunk):
        part = rows[start : start + chunk]
        ids = [r.id for r in part]
        texts = dict(session.execute(select(Feedback.id, Feedback.text)
                                     .where(Feedback.id.in_(ids))).tuples().all())
        vectors = embedder.embed([texts[i] for i in ids])
        # Polarity in the same transaction as the vector: a themed item always has one.
        session.execute(sql_update(Feedback), [
            {"id": i, "polarity": p}
            for i, p in zip(ids, polarity_mod.classify_texts(
                [texts[i] for i in ids], vectors, embedder), strict=True)])
        stale = [r.id for r in part if r.model is not None]  # made by another model
        if stale:
            session.execute(delete(FeedbackEmbedding)
                            .where(FeedbackEmbedding.feedback_id.in_(stale)))
        session.execute(
            insert(FeedbackEmbedding),
            [
                {"feedback_id": i, "model": embedder.name, "dimensions": int(v.shape[0]),
                 "vector": to_bytes(v)}
                for i, v in zip(ids, vectors, strict=True)
            ],
        )
        if progress:
            progress("embed", start + len(part), total)
    return total


def classify_missing(*, session: Session, embedder: Embedder) -> int:
    """Polarity for statements embedded before polarity existed (from their stored vectors)."""
    ids = list(session.scalars(
        select(Feedback.id).join(FeedbackEmbedding, FeedbackEmbedding.feedback_id == Feedback.id)
        .where(Feedback.polarity.is_(None), FeedbackEmbedding.model == embedder.name)))
    for start in range(0, len(ids), 5000):
        part, vectors = load_vectors(session=session, model=embedder.name,
                                     ids=ids[start : start + 5000])
        texts = dict(session.execute(select(Feedback.id, Feedback.text)
                                     .where(Feedback.id.in_(part))).tuples().all())
        session.execute(sql_update(Feedback), [
            {"id": i, "polarity": p}
            for i, p in zip(part, polarity_mod.classify_texts(
                [texts[i] for i in part], vectors, embedder), strict=True)])
    return len(ids)


def kinds_of(*, session: Session, ids: list[str]) -> list[str]:
    """Theme kind ("problem" / "praise") of each statement, in the order of `ids`."""
    found: dict[str, str | None] = {}
    for start in range(0, len(ids), 5000):
        found.update(session.execute(select(Feedback.id, Feedback.polarity)
                                     .where(Feedback.id.in_(ids[start : start + 5000])))
                     .tuples().all())
    return [polarity_mod.kind_of(found.get(i)) for i in ids]


def missing_count(*, session: Session, model: str, only_pending: bool) -> int:
    """How many statements have no vector from `model` yet."""
    query = (select(func.count()).select_from(Feedback)
             .outerjoin(FeedbackEmbedding, FeedbackEmbedding.feedback_id == Feedback.id)
             .where(FeedbackEmbedding.feedback_id.is_(None) | (FeedbackEmbedding.model != model)))
    if only_pending:
        query = query.where(Feedback.status == PENDING)
    return int(session.scalar(query) or 0)


def load_vectors(*, session: Session, model: str, ids: Iterable[str] | None = None
                 ) -> tuple[list[str], np.ndarray]:
    query = select(FeedbackEmbedding.feedback_id, FeedbackEmbedding.vector).where(
        FeedbackEmbedding.model == model
    ).order_by(FeedbackEmbedding.feedback_id)
    if ids is not None:
        query = query.where(FeedbackEmbedding.feedback_id.in_(list(ids)))
    rows = session.execute(query).all()
    if not rows:
        return [], np.zeros((0, 0), dtype=np.float32)
    return [r[0] for r in rows], np.vstack([from_bytes(r[1]) for r in rows])


# --- labels ---------------------------------------------------------------------------------


# --- update: drain pending items ------------------------------------------------------------

def update(
    *, session: Session, embedder: Embedder, params: ClusterParams | None = None,
    place_distance: float | None = None, progress: Progress | None = None,
) -> UpdateReport:
    """Embed and place every pending item. Raises `EmbeddingUnavailable` and leaves them pending."""
    params = params or params_from_settings()
    place_distance = place_distance if place_distance is not None else (
        get_settings().wocas_place_distance)
    report = UpdateReport()
    report.embedded = embed_missing(session=session, embedder=embedder, only_pending=True,
                                    progress=progress)
    classify_missing(session=session, embedder=embedder)
    # Placement is sequential (an emerging theme grows from the first statement that starts
    # it), so its order is by content, never by the random ids: the same statements give the
    # same themes however they were numbered.
    pending = list(session.scalars(
        select(Feedback.id).where(Feedback.status == PENDING).order_by(
            Feedback.received_on, Feedback.text, Feedback.id)))
    if not pending:
        return report
    if len(pending) >= params.min_size and not session.scalar(
            select(func.count()).select_from(Theme).where(Theme.emerging.is_(False),
                                                          Theme.model == embedder.name)):
        # A first load (or a new model): clustering everything beats growing themes one item
        # at a time from nothing (measured on the demo bank: one 79-item theme mixed rates,
        # mortgages and savings when grown, three clean themes when clustered).
        built = build(session=session, embedder=embedder, params=params, progress=progress)
        report.placed = built.items - built.unassigned
        return report
    ids, vectors = load_vectors(session=session, model=embedder.name, ids=pending)
    rank = {feedback_id: n for n, feedback_id in enumerate(pending)}
    order = sorted(range(len(ids)), key=lambda i: rank[ids[i]])
    ids, vectors = [ids[i] for i in order], vectors[order]
    kinds = kinds_of(session=session, ids=ids)
    # Praise only ever joins praise, problems only problems: one theme never mixes them.
    established_of: dict[str, list[Theme]] = {polarity_mod.PROBLEM: [], polarity_mod.PRAISED: []}
    emerging_of: dict[str, list[Theme]] = {polarity_mod.PROBLEM: [], polarity_mod.PRAISED: []}
    for theme in session.scalars(
            select(Theme).where(Theme.model == embedder.name).order_by(Theme.id)):
        if theme.emerging:
            emerging_of.setdefault(theme.kind, []).append(theme)
        elif theme.centroid is not None:
            established_of.setdefault(theme.kind, []).append(theme)
    # With the last build's words model, the closest theme is found by the sentence vector
    # joined to the words, in the space the themes were clustered in; whether it is close
    # enough is judged by the sentence vector (the words of short statements share their
    # stop words: in the joined space unrelated statements came within `place_distance`).
    points, joined = word_space.placement_space(
        session=session, model=embedder.name, ids=ids, vectors=vectors,
        themes=[t for group in (*established_of.values(), *emerging_of.values()) for t in group])
    fixed_of = {k: word_space.centres(v, joined) for k, v in established_of.items()}
    already = set(session.scalars(select(ThemeMember.feedback_id).where(
        ThemeMember.feedback_id.in_(ids))))
    for n, (feedback_id, vector, point, kind) in enumerate(
            zip(ids, vectors, points, kinds, strict=True), 1):
        established, emerging = established_of[kind], emerging_of[kind]
        best, distance = word_space.closest(point, vector, established, fixed_of[kind])
        if best != UNASSIGNED and distance <= place_distance:
            target = established[best]
            report.placed += 1
        else:
            best, distance = word_space.closest(point, vector, emerging,
                                                word_space.centres(emerging, joined))
            if best != UNASSIGNED and distance <= place_distance:
                target = emerging[best]
            else:
                target = Theme(label="emerging", keywords=[], quotes=[], status="open",
                               model=embedder.name, size=0, emerging=True, kind=kind)
                session.add(target)
                emerging.append(target)
            report.emerging += 1
        word_space.join_member(target, vector, point, joined)
        session.flush()
        if target.emerging and target.size >= params.min_size:
            target.emerging = False
            established.append(target)
            emerging.remove(target)
            fixed_of[kind] = word_space.centres(established, joined)
            report.promoted.append(target.id)
            area_mod.place(session=session, theme=target)
        assert target.centroid is not None
        distance = 1.0 - float(from_bytes(target.centroid) @ normalise(vector))
        if feedback_id in already:  # a retried run: move, never duplicate
            session.execute(sql_update(ThemeMember).where(ThemeMember.feedback_id == feedback_id)
                            .values(theme_id=target.id, distance=distance))
        else:
            session.add(ThemeMember(feedback_id=feedback_id, theme_id=target.id,
                                    distance=distance))
        if progress and n % 500 == 0:
            progress("place", n, len(ids))
    session.execute(sql_update(Feedback).where(Feedback.id.in_(ids)).values(status=THEMED))
    session.flush()
    if report.promoted:
        # One more statement barely moves an established theme's keywords; new themes need a
        # label now. A full build relabels everything.
        relabel(session=session, model=embedder.name, embed=embedder.embed)
    return report


# --- build: full rebuild with stable identities ---------------------------------------------

def match_by_members(new_members: list[list[str]], old_of: dict[str, int]) -> dict[int, int]:
    """New cluster index → old id (theme or area), greedily by Jaccard overlap of members
    (≥ 0.3)."""
    old_sizes = Counter(old_of.values())
    pairs: list[tuple[float, int, int]] = []
    for j, members in enumerate(new_members):
        overlap = Counter(old_of[m] for m in members if m in old_of)
        for old_id, shared in overlap.items():
            jaccard = shared / (len(members) + old_sizes[old_id] - shared)
            if jaccard >= 0.3:
                pairs.append((jaccard, j, old_id))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, j, old_id in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if j not in matched and old_id not in used:
            matched[j] = old_id
            used.add(old_id)
    return matched


def build(
    *, session: Session, embedder: Embedder, params: ClusterParams | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    params = params or params_from_settings()
    embed_missing(session=session, embedder=embedder, only_pending=False, progress=progress)
    classify_missing(session=session, embedder=embedder)
    ids, vectors = load_vectors(session=session, model=embedder.name)
    report = BuildReport(items=len(ids))
    if progress:
        progress("cluster", 0, len(ids))
    kinds = kinds_of(session=session, ids=ids)
    # The statements' words, fitted on this build's statements and kept with it.
    lexicon, words = word_space.fit_words(word_space.texts_of(session=session, ids=ids),
                                          params) if len(ids) else (None, None)
    word_space.save(session=session, model=embedder.name, lexicon=lexicon, statements=len(ids))
    result, theme_kinds = (polarity_mod.cluster_by_kind(vectors, kinds, params, words)
                           if len(ids) else (None, []))
    old_of: dict[str, int] = {fid: tid for fid, tid in session.execute(
        select(ThemeMember.feedback_id, ThemeMember.theme_id)) if tid is not None}
    old_area_of = area_mod.old_membership(session=session)
    count = len(result.centroids) if result is not None else 0
    members: list[list[str]] = [[] for _ in range(count)]
    if result is not None:
        for fid, label in zip(ids, result.labels, strict=True):
            if label != UNASSIGNED:
                members[int(label)].append(fid)
    matched = match_by_members(members, old_of)
    themes: list[Theme] = []
    for j in range(count):
        theme = session.get(Theme, matched[j]) if j in matched else None
        if theme is None:
            theme = Theme(label="", keywords=[], quotes=[], status="open")
            session.add(theme)
            report.created += 1
        else:
            report.kept += 1
        assert result is not None
        theme.centroid = to_bytes(result.centroids[j])
        theme.placement = (to_bytes(result.placement[j]) if result.placement is not None
                           else None)
        theme.size = len(members[j])
        theme.emerging = False
        theme.model = embedder.name
        theme.kind = theme_kinds[j]
        themes.append(theme)
    session.flush()
    stored = area_mod.store(session=session, themes=themes,
                            area_of_theme=area_mod.group_by_kind(
                                normalise(vectors), result.labels, theme_kinds, params)
                            if result is not None else [],
                            members=members, old_of=old_area_of, model=embedder.name)
    report.areas = stored.get("kept", 0) + stored.get("created", 0)
    report.areas_kept = stored.get("kept", 0)
    kept_ids = {t.id for t in themes}
    session.execute(delete(ThemeMember))
    report.retired = _retire(session=session, keep=kept_ids)
    if result is not None:
        rows = [
            {"feedback_id": fid,
             "theme_id": themes[int(label)].id if label != UNASSIGNED else None,
             "distance": None if label == UNASSIGNED else float(result.distances[i])}
            for i, (fid, label) in enumerate(zip(ids, result.labels, strict=True))
        ]
        for start in range(0, len(rows), 5000):
            session.execute(insert(ThemeMember), rows[start : start + 5000])
        report.unassigned = int(np.sum(result.labels == UNASSIGNED))
        session.execute(sql_update(Feedback).where(Feedback.status != THEMED,
                                               Feedback.id.in_(select(FeedbackEmbedding.feedback_id)))
                        .values(status=THEMED))
    report.themes = count
    session.flush()
    if progress:
        progress("label", 0, count)
    relabel(session=session, model=embedder.name, embed=embedder.embed)
    return report


def _retire(*, session: Session, keep: set[int]) -> int:
    """Themes that did not persist: drop them, unless someone owns them or has acted on them."""
    retired = 0
    with_history = set(session.scalars(select(ThemeChange.theme_id).distinct()))
    for theme in session.scalars(select(Theme).where(Theme.id.not_in(keep) if keep else
                                                     Theme.id.is_not(None))):
        responsible = (theme.business_owner_id or theme.solution_owner_id
                       or theme.status != "open" or theme.id in with_history)
        if responsible and not theme.emerging:
            theme.size = 0  # kept for its owners and history; no members any more
        else:
            session.delete(theme)
        retired += 1
    return retired


def pending_count(*, session: Session) -> int:
    return int(session.scalar(select(func.count()).where(Feedback.status == PENDING)) or 0)
