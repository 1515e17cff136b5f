"""The Berka example mapping (examples/berka) on the real data in ../shared/data/berka.

Skipped, with the reason, when ../shared is absent (the data is never copied into the repo).
"""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from examples.berka.map import birth_date, map_bank
from knowledge.interchange.importer import import_folder
from knowledge.models.bank import Customer, Holding, Staff, Transaction

BERKA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "berka"
pytestmark = pytest.mark.skipif(
    not (BERKA / "account.asc").exists(),
    reason=f"the Berka data is not at {BERKA} (../shared/data/berka beside the project)",
)


@pytest.fixture(scope="module")
def mapped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("berka")
    map_bank(BERKA, out)
    return out


def test_women_birth_numbers_carry_month_plus_fifty() -> None:
    assert birth_date("706213") == dt.date(1970, 12, 13)
    assert birth_date("450204") == dt.date(1945, 2, 4)


def test_the_mapping_imports_without_a_problem(mapped: Path, engine: Engine) -> None:
    with Session(engine) as session:
        report = import_folder(session=session, folder=mapped)
        session.commit()
    # 1,229 account owners and 260 authorised users (DISPONENT) of their accounts.
    assert report.rows["customers.csv"] == 1229 + 260
    assert report.rows["holders.csv"] == 260
    assert report.rows["transactions.csv"] == 49102
    with Session(engine) as session:
        # Every customer has an advisor, and every advisor a branch with a manager.
        assert session.scalar(select(func.count()).where(Customer.advisor_id.is_(None))) == 0
        managers = set(session.scalars(select(Staff.branch_id).where(
            Staff.role == "branch_manager")))
        assert set(session.scalars(select(Staff.branch_id).where(Staff.role == "advisor"))) \
            <= managers
        currencies = set(session.scalars(select(Transaction.currency).distinct()))
        assert currencies == {"CZK"}


def test_account_balances_match_the_banks_own_running_balance(mapped: Path) -> None:
    """The balance is the one the bank printed after the account's last booking (the order of
    a day's bookings is unknown in Berka: it is one of that day's, and no other booking of the
    day starts from it)."""
    last: dict[str, list[dict[str, str]]] = {}
    with (BERKA / "trans_partial.asc").open(newline="") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            days = last.setdefault(row["account_id"], [])
            if days and days[-1]["date"] != row["date"]:
                days.clear()
            days.append(row)
    printed = {f"BK-ACC{a}": {Decimal(row["balance"]) for row in rows}
               for a, rows in last.items()}
    with (mapped / "holdings.csv").open(newline="") as handle:
        ours = {row["holding_id"]: Decimal(row["balance"]) for row in csv.DictReader(handle)}
    assert len(printed) == 1229
    assert all(ours[h] in balances for h, balances in printed.items())


def test_loans_are_liabilities_with_their_state(mapped: Path, engine: Engine) -> None:
    with (mapped / "holdings.csv").open(newline="") as handle:
        loans = [row for row in csv.DictReader(handle) if row["product_id"] == "BK-LOAN"]
    assert loans and all(Decimal(row["balance"]) <= 0 for row in loans)
    assert {row["loan_status"] for row in loans} <= {"performing", "arrears", "repaid", "default"}
    assert any(row["loan_status"] in ("arrears", "default") for row in loans)
    with Session(engine) as session:
        import_folder(session=session, folder=mapped)
        loan = session.get(Holding, loans[0]["holding_id"])
        assert loan is not None and loan.balance == Decimal(loans[0]["balance"])


def test_berka_loans_in_arrears_reach_the_call_list(mapped: Path, engine: Engine) -> None:
    from knowledge.call_list.book import load_book
    from knowledge.call_list.ranking import collect_reasons
    from knowledge.models.bank import Customer

    with Session(engine) as session:
        import_folder(session=session, folder=mapped)
        troubled = set(session.scalars(select(Holding.customer_id).where(
            Holding.loan_status.in_(("arrears", "default")), Holding.closed_on.is_(None))))
        as_of = dt.date(1994, 3, 31)
        book = load_book(session=session, where=Customer.id.in_(troubled), as_of=as_of)
        found = collect_reasons(session=session, book=book, codes={"loan_arrears"})
    assert troubled and set(found) == troubled


def test_berka_first_morning_and_alarms_with_a_baseline(
    mapped: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The morning after importing a real bank: every advisor's list is one day's work, and
    no unusual-flow alarm stands on a zero baseline (the median of mostly quiet months)."""
    from knowledge.call_list.book import load_book
    from knowledge.call_list.ranking import collect_reasons, rank
    from knowledge.models.bank import Customer
    from knowledge.settings import get_settings

    monkeypatch.setenv("CURRENCY", "CZK")
    get_settings.cache_clear()
    try:
        with Session(engine) as session:
            import_folder(session=session, folder=mapped)
            as_of = dt.date(1994, 3, 31)
            advisors = session.scalars(select(Staff.id).where(Staff.role == "advisor")).all()
            sizes, flows = [], []
            for advisor in advisors:
                book = load_book(session=session, where=Customer.advisor_id == advisor,
                                 as_of=as_of)
                items = rank(book, collect_reasons(session=session, book=book))
                sizes.append(len(items))
                flows += [r for i in items for r in i.reasons
                          if r.code in ("large_withdrawal", "large_deposit")]
    finally:
        get_settings.cache_clear()
    assert max(sizes) <= get_settings().call_list_capacity
    assert flows and all(r.evidence["baseline_median"] > 0 for r in flows)
    assert all("CZK" in r.text and "€" not in r.text for r in flows)
