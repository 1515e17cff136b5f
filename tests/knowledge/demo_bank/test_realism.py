"""The demo bank is deterministic and shaped like a real bank: names, households, a pyramid of
contribution, a full catalogue, seasonal flows, feedback, realistic book sizes."""

from __future__ import annotations

import filecmp
import statistics
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.interchange import export_folder
from knowledge.models.bank import Feedback, Staff

from .bank_view import AS_OF, generate


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
        engine, _ = generate(f"sqlite:///{tmp_path / run}.db", 90, seed)
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
