from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from knowledge.feedback.service import log_feedback
from knowledge.models.bank import Feedback
from knowledge.models.themes import FeedbackEmbedding, Theme, ThemeLexicon, ThemeMember
from knowledge.themes import service
from knowledge.themes.clustering import ClusterParams
from knowledge.themes.embedding import EmbeddingUnavailable
from knowledge.themes.queries import assignments, find_theme
from tests.knowledge.themes.conftest import APP, CARD, PHONE, FailingEmbedder

# words fitted however few the statements (the product needs ten per dimension)
PARAMS = ClusterParams(min_size=3, word_statements_per_dimension=0)


def _log(session: Session, texts: list[str], day: dt.date = dt.date(2026, 11, 1)) -> None:
    for text in texts:
        log_feedback(session=session, text=text, received_on=day, customer_id="C001")
    session.commit()


def test_build_finds_the_themes_and_labels_them(bank: Session, embedder) -> None:
    _log(bank, APP + PHONE + CARD)
    report = service.build(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    assert report.themes == 3 and report.unassigned == 0
    labels = sorted(t.label for t in bank.scalars(select(Theme)))
    assert any("app" in label for label in labels)
    assert any("card" in label or "block" in label for label in labels)
    app_theme = find_theme(session=bank, words="the app logout theme")
    assert len(app_theme) == 1 and "app" in app_theme[0].keywords
    assert len(app_theme[0].quotes) == 3
    assert bank.scalar(select(func.count()).where(Feedback.status == "pending")) == 0


def test_rebuild_keeps_ids_owners_and_status(bank: Session, embedder) -> None:
    _log(bank, APP + PHONE + CARD)
    service.build(session=bank, embedder=embedder, params=PARAMS)
    theme = find_theme(session=bank, words="app")[0]
    theme.business_owner_id, theme.status = "M001", "in_progress"
    theme_id = theme.id
    bank.commit()
    _log(bank, ["The app throws me out when I transfer money."])
    service.build(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    again = bank.get(Theme, theme_id)
    assert again is not None and again.business_owner_id == "M001"
    assert again.status == "in_progress" and again.size == 6


def test_update_places_new_items_and_grows_emerging_themes(bank: Session, embedder) -> None:
    _log(bank, APP + PHONE)
    service.build(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    _log(bank, ["My app logged me out during a payment again."] + CARD[:2])
    report = service.update(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    assert report.placed == 1 and report.emerging == 2 and report.promoted == []
    exported = dict((f, t) for f, t, _ in assignments(session=bank))
    assert sum(t is None for t in exported.values()) == 2  # emerging = not yet a theme
    _log(bank, CARD[2:3])
    report = service.update(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    assert len(report.promoted) == 1
    promoted = bank.get(Theme, report.promoted[0])
    assert promoted is not None and not promoted.emerging and promoted.size == 3
    assert "card" in promoted.keywords or "blocked" in promoted.keywords


def test_failing_embedder_leaves_items_pending_and_a_later_update_drains_once(
    bank: Session, embedder
) -> None:
    _log(bank, APP + PHONE)
    with pytest.raises(EmbeddingUnavailable):
        service.update(session=bank, embedder=FailingEmbedder(), params=PARAMS)
    bank.rollback()
    assert service.pending_count(session=bank) == 10  # raw feedback survived
    service.update(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    service.update(session=bank, embedder=embedder, params=PARAMS)  # nothing left: no duplicates
    bank.commit()
    assert service.pending_count(session=bank) == 0
    assert bank.scalar(select(func.count()).select_from(ThemeMember)) == 10
    assert bank.scalar(select(func.count()).select_from(FeedbackEmbedding)) == 10


def test_model_change_re_embeds(bank: Session, embedder) -> None:
    _log(bank, APP)
    service.build(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()

    class Renamed:
        name = "another-model"

        def embed(self, texts):  # type: ignore[no-untyped-def]
            return embedder.embed(texts)

    service.build(session=bank, embedder=Renamed(), params=PARAMS)
    bank.commit()
    models = set(bank.scalars(select(FeedbackEmbedding.model)))
    assert models == {"another-model"}


def test_embedding_in_committed_chunks_resumes_after_a_crash(bank: Session, embedder) -> None:
    _log(bank, APP + PHONE)
    first = service.embed_missing(session=bank, embedder=embedder, only_pending=True, limit=4)
    bank.commit()  # the first chunk is durable
    embedded = list(bank.scalars(select(FeedbackEmbedding.feedback_id)))
    texts = {f.id: f.text for f in bank.scalars(select(Feedback))}
    assert first == 4 and max(len(texts[i]) for i in embedded) <= min(
        len(t) for i, t in texts.items() if i not in embedded)  # shortest first
    service.embed_missing(session=bank, embedder=embedder, only_pending=True, limit=4)
    bank.rollback()  # killed before the second chunk's commit
    assert service.missing_count(session=bank, model=embedder.name, only_pending=True) == 6
    report = service.update(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    assert report.embedded == 6 and service.pending_count(session=bank) == 0
    assert bank.scalar(select(func.count()).select_from(FeedbackEmbedding)) == 10
    assert bank.scalar(select(func.count()).select_from(ThemeMember)) == 10


def test_a_build_keeps_its_words_model_and_update_places_in_the_same_space(
        bank: Session, embedder) -> None:  # type: ignore[no-untyped-def]
    _log(bank, APP + PHONE + CARD)
    service.build(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    stored = bank.scalars(select(ThemeLexicon)).all()
    assert [row.model for row in stored] == [embedder.name]  # one per model, plain values
    assert "app" in stored[0].vocabulary and isinstance(stored[0].components, bytes)
    themes = bank.scalars(select(Theme)).all()
    assert all(t.placement is not None for t in themes)
    vocabulary = list(stored[0].vocabulary)
    app_before = find_theme(session=bank, words="app")[0].placement
    # Between builds, a new statement is placed with the words model of the build...
    _log(bank, ["The app logs me out whenever I transfer money."])
    report = service.update(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    assert report.placed == 1
    placed = find_theme(session=bank, words="app")[0]
    assert placed.size == 6
    assert placed.placement != app_before  # its centre moved in the joined space too
    assert bank.scalars(select(ThemeLexicon)).one().vocabulary == vocabulary  # unchanged
    # ... in the theme a full rebuild puts it in (ids kept), and the rebuild's model replaces it.
    service.build(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    again = bank.get(Theme, placed.id)
    assert again is not None and again.size == 6
    assert len(bank.scalars(select(ThemeLexicon)).all()) == 1


def test_themes_built_before_the_words_are_still_placed_by_their_sentence(
        bank: Session, embedder) -> None:  # type: ignore[no-untyped-def]
    _log(bank, APP + PHONE)
    service.build(session=bank, embedder=embedder, params=PARAMS)
    for theme in bank.scalars(select(Theme)):
        theme.placement = None  # as a database migrated from before the words holds them
    bank.execute(delete(ThemeLexicon))
    bank.commit()
    _log(bank, ["My app logged me out during a payment again."] + CARD[:2])
    report = service.update(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    assert report.placed == 1 and report.emerging == 2
    assert find_theme(session=bank, words="app")[0].size == 6
