"""The CSV interchange format: valid folders load, every problem is reported with file, line
and column, a rejected run keeps nothing, re-imports update, and export round-trips."""

from __future__ import annotations

import datetime as dt
import filecmp
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from knowledge.db import make_engine
from knowledge.demo_bank import generate_demo_bank
from knowledge.interchange import ImportRejected, export_folder, import_folder
from knowledge.migrate import upgrade
from knowledge.models.bank import (
    Branch,
    Customer,
    Feedback,
    Holding,
    Interaction,
    Staff,
    Transaction,
)

VALID = {
    "advisors.csv": (
        "advisor_id,name,branch,role,email,slack_user_id,teams_user_id,branch_name,branch_city\n"
        "A1,Lena Hoffmann,B1,advisor,lena@bank.example,U1,29:a1,Frankfurt Zeil,Frankfurt\n"
        "H1,Helga Sommer,,head_office,,,,,\n"
    ),
    "customers.csv": (
        "customer_id,name,birth_date,advisor_id,customer_since,occupation,risk_profile,"
        "household_id,city\n"
        "C1,Jürgen Müller,1961-04-02,A1,2001-05-01,engineer,3,HH1,Offenbach\n"
        "C2,Élodie Martin,1990-12-24,A1,2019-01-15,nurse,2,HH1,Offenbach\n"
    ),
    "products.csv": (
        "product_id,name,category,margin_class,rate_type\n"
        "P1,Current account,current_account,low,none\n"
        "P2,Term deposit 12 months,term_deposit,low,fixed\n"
    ),
    "holdings.csv": (
        "holding_id,customer_id,product_id,opened_on,closed_on,balance,currency,maturity_on,"
        "interest_rate\n"
        "H1,C1,P1,2001-05-01,,2450.75,EUR,,\n"
        "H2,C1,P2,2026-01-10,,50000.00,EUR,2027-01-10,2.60\n"
    ),
    "transactions.csv": (
        "transaction_id,holding_id,booked_on,amount,currency,kind,description\n"
        "T1,H1,2026-10-25,3100.00,EUR,transfer_in,Salary\n"
        'T2,H1,2026-11-02,-42.10,EUR,card,"REWE, Frankfurt"\n'
    ),
    "interactions.csv": (
        "interaction_id,customer_id,advisor_id,occurred_on,channel,kind,outcome,note,"
        "follow_up_on\n"
        "I1,C1,A1,2026-10-01,phone,complaint,open,Fee question,2026-10-15\n"
    ),
    "feedback.csv": (
        "feedback_id,customer_id,received_on,channel,text,compensation\n"
        "F1,C1,2026-10-01,branch,The app logs me out all the time.,25.00\n"
        "F2,,2026-10-03,email,Waiting times are too long.,\n"
    ),
}


def write_folder(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (Branch, Staff, Customer, Holding, Transaction, Interaction,
                              Feedback)}


def run_import(engine: Engine, folder: Path) -> None:
    """What `advisor import` does: one transaction, committed only when the import passes."""
    with Session(engine) as session:
        import_folder(session=session, folder=folder)
        session.commit()


def test_a_valid_folder_loads_with_types(engine: Engine, tmp_path: Path) -> None:
    run_import(engine, write_folder(tmp_path / "in", VALID))
    assert counts(engine) == {"branches": 1, "staff": 2, "customers": 2, "holdings": 2,
                              "transactions": 2, "interactions": 1, "feedback": 2}
    with Session(engine) as session:
        customer = session.get(Customer, "C1")
        assert customer and customer.birth_date == dt.date(1961, 4, 2)
        assert (customer.risk_profile, customer.city) == (3, "Offenbach")
        deposit = session.get(Holding, "H2")
        assert deposit and deposit.balance == Decimal("50000.00")
        assert deposit.maturity_on == dt.date(2027, 1, 10)
        assert session.get(Transaction, "T2").description == "REWE, Frankfurt"  # type: ignore[union-attr]
        branch = session.get(Branch, "B1")
        assert branch and (branch.name, branch.city) == ("Frankfurt Zeil", "Frankfurt")
        assert session.get(Interaction, "I1").follow_up_on == dt.date(2026, 10, 15)  # type: ignore[union-attr]
        assert session.get(Feedback, "F2").customer_id is None  # type: ignore[union-attr]


def _replace(file: str, old: str, new: str) -> dict[str, str]:
    assert old in VALID[file]
    return {**VALID, file: VALID[file].replace(old, new)}


@pytest.mark.parametrize(
    ("files", "file", "line", "column", "says"),
    [
        (_replace("customers.csv", "1990-12-24", "24.12.1990"), "customers.csv", 3,
         "birth_date", "YYYY-MM-DD"),
        (_replace("customers.csv", "1961-04-02", "1961-02-30"), "customers.csv", 2,
         "birth_date", "not a valid calendar date"),
        (_replace("transactions.csv", "card,", "cheque,"), "transactions.csv", 3, "kind",
         "unknown value 'cheque'"),
        (_replace("holdings.csv", "2450.75", '"2.450,75"'), "holdings.csv", 2, "balance",
         "decimal point"),
        (_replace("transactions.csv", "T2,H1", "T2,H9"), "transactions.csv", 3, "holding_id",
         "'H9' is not an id in holdings.csv"),
        (_replace("customers.csv", ",A1,2019", ",A7,2019"), "customers.csv", 3, "advisor_id",
         "'A7' is not an id in advisors.csv"),
        (_replace("holdings.csv", "maturity_on,", ""), "holdings.csv", 1, "maturity_on",
         "required column is missing"),
        (_replace("customers.csv", "nurse,2,", "nurse,7,"), "customers.csv", 3, "risk_profile",
         "outside 1–5"),
        (_replace("holdings.csv", "50000.00,EUR", "50000.00,EURO"), "holdings.csv", 3,
         "currency", "three-letter"),
        (_replace("customers.csv", "C2,Élodie Martin", "C2,"), "customers.csv", 3, "name",
         "required"),
    ],
    ids=["bad-date", "impossible-date", "unknown-enum", "decimal-comma", "unknown-holding",
         "unknown-advisor", "missing-column", "risk-profile", "currency", "empty-name"],
)
def test_a_malformed_row_is_reported_and_nothing_is_kept(
        engine: Engine, tmp_path: Path, files: dict[str, str], file: str, line: int,
        column: str, says: str) -> None:
    # The database already holds a bank; the bad run must leave it exactly as it was.
    run_import(engine, write_folder(tmp_path / "before", VALID))
    with Session(engine) as session:
        export_folder(session=session, folder=tmp_path / "snapshot-before")
    before = counts(engine)
    changed = {**files, "customers.csv": files["customers.csv"].replace(
        "Jürgen Müller", "Jürgen Müller-Lang") + "C3,New Customer,1970-01-01,A1,,,,\n"}
    with Session(engine) as session, pytest.raises(ImportRejected) as rejected:
        import_folder(session=session, folder=write_folder(tmp_path / "bad", changed))
    problems = [(p.file, p.line, p.column) for p in rejected.value.problems]
    assert (file, line, column) in problems
    assert any(says in p.message for p in rejected.value.problems)
    assert f"{file} line {line}, column {column}:" in "\n".join(map(str, rejected.value.problems))
    assert counts(engine) == before
    with Session(engine) as session:
        export_folder(session=session, folder=tmp_path / "snapshot-after")
    comparison = filecmp.dircmp(tmp_path / "snapshot-before", tmp_path / "snapshot-after")
    assert comparison.diff_files == []


def test_all_problems_of_all_files_are_collected(engine: Engine, tmp_path: Path) -> None:
    files = _replace("customers.csv", "1990-12-24", "yesterday")
    files["transactions.csv"] = files["transactions.csv"].replace("card,", "cheque,").replace(
        "3100.00", '"3.100,00"')
    with Session(engine) as session, pytest.raises(ImportRejected) as rejected:
        import_folder(session=session, folder=write_folder(tmp_path / "bad", files))
    assert {(p.file, p.line, p.column) for p in rejected.value.problems} == {
        ("customers.csv", 3, "birth_date"), ("transactions.csv", 2, "amount"),
        ("transactions.csv", 3, "kind")}
    assert rejected.value.total == 3


def test_a_row_with_too_many_fields_names_its_line(engine: Engine, tmp_path: Path) -> None:
    files = _replace("holdings.csv", "2450.75", "2450,75")
    with Session(engine) as session, pytest.raises(ImportRejected) as rejected:
        import_folder(session=session, folder=write_folder(tmp_path / "bad", files))
    (problem,) = rejected.value.problems
    assert (problem.file, problem.line) == ("holdings.csv", 2)
    assert "10 fields but the header has 9" in problem.message


def test_reimport_updates_instead_of_duplicating(engine: Engine, tmp_path: Path) -> None:
    run_import(engine, write_folder(tmp_path / "first", VALID))
    again = _replace("customers.csv", "Jürgen Müller,1961-04-02,A1,2001-05-01,engineer,3",
                     "Jürgen Müller,1961-04-02,A1,2001-05-01,retired engineer,4")
    again["holdings.csv"] = again["holdings.csv"].replace("2450.75", "1999.99")
    run_import(engine, write_folder(tmp_path / "second", again))
    assert counts(engine)["customers"] == 2 and counts(engine)["holdings"] == 2
    with Session(engine) as session:
        customer = session.get(Customer, "C1")
        assert customer and (customer.occupation, customer.risk_profile) == (
            "retired engineer", 4)
        assert session.get(Holding, "H1").balance == Decimal("1999.99")  # type: ignore[union-attr]


def test_missing_files_are_fine_and_references_may_point_into_the_database(
        engine: Engine, tmp_path: Path) -> None:
    run_import(engine, write_folder(tmp_path / "staff", {"advisors.csv": VALID["advisors.csv"]}))
    only_customers = {"customers.csv": VALID["customers.csv"]}
    with Session(engine) as session:
        report = import_folder(session=session,
                               folder=write_folder(tmp_path / "customers", only_customers))
        session.commit()
    assert report.rows == {"customers.csv": 2}
    assert "transactions.csv" in report.missing
    assert counts(engine)["customers"] == 2


def test_export_import_export_round_trip(tmp_path: Path) -> None:
    first_url, second_url = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    upgrade(first_url)
    upgrade(second_url)
    first, second = make_engine(first_url), make_engine(second_url)
    with Session(first) as session:
        generate_demo_bank(session=session, customers=80, seed=5, as_of=dt.date(2026, 11, 23),
                           transactions_per_customer=40)
        session.commit()
    with Session(first) as session:
        export_folder(session=session, folder=tmp_path / "one")
    run_import(second, tmp_path / "one")
    with Session(second) as session:
        export_folder(session=session, folder=tmp_path / "two")
    comparison = filecmp.dircmp(tmp_path / "one", tmp_path / "two")
    assert comparison.diff_files == [] and len(comparison.same_files) == 8  # with holders.csv
    assert counts(first) == counts(second)
    first.dispose()
    second.dispose()


def test_changed_feedback_text_is_queued_for_themes_again(engine: Engine, tmp_path: Path) -> None:
    from knowledge.models.themes import FeedbackEmbedding, Theme, ThemeMember

    run_import(engine, write_folder(tmp_path / "first", VALID))
    with Session(engine) as session:
        theme = Theme(label="app", model="m")
        session.add(theme)
        session.flush()
        for row in session.scalars(select(Feedback)):
            row.status = "themed"
            session.add(FeedbackEmbedding(feedback_id=row.id, model="m", dimensions=1,
                                          vector=b"\0\0\0\0"))
            session.add(ThemeMember(feedback_id=row.id, theme_id=theme.id, distance=0.1))
        session.commit()
    changed = _replace("feedback.csv", "The app logs me out all the time.",
                       "The app logs me out every single morning.")
    run_import(engine, write_folder(tmp_path / "second", changed))
    with Session(engine) as session:
        status = {row.id: row.status for row in session.scalars(select(Feedback))}
        embedded = set(session.scalars(select(FeedbackEmbedding.feedback_id)))
        members = set(session.scalars(select(ThemeMember.feedback_id)))
    assert status == {"F1": "pending", "F2": "themed"}
    # The old vector and theme of the changed text are gone, so it is embedded afresh.
    assert embedded == members == {"F2"}


def test_every_over_long_cell_and_nul_character_is_reported(engine: Engine, tmp_path: Path
                                                            ) -> None:
    """docs/import-format.md promises every problem: over-long values stopped PostgreSQL at
    the first one, and SQLite kept them (and NUL characters) as they were."""
    files = dict(VALID)
    files["customers.csv"] = files["customers.csv"] + (
        f"C3,{'x' * 201},1961-04-02,A1,2001-05-01,engineer,3,HH1,Offenbach\n"
        f"C4,Ann\x00a Berg,1961-04-02,A1,2001-05-01,engineer,3,{'h' * 65},Offenbach\n"
        f"{'C' * 65},Some One,1961-04-02,A1,2001-05-01,engineer,3,HH1,Offenbach\n")
    before = counts(engine)
    with Session(engine) as session, pytest.raises(ImportRejected) as rejected:
        import_folder(session=session, folder=write_folder(tmp_path / "bad", files))
    found = {(p.file, p.line, p.column): p.message for p in rejected.value.problems}
    assert set(found) == {("customers.csv", 4, "name"), ("customers.csv", 5, "name"),
                          ("customers.csv", 5, "household_id"),
                          ("customers.csv", 6, "customer_id")}
    assert "201 characters long; name holds at most 200" in found[("customers.csv", 4, "name")]
    assert "NUL character" in found[("customers.csv", 5, "name")]
    assert counts(engine) == before


def test_data_in_another_currency_than_configured_is_loaded_with_a_warning(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knowledge.settings import get_settings

    folder = write_folder(tmp_path / "in", VALID)
    with Session(engine) as session:
        assert import_folder(session=session, folder=folder).warnings == []  # EUR and EUR
    monkeypatch.setenv("CURRENCY", "CZK")
    get_settings.cache_clear()
    try:
        with Session(engine) as session:
            warnings = import_folder(session=session, folder=folder).warnings
    finally:
        monkeypatch.delenv("CURRENCY")
        get_settings.cache_clear()
    assert len(warnings) == 1
    assert "in EUR" in warnings[0] and "CURRENCY is CZK" in warnings[0]


def test_joint_holders_load_show_on_both_profiles_and_are_forgotten(
    engine: Engine, tmp_path: Path
) -> None:
    """Berka's DISPONENT: Élodie may use Jürgen's current account; the account (and its
    money) stays Jürgen's, both profiles say who else is on it, and erasing Élodie works."""
    from knowledge.models.bank import Customer, HoldingHolder
    from knowledge.privacy.forget import forget_customer
    from knowledge.profile.build import build_profile
    from knowledge.profile.render import render_profile

    files = {**VALID, "holders.csv": "holder_id,holding_id,customer_id,role\nD1,H1,C2,authorised\n"}
    run_import(engine, write_folder(tmp_path / "in", files))
    with Session(engine) as session:
        book = Customer.advisor_id == "A1"
        on = dt.date(2026, 11, 23)
        owner = render_profile(build_profile(session=session, customer_id="C1", as_of=on,
                                             book=book))
        user = render_profile(build_profile(session=session, customer_id="C2", as_of=on,
                                            book=book))
        assert "Élodie Martin (authorised user) on their Current account" in owner
        assert "authorised user on Jürgen Müller's Current account" in user
        other_book = render_profile(build_profile(session=session, customer_id="C1", as_of=on,
                                                  book=Customer.id == "C1"))
        assert "another customer (authorised user)" in other_book
        forget_customer(session=session, customer_id="C2", by="test")
        assert session.scalar(select(func.count()).select_from(HoldingHolder)) == 0
