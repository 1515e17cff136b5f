"""The demo bank: deterministic, shaped like a real bank, and every planted situation (and
every quiet customer) is in the data exactly as the call list will look for it."""

from __future__ import annotations

import datetime as dt
import filecmp
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from knowledge.db import make_engine
from knowledge.demo_bank import REASON_CODES, DemoBankReport, generate_demo_bank
from knowledge.interchange import export_folder
from knowledge.migrate import upgrade
from knowledge.models.bank import (
    Customer,
    Feedback,
    Holding,
    Interaction,
    MarketEvent,
    Product,
    Staff,
    Transaction,
)
from knowledge.settings import get_settings

AS_OF = dt.date(2026, 11, 23)
LIFE_WORDS = ("baby", "nappies", "pram", "maternity", "formula", "wedding", "bridal",
              "removals", "moving company", "estate agent")
DAY = dt.timedelta(days=1)


def _generate(url: str, customers: int, seed: int) -> tuple[Engine, DemoBankReport]:
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as session:
        report = generate_demo_bank(session=session, customers=customers, seed=seed,
                                    as_of=AS_OF, transactions_per_customer=80)
        session.commit()
    return engine, report


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, DemoBankReport]]:
    path = tmp_path_factory.mktemp("demo") / "bank.db"
    engine, report = _generate(f"sqlite:///{path}", 420, seed=3)
    with Session(engine) as session:
        yield session, report
    engine.dispose()


class Bank:
    """Everything the checks need, loaded once per test from the generated database."""

    def __init__(self, session: Session) -> None:
        self.customers = {c.id: c for c in session.scalars(select(Customer))}
        self.products = {p.id: p for p in session.scalars(select(Product))}
        self.holdings: dict[str, list[Holding]] = defaultdict(list)
        self.holding_owner: dict[str, str] = {}
        for h in session.scalars(select(Holding)):
            self.holdings[h.customer_id].append(h)
            self.holding_owner[h.id] = h.customer_id
        self.transactions: dict[str, list[Transaction]] = defaultdict(list)
        for t in session.scalars(select(Transaction)):
            self.transactions[self.holding_owner[t.holding_id]].append(t)
        self.interactions: dict[str, list[Interaction]] = defaultdict(list)
        for i in session.scalars(select(Interaction).order_by(Interaction.occurred_on)):
            self.interactions[i.customer_id].append(i)

    def category(self, holding: Holding) -> str:
        return self.products[holding.product_id].category.value

    def open_holdings(self, customer_id: str) -> list[Holding]:
        return [h for h in self.holdings[customer_id] if h.closed_on is None]

    def contribution(self, customer_id: str) -> Decimal:
        settings = get_settings()
        value = sum((abs(h.balance) * settings.margin_for(
            self.products[h.product_id].margin_class.value)
            for h in self.open_holdings(customer_id)), Decimal(0))
        fees = sum((-t.amount for t in self.transactions[customer_id]
                    if t.kind.value == "fee" and t.booked_on > AS_OF - 365 * DAY), Decimal(0))
        return value + fees

    def tiers(self) -> dict[str, str]:
        ranked = sorted(self.customers, key=lambda cid: -self.contribution(cid))
        tiers = {}
        for position, cid in enumerate(ranked):
            share = position / len(ranked)
            tiers[cid] = ("top" if share < 0.05 else "high" if share < 0.20
                          else "mid" if share < 0.80 else "low")
        return tiers

    def medians(self, customer_id: str) -> tuple[Decimal, Decimal]:
        inflow: Counter[tuple[int, int]] = Counter()
        outflow: Counter[tuple[int, int]] = Counter()
        for t in self.transactions[customer_id]:
            month = (t.booked_on.year, t.booked_on.month)
            if month == (AS_OF.year, AS_OF.month) or t.booked_on > AS_OF - 10 * DAY:
                continue
            if t.amount > 0:
                inflow[month] += t.amount  # type: ignore[assignment]
            else:
                outflow[month] -= t.amount  # type: ignore[assignment]
        return (statistics.median(inflow.values()) if inflow else Decimal(0),
                statistics.median(outflow.values()) if outflow else Decimal(0))

    def recent_large(self, customer_id: str, kinds: tuple[str, ...], inflow: bool) -> list:
        median_in, median_out = self.medians(customer_id)
        median = median_in if inflow else median_out
        return [t for t in self.transactions[customer_id]
                if t.kind.value in kinds and t.booked_on > AS_OF - 10 * DAY
                and (t.amount > 0) == inflow and abs(t.amount) >= 10 * median]


@pytest.fixture(scope="module")
def data(bank: tuple[Session, DemoBankReport]) -> Bank:
    return Bank(bank[0])


def planted(report: DemoBankReport, code: str) -> set[str]:
    return set(report.planted_ids(code))


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


def test_staff_have_chat_identities(bank) -> None:
    session, _ = bank
    staff = {s.id: s for s in session.scalars(select(Staff))}
    assert {"M001", "M002", "H001"} <= set(staff)
    assert staff["A001"].slack_user_id == "U0A001" and staff["A001"].teams_user_id == "29:a001"
    assert staff["M001"].role.value == "branch_manager" and staff["H001"].branch_id is None


def test_customers_look_real(data) -> None:
    names = [c.name for c in data.customers.values()]
    assert not any(name.lower().startswith("customer") for name in names)
    assert len(set(names)) > 0.9 * len(names)
    assert any(ch in "".join(names) for ch in "üéñłøąčå")  # several nationalities
    households = Counter(c.household_id for c in data.customers.values() if c.household_id)
    assert households and all(size == 2 for size in households.values())
    assert all(1 <= c.risk_profile <= 5 for c in data.customers.values())
    assert all(c.customer_since < AS_OF and c.occupation and c.income_band
               for c in data.customers.values())


def test_same_seed_same_bank_other_seed_other_bank(tmp_path: Path) -> None:
    folders = []
    for run, seed in (("a", 11), ("b", 11), ("c", 12)):
        engine, _ = _generate(f"sqlite:///{tmp_path / run}.db", 90, seed)
        with Session(engine) as session:
            export_folder(session=session, folder=tmp_path / f"out-{run}")
        engine.dispose()
        folders.append(tmp_path / f"out-{run}")
    same = filecmp.dircmp(folders[0], folders[1])
    assert same.diff_files == [] and len(same.same_files) == 8  # with holders.csv
    other = filecmp.dircmp(folders[0], folders[2])
    assert "customers.csv" in other.diff_files and "transactions.csv" in other.diff_files


def test_tiers_form_a_pyramid_of_contribution(bank, data) -> None:
    _, report = bank
    tiers = data.tiers()
    assert tiers == report.tiers  # the generator ranks exactly as the contract defines
    by_tier = defaultdict(list)
    for cid, tier in tiers.items():
        by_tier[tier].append(data.contribution(cid))
    total = sum(sum(values) for values in by_tier.values())
    assert sum(by_tier["top"]) / total > Decimal("0.35")  # a few customers earn most
    assert statistics.median(by_tier["top"]) > 10 * statistics.median(by_tier["mid"])
    assert statistics.median(by_tier["mid"]) > statistics.median(by_tier["low"])
    rich = [cid for cid, tier in tiers.items() if tier == "top"]
    high_margin = [cid for cid in rich if any(
        data.category(h) in ("fund", "pension", "insurance") for h in data.open_holdings(cid))]
    assert len(high_margin) >= 0.8 * len(rich)


def test_catalogue_covers_every_category(data) -> None:
    categories = {p.category.value for p in data.products.values()}
    assert len(categories) == 11
    rate_types = Counter(p.rate_type.value for p in data.products.values())
    assert rate_types["variable"] >= 1 and rate_types["fixed"] >= 1


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


def test_flows_are_seasonal_and_signed(data) -> None:
    card_by_month: Counter[int] = Counter()
    for transactions in data.transactions.values():
        for t in transactions:
            assert t.booked_on <= AS_OF
            if t.kind.value in ("card", "fee", "premium", "instalment", "withdrawal",
                                "transfer_out"):
                assert t.amount < 0
            if t.kind.value in ("interest", "deposit", "transfer_in"):
                assert t.amount > 0
            if t.kind.value == "card" and t.booked_on.year == 2025:
                card_by_month[t.booked_on.month] -= t.amount  # type: ignore[assignment]
    ordinary = statistics.median(card_by_month[m] for m in (2, 3, 4, 5, 9, 10))
    assert card_by_month[12] > Decimal("1.3") * ordinary
    assert card_by_month[8] > Decimal("1.2") * ordinary


def test_feedback_has_recurring_themes_and_some_compensation(bank) -> None:
    session, _ = bank
    rows = session.scalars(select(Feedback)).all()
    assert len(rows) >= 0.1 * 420
    assert len({row.text for row in rows}) >= 30
    assert any(row.compensation for row in rows)
    assert any(row.customer_id is None for row in rows)


def test_a_large_demo_bank_has_realistic_books() -> None:
    from knowledge.demo_bank.catalogue import BOOK_SIZE, advisors

    assert len(advisors(2000)) == 6  # the default demo bank: a few advisors
    large = advisors(100_000)
    assert 100_000 / len(large) <= BOOK_SIZE
    assert len({a.name for a in large}) == len(large)  # "assign it to <name>" stays unique
