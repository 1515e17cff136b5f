"""GDPR erasure: the customer is gone from every table, feedback and themes are redacted, the
audit keeps its events, Rasa's SQL tracker store is redacted, and a second run changes nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from knowledge.access.audit import audit_entries, record_view
from knowledge.models.bank import AuditEntry, Customer, Feedback, Holding, Interaction, Transaction
from knowledge.models.themes import FeedbackEmbedding, Notification, Theme, ThemeMember
from knowledge.privacy.forget import (
    REDACTED,
    customer_strings,
    forget_customer,
    forget_in_tracker_store,
)
from tests.knowledge.profile.profile_bank import build_bank

ANNA = "C000001"
NAME = "Anna Müller"


def _events_table(session: Session) -> None:
    """The table Rasa's SQLTrackerStore creates, with events as Rasa serialises them."""
    session.execute(text(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, "
        "type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), "
        "action_name VARCHAR(255), data TEXT)"))
    rows = [
        ("user", {"event": "user", "text": f"tell me about {NAME.lower()}",
                  "parse_data": {"entities": [{"entity": "customer_name", "value": NAME}]}}),
        ("slot", {"event": "slot", "name": "customer_id", "value": ANNA}),
        ("bot", {"event": "bot", "text": f"{NAME} ({ANNA}), 56, top tier"}),
        ("user", {"event": "user", "text": "tell me about Klara Zimmermann"}),
    ]
    for n, (kind, data) in enumerate(rows, 1):
        session.execute(text("INSERT INTO events (id, sender_id, type_name, data) "
                             "VALUES (:id, 'A001', :kind, :data)"),
                        {"id": n, "kind": kind, "data": json.dumps(data)})


@pytest.fixture
def bank(session: Session) -> Session:
    build_bank(session)
    feedback = session.get(Feedback, "F1")
    assert feedback is not None and feedback.customer_id == ANNA
    theme = Theme(label="app", keywords=["app"], quotes=[feedback.text, "another statement"],
                  status="open", size=3, emerging=False)
    session.add(theme)
    session.flush()
    session.add(ThemeMember(feedback_id="F1", theme_id=theme.id, distance=0.1))
    session.add(FeedbackEmbedding(feedback_id="F1", model="m", dimensions=1, vector=b"\0\0\0\0"))
    session.add(Notification(recipient_id="M001", channel="rest", created_at=feedback.created_at
                             or _now(), text=f"New in theme app: “{feedback.text}”"))
    record_view(session=session, staff_id="A001", customer_id=ANNA, channel="rest", via="chat",
                granted=True)
    _events_table(session)
    session.commit()
    return session


def _now():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.datetime.now(dt.UTC)


def _count(session: Session, model: type, *where: object) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_forget_removes_the_customer_everywhere_and_keeps_the_audit(bank: Session) -> None:
    session = bank
    original = session.get(Feedback, "F1")
    assert original is not None
    said = original.text
    holdings_before = _count(session, Holding, Holding.customer_id == ANNA)
    audit_before = _count(session, AuditEntry, AuditEntry.customer_id == ANNA)

    strings = customer_strings(session=session, customer_id=ANNA)
    events = forget_in_tracker_store(connection=session.connection(), strings=strings)
    report = forget_customer(session=session, customer_id=ANNA, by="H001")
    session.commit()
    session.expire_all()

    assert report.found and report.customer_deleted == 1
    assert report.holdings_deleted == holdings_before > 0
    assert report.transactions_deleted > 0 and report.interactions_deleted > 0
    assert session.get(Customer, ANNA) is None
    assert _count(session, Holding, Holding.customer_id == ANNA) == 0
    assert _count(session, Interaction, Interaction.customer_id == ANNA) == 0
    assert _count(session, Transaction, Transaction.holding_id.in_(["H1", "H2", "H3", "H4"])) == 0

    feedback = session.get(Feedback, "F1")
    assert feedback is not None  # still counted in the theme's history, but says nothing
    assert feedback.text == REDACTED and feedback.customer_id is None
    assert feedback.status == "forgotten"
    assert session.get(FeedbackEmbedding, "F1") is None
    assert session.get(ThemeMember, "F1") is None
    theme = session.scalars(select(Theme)).one()
    assert theme.size == 2 and said not in theme.quotes and "another statement" in theme.quotes
    assert all(said not in n.text for n in session.scalars(select(Notification)))

    # Every view kept, and the erasure itself, found by the id; the table no longer holds it.
    entries = audit_entries(session=session, customer_id=ANNA)
    assert len(entries) == audit_before + 1
    assert any(e.action == "forgotten" and e.staff_id == "H001" for e in entries)
    assert report.audit_entries_kept == report.audit_entries_pseudonymised == audit_before
    assert _count(session, AuditEntry, AuditEntry.customer_id == ANNA) == 0

    assert events == 3
    stored = [row[0] for row in session.execute(text("SELECT data FROM events ORDER BY id"))]
    for data in stored[:3]:
        assert ANNA not in data and "m\\u00fcller" not in data.lower()
        assert "müller" not in json.loads(data).__repr__().lower()
    assert "Klara Zimmermann" in stored[3]  # other customers' turns untouched


def _forget_all(session: Session) -> tuple[int, object]:
    events = forget_in_tracker_store(connection=session.connection(),
                                     strings=customer_strings(session=session, customer_id=ANNA))
    report = forget_customer(session=session, customer_id=ANNA)
    session.commit()
    return events, report


def test_forget_is_idempotent(bank: Session) -> None:
    first_events, first = _forget_all(bank)
    events, again = _forget_all(bank)
    assert first.found and first_events == 3  # type: ignore[attr-defined]
    assert not again.found  # type: ignore[attr-defined]
    assert (again.customer_deleted == again.feedback_redacted  # type: ignore[attr-defined]
            == again.holdings_deleted == events == 0)  # type: ignore[attr-defined]


def test_the_namesake_in_another_book_is_untouched(bank: Session) -> None:
    forget_customer(session=bank, customer_id=ANNA)
    bank.commit()
    namesake = bank.get(Customer, "C000010")
    assert namesake is not None and namesake.name == NAME


def _generation(session: Session) -> object:
    return session.execute(text("SELECT generation FROM tracker_redactions WHERE id = 1")
                           ).scalar()


def test_a_redaction_tells_the_rasa_processes_to_drop_what_they_keep(bank: Session) -> None:
    """Rasa processes on channels/tracker_store.py keep conversations in memory and watch
    `tracker_redactions.generation`; a redaction in place must bump it, in its transaction."""
    assert _generation(bank) is None  # as the migrations leave it (0016_tracker_redactions)

    first_events, _ = _forget_all(bank)
    assert first_events == 3 and _generation(bank) == 1
    again_events, _ = _forget_all(bank)  # nothing left to redact: nothing to drop
    assert again_events == 0 and _generation(bank) == 1

    record = bank.execute(text("SELECT max(id) FROM events")).scalar()
    bank.execute(text("INSERT INTO events (id, sender_id, type_name, data) "
                      "VALUES (:id, 'A002', 'user', :data)"),
                 {"id": int(record) + 1, "data": json.dumps({"text": "call C000002 back"})})
    bank.commit()
    assert forget_in_tracker_store(connection=bank.connection(), strings=["C000002"]) == 1
    bank.rollback()  # the caller's transaction decides: nothing, not even the bump, stays
    assert _generation(bank) == 1
    assert forget_in_tracker_store(connection=bank.connection(), strings=["C000002"]) == 1
    bank.commit()
    assert _generation(bank) == 2
