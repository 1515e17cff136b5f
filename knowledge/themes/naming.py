"""Names, keywords and quotes of themes and their areas, from their members' statements.

Keywords: c-TF-IDF terms across all themes (knowledge.themes.labels), kept for lookup ("the
app login theme") and for the detail view. Labels: the most central short phrase
(knowledge.themes.phrases), up to 4 words for a concrete problem ("card not arrived") and up
to 2 for an area ("debit card"). Quotes: the statements closest to each theme's centre.

Reads at most `KEYWORD_SAMPLE` statements of each theme, evenly spread over its members:
tokenising 100k statements took longer than clustering them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from knowledge.models.themes import FeedbackEmbedding, Theme, ThemeArea, ThemeMember
from knowledge.themes import labels as labelling
from knowledge.themes.embedding import from_bytes
from knowledge.themes.phrases import name_classes

KEYWORD_SAMPLE = 1000  # statements per theme read for keywords (c-TF-IDF is stable well below)
PHRASE_SAMPLE = 300  # of those, read for phrases (1–4-word runs: four times the work)
AREA_WORDS = 2

Embed = Callable[[Sequence[str]], np.ndarray]


def _sample(texts: list[str], size: int) -> list[str]:
    step = max(1, -(-len(texts) // size))
    return texts[::step]


def _remembering(embed: Embed) -> Embed:
    """`embed` that embeds each phrase once: areas are named from their themes' statements,
    so most of their candidate phrases were already embedded for the themes."""
    seen: dict[str, np.ndarray] = {}

    def remembered(texts: Sequence[str]) -> np.ndarray:
        new = sorted({t for t in texts if t not in seen})
        if new:
            seen.update(zip(new, embed(new), strict=True))
        return np.vstack([seen[t] for t in texts]) if texts else embed(texts)

    return remembered


def relabel(*, session: Session, model: str, embed: Embed | None = None) -> None:
    """Keywords, label and quotes of every theme with members, then the label of every area.

    `embed` (the statements' embedder) lets the label be the phrase closest to the theme's
    centre; without it the most distinctive phrase is taken.
    """
    themes = list(session.scalars(select(Theme).where(Theme.size > 0).order_by(Theme.id)))
    if not themes:
        return
    embed = _remembering(embed) if embed is not None else None
    rows = session.execute(
        select(ThemeMember.theme_id, Feedback.id, Feedback.text, FeedbackEmbedding.vector)
        .join(Feedback, Feedback.id == ThemeMember.feedback_id)
        .join(FeedbackEmbedding, FeedbackEmbedding.feedback_id == Feedback.id)
        .where(ThemeMember.theme_id.is_not(None), FeedbackEmbedding.model == model)
        .order_by(ThemeMember.theme_id, Feedback.id)
    ).all()
    by_theme: dict[int, list[tuple[str, bytes]]] = {}
    for theme_id, _id, text, vector in rows:
        if theme_id is not None:
            by_theme.setdefault(theme_id, []).append((text, vector))
    texts = [[t for t, _ in by_theme.get(th.id, [])] for th in themes]
    keywords = labelling.class_tfidf([_sample(t, KEYWORD_SAMPLE) for t in texts])
    with_centre = all(th.centroid is not None for th in themes)
    centres = (np.vstack([from_bytes(th.centroid) for th in themes if th.centroid is not None])
               if with_centre else None)
    names = name_classes([_sample(t, PHRASE_SAMPLE) for t in texts],
                         centres if embed is not None else None, embed)
    for theme, words, name in zip(themes, keywords, names, strict=True):
        members = by_theme.get(theme.id, [])
        theme.keywords = words
        theme.label = name if name != "unlabelled" else labelling.label_from(words)
        if members and theme.centroid is not None:
            vectors = np.vstack([from_bytes(v) for _, v in members])
            theme.quotes = labelling.quotes([t for t, _ in members], vectors,
                                            from_bytes(theme.centroid))
    _relabel_areas(session=session, themes=themes, texts=texts, embed=embed)


def _relabel_areas(*, session: Session, themes: list[Theme], texts: list[list[str]],
                   embed: Embed | None) -> None:
    areas = list(session.scalars(select(ThemeArea).order_by(ThemeArea.id)))
    if not areas:
        return
    documents: dict[int, list[str]] = {a.id: [] for a in areas}
    for theme, statements in zip(themes, texts, strict=True):
        if theme.area_id in documents:
            documents[theme.area_id] += _sample(statements, PHRASE_SAMPLE)
    named = [a for a in areas if documents[a.id]]
    if not named:
        return
    docs = [documents[a.id] for a in named]
    keywords = labelling.class_tfidf(docs)
    centres = (np.vstack([from_bytes(a.centroid) for a in named if a.centroid is not None])
               if all(a.centroid is not None for a in named) and embed is not None else None)
    names = name_classes(docs, centres, embed, max_words=AREA_WORDS)
    only: dict[int, list[Theme]] = {}
    for theme in themes:
        if theme.area_id is not None:
            only.setdefault(theme.area_id, []).append(theme)
    for area, words, name in zip(named, keywords, names, strict=True):
        area.keywords = words
        area.label = name if name != "unlabelled" else labelling.label_from(words)
        if len(only.get(area.id, [])) == 1:
            # An area of one problem (one that fits no other) is that problem: same name,
            # not a second, shorter one for the same statements.
            area.label = only[area.id][0].label
