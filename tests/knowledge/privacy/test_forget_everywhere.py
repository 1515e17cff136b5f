"""After `advisor forget`, nothing of the customer is left in ANY table of the database.

The bank gets every derived store the running assistant writes: the morning refresh (signal
snapshots, every advisor's and branch manager's stored call list), head office's list, a
theme quoting her feedback (with a label and a history entry naming her), a notification,
another customer's call note and feedback naming her, and Rasa's tracker store in the same
database. Then every table and every column the database has (SQLAlchemy's inspector: a
table added later is searched too) is read back and searched for her id and name.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from sqlalchemy import MetaData, Table, inspect, select, update
from sqlalchemy.orm import Session

from knowledge.access.audit import record_view
from knowledge.call_list.ranking import call_list
from knowledge.call_list.refresh import refresh_bank
from knowledge.models.bank import Customer, Feedback, Interaction, Staff
from knowledge.models.themes import Notification, Theme, ThemeChange
from knowledge.privacy.forget import customer_strings, forget_customer, forget_in_tracker_store
from tests.knowledge.privacy.test_forget import _events_table
from tests.knowledge.profile.profile_bank import AS_OF, build_bank

ANNA, NAME = "C000001", "Anna Müller"
SHE_SAID = "The app login keeps failing"  # her feedback (tests/knowledge/profile/profile_bank.py)
NAMESAKE = "C000010"  # another Anna Müller, in another book: her own row stays


def _every_value(session: Session) -> list[tuple[str, str, dict[str, Any], str]]:
    """(table, column, row, value as text) for every non-null value of every table."""
    connection = session.connection()
    metadata = MetaData()
    found = []
    for name in inspect(connection).get_table_names():
        table = Table(name, metadata, autoload_with=connection)
        for row in connection.execute(select(table)).mappings():
            for column, value in row.items():
                if value is None:
                    continue
                texts = [str(value)]
                if isinstance(value, (list, dict)):
                    texts += [json.dumps(value), json.dumps(value, ensure_ascii=False)]
                found += [(name, column, dict(row), t) for t in texts]
    return found


def _holding_her(session: Session) -> set[str]:
    """`table.column`s where her id (as a whole word) or her name still appears."""
    pattern = re.compile(rf"(?<![\w-]){ANNA}(?![\w-])|{NAME}|{re.escape(json.dumps(NAME)[1:-1])}"
                         rf"|{SHE_SAID}", re.IGNORECASE)
    places = set()
    for table, column, row, text in _every_value(session):
        if pattern.search(text) and not (table == "customers" and row.get("id") == NAMESAKE):
            places.add(f"{table}.{column}")
    return places


@pytest.fixture
def bank(session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    monkeypatch.setenv("AS_OF_DATE", AS_OF.isoformat())
    build_bank(session)
    refresh_bank(session=session, as_of=AS_OF)  # signals and stored lists (advisors, managers)
    head_office = session.get(Staff, "H001")
    assert head_office is not None
    # Head office reads a branch's list (stored under the branch manager's id).
    call_list(session=session, asker=head_office, target_id="M001", as_of=AS_OF)
    feedback = session.get(Feedback, "F1")
    assert feedback is not None and feedback.text == SHE_SAID
    record_view(session=session, staff_id="A001", customer_id=ANNA, channel="rest", via="chat",
                granted=True)
    theme = Theme(label=f"login problems ({NAME})", keywords=["login"], quotes=[feedback.text],
                  status="open", size=1, emerging=False)
    session.add(theme)
    session.flush()
    session.add(ThemeChange(theme_id=theme.id, at=dt.datetime.now(dt.UTC), staff_id="M001",
                            field="label", old_value=f"{NAME} login", new_value=theme.label))
    session.add(Notification(recipient_id="M001", channel="rest", created_at=dt.datetime.now(
        dt.UTC), text=f"New in theme: “{feedback.text}” ({NAME}, {ANNA})"))
    session.add(Interaction(id="I-HANS", customer_id="C000002", advisor_id="A001",
                            occurred_on=AS_OF, channel="phone", kind="call", outcome="reached",
                            note=f"Hans says his wife {NAME} ({ANNA}) will call back"))
    session.add(Feedback(id="F-HANS", customer_id="C000002", received_on=AS_OF, channel="app",
                         text=f"My wife {ANNA} could not log in either"))
    session.execute(update(Customer).where(Customer.id == "C000002").values(
        occupation="Engineer"))
    _events_table(session)
    session.commit()
    return session


def test_nothing_of_the_forgotten_customer_is_left_in_any_table(bank: Session) -> None:
    before = _holding_her(bank)
    # Where the assistant had copied her: the check below searches these and every other table.
    assert {"customers.id", "customers.name", "call_list_snapshots.items",
            "customer_signal_snapshots.customer_id", "feedback.customer_id", "themes.quotes",
            "themes.label", "theme_history.old_value", "notifications.text",
            "interactions.note", "audit_log.customer_id", "events.data"} <= before, before

    strings = customer_strings(session=bank, customer_id=ANNA)
    forget_in_tracker_store(connection=bank.connection(), strings=strings)
    report = forget_customer(session=bank, customer_id=ANNA, by="H001")
    bank.commit()

    assert _holding_her(bank) == set()
    # Her advisor's (A001) and her branch's (M001); the namesake's advisor's (A002) too,
    # recomputed the same on the next ask.
    assert report.call_lists_deleted == 3
    namesake = bank.get(Customer, NAMESAKE)
    assert namesake is not None and namesake.name == NAME
    # Her advisor's list is computed again, without her.
    advisor = bank.get(Staff, "A001")
    assert advisor is not None
    again = call_list(session=bank, asker=advisor, as_of=AS_OF)
    assert ANNA not in {item.customer_id for item in again.items}
    assert {"C000003", "C000004"} <= {item.customer_id for item in again.items}
