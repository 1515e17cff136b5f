"""Every planted situation (and every quiet customer) is in the data exactly as the call list
will look for it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from knowledge.demo_bank import REASON_CODES
from knowledge.models.bank import MarketEvent, Staff
from knowledge.settings import get_settings

from .bank_view import AS_OF, DAY, LIFE_WORDS, planted


def test_every_advisor_gets_every_planted_situation_and_quiet_customers(bank, data) -> None:
    session, report = bank
    advisors = sorted(s.id for s in session.scalars(select(Staff)) if s.id.startswith("A"))
    assert advisors == ["A001", "A002", "A003", "A004", "A005", "A006"]
    for advisor in advisors:
        codes = {p.code for p in report.planted if p.advisor_id == advisor}
        assert codes == set(REASON_CODES), advisor
        assert sum(data.customers[c].advisor_id == advisor for c in report.quiet) >= 2
    for p in report.planted:
        assert data.customers[p.customer_id].advisor_id == p.advisor_id
    every = [p.customer_id for p in report.planted] + report.quiet
    assert len(every) == len(set(every)), "one situation per planted customer"


def test_coverage_overdue_is_valuable_and_long_uncontacted(bank, data) -> None:
    _, report = bank
    tiers = data.tiers()
    for cid in planted(report, "coverage_overdue"):
        assert tiers[cid] in ("top", "high")
        assert (AS_OF - data.interactions[cid][-1].occurred_on).days >= 120
        assert {"fund", "pension"} <= {data.category(h) for h in data.open_holdings(cid)}
    # Everybody else (dormant aside) was contacted within their tier's coverage window.
    settings = get_settings()
    exempt = planted(report, "coverage_overdue") | planted(report, "dormant")
    for cid, tier in tiers.items():
        if cid not in exempt:
            last = data.interactions[cid][-1].occurred_on
            assert (AS_OF - last).days <= settings.coverage_days(tier), cid


def test_maturities_due_soon_are_exactly_the_planted_ones(bank, data) -> None:
    _, report = bank
    due = {cid for cid, holdings in data.holdings.items() for h in holdings
           if h.closed_on is None and h.maturity_on and AS_OF <= h.maturity_on <= AS_OF + 30 * DAY
           and data.category(h) in ("term_deposit", "bond")}
    assert due == planted(report, "maturity")
    for cid in due:
        assert any(AS_OF + 3 * DAY <= h.maturity_on <= AS_OF + 20 * DAY
                   for h in data.open_holdings(cid) if h.maturity_on)


def test_large_withdrawal_is_an_early_closed_deposit_far_above_the_usual(bank, data) -> None:
    _, report = bank
    flagged = {cid for cid in data.customers
               if data.recent_large(cid, ("withdrawal", "transfer_out"), inflow=False)}
    assert flagged == planted(report, "large_withdrawal")
    for cid in flagged:
        months = {(t.booked_on.year, t.booked_on.month) for t in data.transactions[cid]}
        assert len(months) >= 12
        (big,) = data.recent_large(cid, ("withdrawal", "transfer_out"), inflow=False)
        assert big.description == "Early closure of term deposit"
        closed = next(h for h in data.holdings[cid] if h.id == big.holding_id)
        assert closed.closed_on == big.booked_on and closed.closed_on > AS_OF - 10 * DAY


def test_large_deposit_far_above_the_usual_inflow(bank, data) -> None:
    _, report = bank
    flagged = {cid for cid in data.customers
               if data.recent_large(cid, ("deposit", "transfer_in"), inflow=True)}
    assert flagged == planted(report, "large_deposit")
    for cid in flagged:
        median_in, _ = data.medians(cid)
        (big,) = data.recent_large(cid, ("deposit", "transfer_in"), inflow=True)
        assert big.amount >= 10 * median_in > 0


def test_rate_event_and_variable_rate_holders(bank, data) -> None:
    session, report = bank
    (event,) = session.scalars(select(MarketEvent)).all()
    assert (event.kind, event.delta_bp, event.occurred_on) == ("rate_change", -25, AS_OF - 2 * DAY)
    assert set(event.product_categories) == {"mortgage", "consumer_loan", "savings",
                                             "term_deposit", "bond", "fund"}
    variable = {cid for cid, holdings in data.holdings.items() for h in holdings
                if h.closed_on is None
                and data.products[h.product_id].rate_type.value == "variable"}
    assert variable == planted(report, "rate_event")
    for cid in variable:
        assert any(data.category(h) == "mortgage" for h in data.open_holdings(cid))


def test_repeated_advisory_sessions_without_result(bank, data) -> None:
    _, report = bank
    repeated = set()
    for cid, contacts in data.interactions.items():
        sessions = [i for i in contacts if i.kind.value == "advisory_session"
                    and i.occurred_on >= AS_OF - 45 * DAY]
        if len(sessions) >= 2:
            repeated.add(cid)
            assert len(sessions) == 3
            assert {i.outcome.value for i in sessions} == {"reached", "follow_up", "open"}
    assert repeated == planted(report, "repeated_advisory")


def test_dormant_valuable_customers(bank, data) -> None:
    _, report = bank
    tiers = data.tiers()
    silent = {cid for cid in data.customers
              if all(t.booked_on < AS_OF - 800 * DAY for t in data.transactions[cid])
              and all(i.occurred_on < AS_OF - 800 * DAY for i in data.interactions[cid])}
    assert silent == planted(report, "dormant")
    for cid in silent:
        assert tiers[cid] in ("top", "high")
        assert all(h.closed_on is None for h in data.holdings[cid])
        assert data.transactions[cid], "formerly active"


def test_open_complaints_are_the_planted_ones(bank, data) -> None:
    _, report = bank
    open_complaints = {i.customer_id: i for contacts in data.interactions.values()
                       for i in contacts
                       if i.kind.value == "complaint" and i.outcome.value == "open"}
    assert set(open_complaints) == planted(report, "open_complaint")
    for complaint in open_complaints.values():
        assert 20 <= (AS_OF - complaint.occurred_on).days <= 40
        assert complaint.follow_up_on is not None
        assert complaint.follow_up_on <= AS_OF - 5 * DAY


def _birthday_within(birth: dt.date, days: int) -> bool:
    return any(((AS_OF + n * DAY).month, (AS_OF + n * DAY).day) == (birth.month, birth.day)
               for n in range(days + 1))


def test_birthdays_this_week_are_the_planted_ones(bank, data) -> None:
    _, report = bank
    this_week = {cid for cid, c in data.customers.items() if _birthday_within(c.birth_date, 6)}
    assert this_week == planted(report, "birthday")


def test_life_event_words_only_for_planted_new_parents(bank, data) -> None:
    _, report = bank
    with_words = defaultdict(list)
    for cid, transactions in data.transactions.items():
        for t in transactions:
            if any(word in (t.description or "").lower() for word in LIFE_WORDS):
                with_words[cid].append(t)
    assert set(with_words) == planted(report, "life_event")
    for purchases in with_words.values():
        assert len(purchases) >= 3
        assert all(t.kind.value == "card" and t.booked_on >= AS_OF - 45 * DAY for t in purchases)


def test_next_best_offer_and_the_associations_behind_it(bank, data) -> None:
    _, report = bank
    nbo = planted(report, "next_best_offer")
    mortgage_without_home = set()
    for cid in data.customers:
        held = {data.products[h.product_id].id for h in data.open_holdings(cid)}
        categories = {data.category(h) for h in data.open_holdings(cid)}
        if "mortgage" in categories and "P-HOME" not in held:
            mortgage_without_home.add(cid)
        if "fund" in categories and cid not in nbo:
            assert "pension" in categories
    assert mortgage_without_home == nbo
    for cid in nbo:
        categories = {data.category(h) for h in data.open_holdings(cid)}
        assert categories == {"mortgage", "current_account"}
        assert data.customers[cid].risk_profile >= 2


def test_quiet_customers_are_quiet(bank, data) -> None:
    _, report = bank
    tiers = data.tiers()
    for cid in report.quiet:
        last = data.interactions[cid][-1]
        assert 1 <= (AS_OF - last.occurred_on).days <= 3
        assert (last.kind.value, last.outcome.value) == ("call", "reached")
        assert not _birthday_within(data.customers[cid].birth_date, 30)
        categories = {data.category(h) for h in data.open_holdings(cid)}
        assert categories <= {"current_account", "credit_card"}
        assert not any(data.products[h.product_id].rate_type.value == "variable"
                       for h in data.holdings[cid])
        assert not any(i.kind.value == "complaint" for i in data.interactions[cid])
        assert not any(i.kind.value == "advisory_session" and i.occurred_on > AS_OF - 90 * DAY
                       for i in data.interactions[cid])
        assert not data.recent_large(cid, ("withdrawal", "transfer_out"), inflow=False)
        assert not data.recent_large(cid, ("deposit", "transfer_in"), inflow=True)
        assert tiers[cid] in ("mid", "low")
