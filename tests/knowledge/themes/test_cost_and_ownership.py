from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Staff
from knowledge.models.themes import Notification, ThemeChange
from knowledge.themes import ownership
from knowledge.themes.chat import assign, costliest, detail, set_status, summary
from knowledge.themes.cost import theme_costs
from knowledge.themes.queries import find_theme, summaries
from tests.knowledge.themes.wocas_bank import AS_OF, themed_bank


@pytest.fixture
def themed(session: Session) -> Session:
    themed_bank(session)
    return session


def _app(session: Session):  # type: ignore[no-untyped-def]
    return find_theme(session=session, words="the app logout theme")[0]


def test_cost_shows_compensation_handling_and_revenue_at_risk(themed: Session) -> None:
    app = _app(themed)
    cost = theme_costs(session=themed, as_of=AS_OF, theme_ids=[app.id])[app.id]
    assert cost.compensation == Decimal("40.00")
    # five statements plus C001's complaint call two days after her statement
    assert cost.contacts == 6 and cost.handling == Decimal("75.00")
    # C001 closed a 100,000 holding after complaining: her contribution is at risk
    assert cost.customers_at_risk == 1 and cost.revenue_at_risk >= Decimal("1500.00")  # 1.5 %
    assert cost.total == cost.compensation + cost.handling + cost.revenue_at_risk


def test_costliest_ranks_the_app_theme_first(themed: Session) -> None:
    answer = costliest(session=themed, as_of=AS_OF)
    assert answer.slots["theme_id"] == str(_app(themed).id)
    assert "compensation €40" in answer.text and "revenue at risk" in answer.text


def test_summary_reports_this_months_themes_with_trend(themed: Session) -> None:
    answer = summary(session=themed, period_text="this month", as_of=AS_OF)
    assert answer.text.splitlines()[1].startswith("1. ")
    assert _app(themed).label in answer.text and "new" in answer.text
    rows = {s.id: s for s in summaries(session=themed, as_of=AS_OF)}
    assert rows[_app(themed).id].trend.current == 5


def test_assigning_an_owner_records_history_and_notifies(themed: Session) -> None:
    manager = themed.get(Staff, "M001")
    answer = assign(session=themed, staff=manager, words="app login", focus=None,
                    staff_name="henrik olsen", role=None, text="assign the app login theme to "
                    "Henrik as solution owner")
    themed.commit()
    assert answer.text.startswith("Done: Henrik Olsen is now solution owner")
    app = _app(themed)
    assert app.solution_owner_id == "H001"
    note = themed.scalars(select(Notification)).one()
    assert note.recipient_id == "H001" and note.channel == "email" and note.delivered_at is None
    change = themed.scalars(select(ThemeChange)).one()
    assert (change.field, change.new_value, change.staff_id) == ("solution_owner", "H001", "M001")


def test_mark_it_resolved_uses_the_theme_in_focus(themed: Session) -> None:
    manager = themed.get(Staff, "M001")
    app = _app(themed)
    app.business_owner_id = "H001"
    answer = set_status(session=themed, staff=manager, words=None, focus=app.id, status=None,
                        text="mark it resolved")
    # "it" is the theme in focus: inferred, so shown before it is stored
    assert answer.text == f"Set the theme “{app.label}” (#{app.id}) to resolved. OK?"
    assert app.status != "resolved" and answer.payload["type"] == "confirm_write"
    from knowledge.writes.dispatch import reverse, store

    stored = store(session=themed, staff=manager, write=answer.slots["pending_write"])
    assert stored.text.startswith("Done:") and app.status == "resolved"
    assert themed.scalars(select(Notification)).one().recipient_id == "H001"
    assert "Business owner: Henrik Olsen" in detail(session=themed, words=None, focus=app.id,
                                                    text=None, as_of=AS_OF).text
    undone = reverse(session=themed, staff=manager, last=stored.slots["last_write"])
    assert undone.text.startswith("Undone") and app.status != "resolved"


def test_advisors_cannot_assign_and_unknowns_get_clear_answers(themed: Session) -> None:
    advisor, manager = themed.get(Staff, "A001"), themed.get(Staff, "M001")
    refused = assign(session=themed, staff=advisor, words="app", focus=None, staff_name="Henrik",
                     role="solution_owner", text=None)
    assert "Only branch managers" in refused.text
    nobody = assign(session=themed, staff=manager, words="app", focus=None,
                    staff_name="Zaphod Beeblebrox", role="business_owner", text=None)
    assert "no member of staff called “Zaphod Beeblebrox”" in nobody.text
    no_theme = detail(session=themed, words="mortgage rates", focus=None, text=None, as_of=AS_OF)
    assert no_theme.text.startswith("I found no theme matching “mortgage rates”")
    with pytest.raises(ownership.ThemeActionRefused):
        ownership.normalise_status("finished-ish")
    assert themed.scalars(select(ThemeChange)).all() == []


def test_untagged_names_are_found_in_the_message(themed: Session) -> None:
    manager = themed.get(Staff, "M001")
    assert manager is not None
    answer = assign(session=themed, staff=manager, words=None, focus=None, staff_name=None,
                    role=None, text="assign the app login theme to Henrik as business owner")
    # "Henrik" alone is a guess at Henrik Olsen: shown before it is stored
    assert answer.text.startswith("Make Henrik Olsen (H001) business owner of the theme “")
    assert _app(themed).business_owner_id != "H001"
    answer = assign(session=themed, staff=manager, words=None, focus=None, staff_name=None,
                    role=None, text="assign the app login theme to Henrik Olsen as business owner")
    assert answer.text.startswith("Done: Henrik Olsen is now business owner of “")
    assert _app(themed).business_owner_id == "H001"


@pytest.mark.parametrize("bookings, at_risk", [
    ([("-3000.00", "withdrawal")], 2),  # C002 moved 3,000 of 8,000 out: reduced balances
    ([("-3000.00", "withdrawal"), ("2900.00", "deposit")], 1),  # salary in, spending out
])
def test_revenue_at_risk_counts_net_outflows_only(themed: Session,
                                                  bookings: list[tuple[str, str]],
                                                  at_risk: int) -> None:
    import datetime as dt

    from knowledge.models.bank import Transaction, TransactionKind

    for n, (amount, kind) in enumerate(bookings):
        themed.add(Transaction(id=f"T{n}", holding_id="H2", booked_on=dt.date(2026, 11, 15),
                               amount=Decimal(amount), currency="EUR",
                               kind=TransactionKind(kind)))
    themed.commit()
    app = _app(themed)
    cost = theme_costs(session=themed, as_of=AS_OF, theme_ids=[app.id])[app.id]
    assert cost.customers_at_risk == at_risk


@pytest.mark.parametrize(("text", "status"), [
    ("reopen the resolved app login theme", "open"),
    ("the app login theme is not fixed yet", None),
    ("app login theme: work in progress", "in_progress"),
    ("app login theme is resolved", "resolved"),
])
def test_the_status_typed_is_the_one_set(themed: Session, text: str, status: str | None
                                         ) -> None:
    manager = themed.get(Staff, "M001")
    app = _app(themed)
    app.status = "resolved" if status == "open" else "open"
    before = app.status
    # The NLU's entity saying "resolved" does not outvote the words.
    answer = set_status(session=themed, staff=manager, words="app login", focus=None,
                        status="resolved", text=text)
    if status is None:
        assert answer.text.startswith("Which status") and app.status == before
    else:
        waiting = answer.slots.get("pending_write") or {}
        assert app.status == status or waiting.get("status") == status


def test_a_look_alike_person_or_theme_is_never_put_forward_for_a_yes(themed: Session) -> None:
    manager = themed.get(Staff, "M001")
    someone = assign(session=themed, staff=manager, words="app login", focus=None,
                     staff_name="henrike olson", role="solution_owner",
                     text="make henrike olson solution owner of the app login theme")
    assert "pending_write" not in someone.slots
    assert "Did you mean Henrik Olsen (H001)?" in someone.text
    moved = assign(session=themed, staff=manager, words="app login", focus=None, staff_name=None,
                   role=None, text="move the app login theme from Marta Lindqvist to Henrik "
                   "Olsen as business owner")
    assert moved.text.startswith("Done: Henrik Olsen is now business owner")
    assert themed.scalars(select(ThemeChange)).one().new_value == "H001"


def test_a_theme_found_only_by_a_keyword_is_offered_by_number_never_changed(themed: Session
                                                                            ) -> None:
    """ "the phone theme" finds "hold forever" only through its statements' keywords: a yes
    to a proposal would change a theme the manager never named."""
    manager = themed.get(Staff, "M001")
    hold = find_theme(session=themed, words="hold forever")[0]
    before = hold.status
    answer = set_status(session=themed, staff=manager, words="phone", focus=None,
                        status="in_progress", text="set the phone theme to in progress")
    assert "pending_write" not in answer.slots and "OK?" not in answer.text, answer.text
    assert f"#{hold.id}" in answer.text and hold.status == before
    named = set_status(session=themed, staff=manager, words=f"#{hold.id}", focus=None,
                       status="in_progress", text=f"set theme #{hold.id} to in progress")
    assert hold.status == "in_progress", named.text


def test_a_theme_named_by_a_word_another_label_shares_is_never_changed_at_once(
        themed: Session) -> None:
    manager = themed.get(Staff, "M001")
    card = find_theme(session=themed, words="card blocked")[0]
    card.label = "card blocked"
    app = _app(themed)
    app.label = "card payments in the app"  # "card" now names two themes
    answer = set_status(session=themed, staff=manager, words="card blocked", focus=None,
                        status="resolved", text="card blocked theme resolved")
    assert card.status == "resolved", answer.text  # "blocked": its label alone
    app_before = app.status
    answer = set_status(session=themed, staff=manager, words="card", focus=None,
                        status="in_progress", text="the card theme is in progress")
    assert "Which one" in answer.text or "OK?" in answer.text, answer.text  # asked
    assert (card.status, app.status) == ("resolved", app_before)
