from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.feedback.service import (
    FeedbackConflict,
    FeedbackRejected,
    check_customer,
    log_feedback,
    looks_foreign,
    parse_compensation,
)
from knowledge.interchange.feedback_csv import FeedbackImportError, import_feedback_csv
from knowledge.models.bank import Customer, Feedback, Role, Staff


@pytest.fixture
def people(session: Session) -> Session:
    session.add(Staff(id="A001", name="Anna Berg", role=Role.advisor))
    session.add(Staff(id="A002", name="Ola Nordmann", role=Role.advisor))
    session.flush()
    session.add(Customer(id="C001", name="Maria Keller", advisor_id="A001"))
    session.add(Customer(id="C002", name="Jonas Weber", advisor_id="A002"))
    session.commit()
    return session


def _count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Feedback)) or 0)


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_feedback_is_refused(people: Session, text: str) -> None:
    with pytest.raises(FeedbackRejected, match="empty"):
        log_feedback(session=people, text=text)
    assert _count(people) == 0


def test_very_long_feedback_is_refused_whole_with_the_limit(people: Session) -> None:
    with pytest.raises(FeedbackRejected, match="100,000 characters long; the limit is 20,000"):
        log_feedback(session=people, text="x" * 100_000)
    assert _count(people) == 0


def test_feedback_is_stored_pending_with_compensation(people: Session) -> None:
    logged = log_feedback(session=people, text="  The app logs her out.  ", customer_id="C001",
                          compensation="€50", logged_by="A001")
    people.commit()
    stored = people.get(Feedback, logged.feedback.id)
    assert stored is not None and stored.status == "pending"
    assert stored.text == "The app logs her out." and stored.compensation == Decimal("50.00")


def test_unknown_customer_is_refused(people: Session) -> None:
    with pytest.raises(FeedbackRejected, match="no customer with id 'C999'"):
        log_feedback(session=people, text="Card blocked", customer_id="C999")


def test_same_external_id_is_idempotent_and_a_different_text_conflicts(people: Session) -> None:
    first = log_feedback(session=people, text="Fees too high", feedback_id="X1")
    again = log_feedback(session=people, text="Fees too high", feedback_id="X1")
    assert first.created and not again.created and _count(people) == 1
    with pytest.raises(FeedbackConflict):
        log_feedback(session=people, text="Something else", feedback_id="X1")


def test_another_language_is_stored_and_flagged(people: Session) -> None:
    logged = log_feedback(session=people, text="Die App meldet mich bei jeder Überweisung ab.")
    assert logged.created and logged.foreign_language
    assert not looks_foreign("The app logs me out during every transfer.")


@pytest.mark.parametrize("value, expected", [("50", Decimal("50.00")), ("EUR 1,250.5",
                         Decimal("1250.50")), ("none", None), ("", None)])
def test_compensation_is_read_from_words(value: str, expected: Decimal | None) -> None:
    assert parse_compensation(value) == expected


def test_compensation_that_is_not_an_amount_is_refused() -> None:
    with pytest.raises(FeedbackRejected, match="as a number"):
        parse_compensation("a bunch of flowers")


def test_customer_answer_is_resolved_in_the_askers_book_only(people: Session) -> None:
    found = check_customer(session=people, staff_id="A001", query="Maria Keller")
    assert found.customer_id == "C001"
    assert check_customer(session=people, staff_id="A001", query="none").customer_id == "none"
    other_book = check_customer(session=people, staff_id="A001", query="Jonas Weber")
    assert other_book.customer_id is None and "can't find" in (other_book.message or "")


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "feedback.csv"
    path.write_text("feedback_id,customer_id,received_on,channel,text,compensation\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_csv_import_is_all_or_nothing_with_line_numbers(people: Session, tmp_path: Path) -> None:
    path = _csv(tmp_path, ["F1,C001,2026-11-01,email,App logs me out,",
                           "F2,C999,2026-11-01,email,Card blocked,",
                           "F3,,2026-13-01,phone,Long wait,",
                           "F4,,2026-11-02,phone,   ,"])
    with pytest.raises(FeedbackImportError) as raised:
        import_feedback_csv(session=people, path=path)
    people.rollback()
    message = str(raised.value)
    assert "line 3" in message and "C999" in message
    assert "line 4" in message and "line 5" in message and "empty" in message
    assert _count(people) == 0


def test_csv_reimport_updates_instead_of_duplicating(people: Session, tmp_path: Path) -> None:
    first = _csv(tmp_path, ["F1,C001,2026-11-01,email,App logs me out,12.50",
                            "F2,,2026-11-01,phone,Long wait on the phone,"])
    progress: list[int] = []
    report = import_feedback_csv(session=people, path=first, progress=progress.append)
    people.commit()
    assert report.inserted == 2 and progress[-1] == 2
    people.get(Feedback, "F1").status = "themed"  # type: ignore[union-attr]
    people.commit()
    second = _csv(tmp_path, ["F1,C001,2026-11-01,email,The app logs me out in transfers,12.50",
                             "F2,,2026-11-01,phone,Long wait on the phone,"])
    report = import_feedback_csv(session=people, path=second)
    people.commit()
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 1)
    assert _count(people) == 2
    changed = people.get(Feedback, "F1")
    assert changed is not None and changed.status == "pending"  # re-themed later
    assert changed.received_on == dt.date(2026, 11, 1)


BAD_ROWS = ["F1,C001,2026-11-01,email,fine,",
            "F2,C001,2026-11-01,email," + "x" * 20_001 + ",",
            "F1,,2026-11-01,email,the same id again,",
            "F3,,2026-11-01,email,paid something,€50",
            "F4,,2026-11-01,,no channel,"]


def test_both_importers_apply_the_same_rules(people: Session, tmp_path: Path) -> None:
    from knowledge.interchange import ImportRejected, import_folder

    path = _csv(tmp_path, BAD_ROWS)
    with pytest.raises(FeedbackImportError) as alone:
        import_feedback_csv(session=people, path=path)
    people.rollback()
    with pytest.raises(ImportRejected) as folder:
        import_folder(session=people, folder=tmp_path)
    people.rollback()
    assert alone.value.errors == [str(p) for p in folder.value.problems]
    message = str(alone.value)
    assert "line 3, column text: the text is 20,001 characters long; the limit is 20,000" in message
    assert "line 4, column feedback_id: 'F1' appears twice in this file" in message
    assert "line 5, column compensation" in message and "-1234.50" in message
    assert "line 6, column channel: a value is required" in message
    assert _count(people) == 0


def test_compensation_without_currency_is_in_the_banks_currency(people: Session,
                                                               tmp_path: Path) -> None:
    import_feedback_csv(session=people, path=_csv(tmp_path, [
        "F1,C001,2026-11-01,email,App logs me out,12.50"]))
    people.commit()
    stored = people.get(Feedback, "F1")
    assert stored is not None and stored.currency == "EUR" and stored.status == "pending"
