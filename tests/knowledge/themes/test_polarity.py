"""Praise is not a problem: polarity per statement, themes never mix praise and complaints,
praise carries no service-failure cost and is told apart in the WOCAS list."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.feedback.service import log_feedback
from knowledge.models.bank import Feedback
from knowledge.models.themes import Theme, ThemeMember
from knowledge.themes import polarity, service
from knowledge.themes.chat import summary
from knowledge.themes.cost import theme_costs
from knowledge.themes.queries import costliest, summaries
from tests.knowledge.themes.wocas_bank import AS_OF, PARAMS

EVAL = Path(__file__).parents[3] / "bench" / "wocas" / "polarity_eval.csv"

# The demo bank's mixed theme: the same branch, praised and complained about.
BRANCH_PRAISE = [
    "Friendly and competent staff at the branch, great service",
    "The branch team was so helpful and kind, thank you",
    "Lovely people at the branch, always competent advice",
    "Excellent and friendly service at my local branch today",
    "Very competent branch staff, I felt well looked after",
]
BRANCH_COMPLAINTS = [
    "The queue in the branch was far too long on Saturday",
    "Waited over an hour at the branch to see someone",
    "The branch was closed during its opening hours again",
    "Only one counter open at the branch, queue out the door",
    "Branch staff could not answer a simple question and sent me away",
]


def test_polarity_holds_on_statements_written_apart_from_its_training_set(embedder) -> None:
    rows = list(csv.DictReader(EVAL.open(encoding="utf-8")))
    seed = {t.lower() for _, t in polarity.seed()}
    assert not seed & {r["text"].lower() for r in rows}  # never trained on
    got = polarity.classify(embedder.embed([r["text"] for r in rows]), embedder)
    for kind in polarity.POLARITIES:
        mine = [g for g, r in zip(got, rows, strict=True) if r["polarity"] == kind]
        assert mine.count(kind) / len(mine) >= 0.75, (kind, mine)
    # Deterministic: the same statements, the same answer.
    assert got == polarity.classify(embedder.embed([r["text"] for r in rows]), embedder)


def test_branch_praise_and_branch_complaints_become_separate_themes(bank: Session,
                                                                    embedder) -> None:
    for i, text in enumerate(BRANCH_PRAISE + BRANCH_COMPLAINTS):
        log_feedback(session=bank, text=text, customer_id="C001",
                     received_on=dt.date(2026, 11, 1) + dt.timedelta(days=i),
                     compensation="10" if i % 2 else None)
    bank.commit()
    service.build(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    stored = dict(bank.execute(select(Feedback.text, Feedback.polarity)).tuples().all())
    assert all(stored[t] == "praise" for t in BRANCH_PRAISE)
    assert not any(stored[t] == "praise" for t in BRANCH_COMPLAINTS)
    kinds: dict[int, set[str]] = {}
    for theme_id, text in bank.execute(select(ThemeMember.theme_id, Feedback.text)
                                       .join(Feedback, Feedback.id == ThemeMember.feedback_id)
                                       .where(ThemeMember.theme_id.is_not(None))):
        kinds.setdefault(theme_id, set()).add("praise" if text in BRANCH_PRAISE else "other")
    assert kinds and all(len(k) == 1 for k in kinds.values())  # no theme mixes them
    praise = [t for t in bank.scalars(select(Theme)) if t.kind == "praise"]
    assert praise
    costs = theme_costs(session=bank, as_of=AS_OF, theme_ids=[t.id for t in praise])
    assert all(c.total == 0 for c in costs.values())  # praise is no service failure
    assert all(not s.is_praise for s in costliest(session=bank, as_of=AS_OF))
    items = summaries(session=bank, as_of=AS_OF)
    assert {s.as_dict()["theme_kind"] for s in items} == {"problem", "praise"}
    answer = summary(session=bank, period_text=None, as_of=AS_OF)
    listed, praised = answer.text.split("Praised:")
    assert praise[0].label in praised and praise[0].label not in listed


def test_new_praise_joins_praise_never_a_problem_theme(bank: Session, embedder) -> None:
    for i, text in enumerate(BRANCH_PRAISE + BRANCH_COMPLAINTS):
        log_feedback(session=bank, text=text, received_on=dt.date(2026, 11, 1 + i))
    bank.commit()
    service.build(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    log_feedback(session=bank, text="Such friendly and helpful people at the branch, thanks!",
                 received_on=dt.date(2026, 11, 20))
    bank.commit()
    service.update(session=bank, embedder=embedder, params=PARAMS)
    bank.commit()
    placed = bank.execute(select(Theme.kind).join(ThemeMember, ThemeMember.theme_id == Theme.id)
                          .join(Feedback, Feedback.id == ThemeMember.feedback_id)
                          .where(Feedback.text.like("Such friendly%"))).scalar_one()
    assert placed == "praise"


def test_a_complaint_wrapped_in_courtesy_stays_a_complaint(embedder) -> None:
    texts = ["A card payment was booked twice on my account. Thanks for listening.",
             "Waiting times for an appointment with my advisor are weeks now. Thank you.",
             "Friendly and competent staff at the branch, great service. Thanks a lot."]
    got = polarity.classify_texts(texts, embedder.embed(texts), embedder)
    assert got == ["complaint", "complaint", "praise"]


def test_sentences_seen_before_keep_their_verdict_in_later_batches(embedder) -> None:
    # The second batch reuses the first one's sentence verdicts: same answers either way.
    first = ["A card payment was booked twice on my account. Thanks for listening.",
             "Friendly and competent staff at the branch, great service. Thanks a lot."]
    later = ["Friendly and competent staff at the branch, great service. Thanks a lot.",
             "The app crashes every time I open it. Thanks for listening.",
             "A card payment was booked twice on my account. Thanks for listening."]
    polarity._sentence_verdicts.clear()
    cold = polarity.classify_texts(later, embedder.embed(later), embedder)
    polarity._sentence_verdicts.clear()
    polarity.classify_texts(first, embedder.embed(first), embedder)
    warm = polarity.classify_texts(later, embedder.embed(later), embedder)
    assert warm == cold
    assert warm[0] == "praise" and warm[2] == "complaint"
