"""The morning digest against the local fakes of Slack and the Bot Framework (in-process)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from delivery.outbound import ChatSender
from knowledge.call_list.offers import clear_rules_cache
from knowledge.db import unit_of_work
from knowledge.models.bank import DigestDelivery, InteractionKind, Outcome, Staff
from knowledge.models.themes import Notification
from knowledge.notify.digest import run_digest
from knowledge.value.compute import clear_bank_cache
from tests.fakes.botframework import FakeBotFramework
from tests.fakes.slack import FakeSlack
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, interaction

TEAMS_AAD = "aad-0000-a2"


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def teams() -> Iterator[FakeBotFramework]:
    fake = FakeBotFramework(app_id="digest-app", app_password="digest-secret").start()
    yield fake
    fake.stop()


@pytest.fixture
def sender(slack: FakeSlack, teams: FakeBotFramework) -> ChatSender:
    return ChatSender(slack_token=slack.token, slack_api_url=slack.api_url,
                      teams_app_id=teams.app_id, teams_app_password=teams.app_password,
                      teams_tenant_id=teams.tenant_id, teams_token_url=teams.token_url,
                      teams_service_url=teams.service_url)


@pytest.fixture
def bank(engine: Engine) -> Engine:
    """A1 on Slack, A2 on Teams, A3 on neither; each with two overdue complaints to call."""
    clear_bank_cache()
    clear_rules_cache()
    with Session(engine) as session:
        base_bank(session)
        for advisor in ("A1", "A2", "A3"):
            for n in (1, 2):
                cid = f"{advisor}C{n}"
                customer(session, cid, f"Client {advisor} Number{n}", advisor=advisor)
                holding(session, cid, "P-CUR", "5000")
                interaction(session, cid, AS_OF - dt.timedelta(days=30),
                            InteractionKind.complaint, Outcome.open)
        session.execute(update(Staff).where(Staff.id == "A1").values(slack_user_id="U0A1"))
        session.execute(update(Staff).where(Staff.id == "A2").values(teams_user_id=TEAMS_AAD))
        session.commit()
    return engine


def _run(engine: Engine, sender: Any, **kwargs: Any) -> Any:
    return run_digest(transaction=lambda: unit_of_work(engine), sender=sender, as_of=AS_OF,
                      **kwargs)


def _deliveries(engine: Engine) -> list[tuple[str, str, int]]:
    with Session(engine) as session:
        rows = session.scalars(select(DigestDelivery).order_by(DigestDelivery.staff_id))
        return [(r.staff_id, r.channel, r.items) for r in rows]


def test_each_advisor_gets_their_own_calls_on_their_channel(
    bank: Engine, sender: ChatSender, slack: FakeSlack, teams: FakeBotFramework
) -> None:
    report = _run(bank, sender)

    assert [(r["staff_id"], r["channel"]) for r in report.sent] == [("A1", "slack"),
                                                                    ("A2", "teams")]
    (on_slack,) = slack.messages_to("D0A1")  # the app's direct message with U0A1
    blocks = json.dumps(on_slack["blocks"])
    assert "Client A1 Number1" in blocks and "Client A1 Number2" in blocks
    assert "Client A2" not in blocks  # nobody else's customers
    assert on_slack["text"].startswith("Good morning, Anna.")

    (chat,) = teams.conversations
    assert chat["members"] == [{"id": TEAMS_AAD}] and chat["tenantId"] == teams.tenant_id
    (activity,) = teams.replies_in(f"a:chat-with-{TEAMS_AAD}")
    card = json.dumps(activity["attachments"][0]["content"])
    assert "Client A2 Number1" in card and "Client A1" not in card

    assert _deliveries(bank) == [("A1", "slack", 2), ("A2", "teams", 2)]
    # A3 has no chat id: the digest is not for them (the web chat is).
    assert all(row["staff_id"] != "A3" for row in report.sent + report.skipped)


def test_a_second_run_the_same_day_sends_nothing(
    bank: Engine, sender: ChatSender, slack: FakeSlack, teams: FakeBotFramework
) -> None:
    _run(bank, sender)
    again = _run(bank, sender)
    assert again.sent == []
    assert {s["staff_id"] for s in again.skipped} == {"A1", "A2"}
    assert len(slack.posted) == 1 and len(teams.activities) == 1


def test_a_failed_send_is_not_recorded_and_goes_out_on_the_next_run(
    bank: Engine, sender: ChatSender, slack: FakeSlack, teams: FakeBotFramework
) -> None:
    slack.unavailable = True
    first = _run(bank, sender)
    assert [(f["staff_id"], f["channel"]) for f in first.failed] == [("A1", "slack")]
    assert "503" in first.failed[0]["error"]
    assert _deliveries(bank) == [("A2", "teams", 2)]

    slack.unavailable = False
    second = _run(bank, sender)
    assert [s["staff_id"] for s in second.sent] == ["A1"]
    assert len(slack.messages_to("D0A1")) == 1 and len(teams.activities) == 1


def test_wrong_credentials_are_a_failure_with_what_to_check(
    bank: Engine, sender: ChatSender, slack: FakeSlack
) -> None:
    sender.slack_token = "xoxb-revoked"
    sender.teams_app_password = "wrong"
    report = _run(bank, sender)
    errors = {f["channel"]: f["error"] for f in report.failed}
    assert errors["slack"] == "Slack conversations.open refused: invalid_auth"
    assert "TEAMS_APP_PASSWORD" in errors["teams"]
    assert _deliveries(bank) == []


def test_theme_owner_notifications_are_delivered_once(
    bank: Engine, sender: ChatSender, slack: FakeSlack, teams: FakeBotFramework
) -> None:
    with Session(bank) as session:
        session.add_all([
            Notification(recipient_id="A2", channel="teams", text="You own 'App login fails'.",
                         created_at=dt.datetime(2026, 6, 14, 9, tzinfo=dt.UTC)),
            Notification(recipient_id="M1", channel="chat", text="No chat id: stays pending.",
                         created_at=dt.datetime(2026, 6, 14, 9, tzinfo=dt.UTC)),
        ])
        session.commit()
    report = _run(bank, sender)
    assert ("A2", "notification") in {(s["staff_id"], s["kind"]) for s in report.sent}
    texts = [a["activity"].get("text") for a in teams.activities]
    assert "You own 'App login fails'." in texts

    _run(bank, sender)
    assert [a["activity"].get("text") for a in teams.activities].count(
        "You own 'App login fails'.") == 1
    with Session(bank) as session:
        pending = session.scalars(select(Notification.recipient_id).where(
            Notification.delivered_at.is_(None))).all()
    assert pending == ["M1"]


def test_a_dry_run_sends_and_records_nothing(
    bank: Engine, sender: ChatSender, slack: FakeSlack, teams: FakeBotFramework
) -> None:
    report = _run(bank, sender, dry_run=True)
    assert [(p["staff_id"], p["items"]) for p in report.planned] == [("A1", 2), ("A2", 2)]
    assert slack.posted == [] and teams.activities == [] and _deliveries(bank) == []


def test_an_unconfigured_channel_skips_its_advisors(
    bank: Engine, slack: FakeSlack
) -> None:
    slack_only = ChatSender(slack_token=slack.token, slack_api_url=slack.api_url)
    report = _run(bank, slack_only)
    assert [s["staff_id"] for s in report.sent] == ["A1"]
    assert {"staff_id": "A2", "kind": "call_list",
            "reason": "their chat channel is not configured"} in report.skipped
