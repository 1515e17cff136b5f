"""An advisor reaching for another book — by name or id, in chat and over the API, for the
profile, the call list, a logged call, feedback and the themes — is always answered exactly
as for a customer who does not exist, nothing is written for that customer, and the attempt
is in the audit log (granted=False)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.db import make_engine, session_factory
from knowledge.models.bank import AuditEntry, Customer, Feedback, Interaction
from tests.e2e.conftest import Bot

pytestmark = pytest.mark.e2e

ASKER = "A005"
NOBODY_NAME = "Zebedee Quartermaine"
NOBODY_ID = "C999999"


@pytest.fixture
def db(bot: Bot) -> Iterator[Session]:
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        yield session
    engine.dispose()


def _other(session: Session) -> Customer:
    """A customer of another advisor whose name is unique in the bank and unlike every name in
    the asker's book (the resolver forgives typos, so a near-namesake would rightly be found)."""
    from rapidfuzz import fuzz

    customers = list(session.scalars(select(Customer).order_by(Customer.id)))
    names = [c.name for c in customers]
    own = [c.name.lower() for c in customers if c.advisor_id == ASKER]
    own_words = {w for name in own for w in name.split()}
    for customer in customers:
        if customer.advisor_id in (ASKER, None) or names.count(customer.name) != 1:
            continue
        name = customer.name.lower()
        if own_words & set(name.split()):
            continue
        if all(fuzz.token_set_ratio(name, mine) < 60 for mine in own):
            return customer
    raise AssertionError("the demo bank has no suitable customer")


def _same(answer_other: str, answer_nobody: str, other: Customer) -> None:
    """Equal once the typed name/id is blanked out (an answer may echo what was typed)."""
    def blank(text: str, *typed: str) -> str:
        for value in typed:
            text = text.replace(value, "<typed>")
        return text

    assert blank(answer_other, other.name, other.id) == blank(answer_nobody, NOBODY_NAME,
                                                              NOBODY_ID)


def _refusals(session: Session, customer_id: str, since: dt.datetime) -> list[AuditEntry]:
    session.expire_all()
    return [e for e in session.scalars(select(AuditEntry).where(
        AuditEntry.customer_id == customer_id, AuditEntry.staff_id == ASKER,
        AuditEntry.granted.is_(False)))
        if (e.at if e.at.tzinfo else e.at.replace(tzinfo=dt.UTC)) >= since]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)


@pytest.mark.parametrize("template, action", [
    ("tell me about {}", "profile"),
    ("why is {} on my list?", "explain"),
    ("I called {}, she did not answer", "log_call"),
])
def test_chat_by_name_and_id_is_denied_like_a_stranger_and_audited(
    bot: Bot, db: Session, template: str, action: str
) -> None:
    other = _other(db)
    for typed_other, typed_nobody in ((other.name, NOBODY_NAME), (other.id, NOBODY_ID)):
        since = _now()
        answer_other = bot.texts(ASKER, template.format(typed_other))
        answer_nobody = bot.texts(ASKER, template.format(typed_nobody))
        _same(answer_other, answer_nobody, other)
        # The answer may echo what was typed, but never the customer's other identifier.
        untyped = other.id if typed_other == other.name else other.name
        assert untyped not in answer_other
        assert _refusals(db, other.id, since), f"{action} attempt by {typed_other!r} not audited"
    db.expire_all()
    assert not db.scalars(select(Interaction).where(Interaction.customer_id == other.id,
                                                    Interaction.advisor_id == ASKER)).all()


def test_chat_feedback_for_another_book_is_refused_and_audited(bot: Bot, db: Session) -> None:
    other = _other(db)
    since = _now()
    said = "the statement fee doubled without notice"
    answer_other = bot.texts(ASKER, f"log feedback for {other.name}: {said}")
    answer_nobody = bot.texts(ASKER, f"log feedback for {NOBODY_NAME}: {said}")
    _same(answer_other, answer_nobody, other)
    assert "Saved" not in answer_other
    db.expire_all()
    assert not db.scalars(select(Feedback).where(Feedback.customer_id == other.id,
                                                 Feedback.logged_by == ASKER)).all()
    assert any(e.action == "feedback" for e in _refusals(db, other.id, since))


def _api_headers(bot: Bot, staff_id: str) -> dict[str, str]:
    """A bearer token from POST /auth/token (the demo bank's password)."""
    response = httpx.post(f"{bot.api}/auth/token",
                          data={"username": staff_id, "password": "demo"}, timeout=30)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_api_paths_deny_another_book_like_an_unknown_customer_and_audit(
    bot: Bot, db: Session
) -> None:
    other = _other(db)
    headers = _api_headers(bot, ASKER)
    since = _now()
    for path in ("/customers/{}/profile", "/customers/{}/holdings"):
        got_other = httpx.get(bot.api + path.format(other.id), headers=headers, timeout=30)
        got_nobody = httpx.get(bot.api + path.format(NOBODY_ID), headers=headers, timeout=30)
        if got_nobody.status_code == 405 or got_other.status_code == 405:
            continue
        assert got_other.status_code == got_nobody.status_code == 404, path
        assert got_other.json() == got_nobody.json()

    for path, body in (("/interactions", {"outcome": "reached"}),
                       ("/feedback", {"text": "the app is slow"})):
        got_other = httpx.post(bot.api + path, json={**body, "customer_id": other.id},
                               headers=headers, timeout=30)
        got_nobody = httpx.post(bot.api + path, json={**body, "customer_id": NOBODY_ID},
                                headers=headers, timeout=30)
        assert got_other.status_code == got_nobody.status_code, path
        assert got_other.status_code in (404, 422), got_other.text
        assert (got_other.text.replace(other.id, "<typed>")
                == got_nobody.text.replace(NOBODY_ID, "<typed>"))

    # Only the API's entries: chat attempts of the tests before may fall in the same second.
    refused = [e for e in _refusals(db, other.id, since) if e.via == "api"]
    assert {"log_call", "feedback"} <= {e.action for e in refused}
    assert any(e.action not in ("log_call", "feedback") for e in refused), "profile not audited"


def test_another_advisors_call_list_is_forbidden(bot: Bot, db: Session) -> None:
    other = _other(db)
    headers = _api_headers(bot, ASKER)
    response = httpx.get(f"{bot.api}/advisors/{other.advisor_id}/call-list", headers=headers,
                         timeout=60)
    assert response.status_code in (403, 404)
    assert other.name not in response.text and other.id not in response.text


def test_themes_drill_down_shows_no_other_books_customers(bot: Bot, db: Session) -> None:
    headers = _api_headers(bot, ASKER)
    own = set(db.scalars(select(Customer.id).where(Customer.advisor_id == ASKER)))
    others = [c for c in db.scalars(select(Customer)) if c.id not in own]
    listing = httpx.get(f"{bot.api}/themes", headers=headers, timeout=60)
    assert listing.status_code == 200
    bodies = [listing.text]
    for theme in listing.json().get("themes", [])[:5]:
        detail = httpx.get(f"{bot.api}/themes/{theme['id']}", headers=headers, timeout=60)
        assert detail.status_code == 200
        bodies.append(detail.text)
    bodies.append(bot.texts(ASKER, "what are customers saying this month?"))
    for body in bodies:
        leaked = [c.id for c in others if c.id in body]
        assert not leaked, f"other books' customer ids in a themes answer: {leaked[:3]}"
