"""The CSV interchange format: which files, which columns, what each column must hold.

This is the contract for loading a real bank's data (docs/import-format.md explains it for
people). Extend it, never break it: new columns are optional extras.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from knowledge.models.bank import (
    Channel,
    Customer,
    Feedback,
    HolderRole,
    Holding,
    HoldingHolder,
    Interaction,
    InteractionKind,
    LoanStatus,
    MarginClass,
    Outcome,
    Product,
    ProductCategory,
    RateType,
    Role,
    Staff,
    Transaction,
    TransactionKind,
)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text | date | money | rate | int | enum | currency
    required: bool = False  # a value must be present
    choices: tuple[str, ...] = ()
    references: str | None = None  # file stem whose ids this column points at
    attribute: str | None = None  # model attribute, when it differs from the column name
    low: int | None = None
    high: int | None = None
    # A rule beyond the kind: the typed value in, what is wrong and how to fix it out (or None).
    check: Callable[[Any], str | None] | None = None
    required_message: str = "a value is required"

    @property
    def field(self) -> str:
        return self.attribute or self.name


@dataclass(frozen=True)
class FileSpec:
    stem: str  # "customers" -> customers.csv
    model: Any
    columns: tuple[Column, ...]  # must all appear in the header
    extras: tuple[Column, ...] = ()  # optional columns, imported when present
    unique_ids: bool = False  # refuse an id that appears twice in the file

    @property
    def filename(self) -> str:
        return f"{self.stem}.csv"

    @property
    def id_column(self) -> str:
        return self.columns[0].name

    def all_columns(self) -> tuple[Column, ...]:
        return self.columns + self.extras


def _choices(enum_class: Any) -> tuple[str, ...]:
    return tuple(member.value for member in enum_class)


def statement_problem(text: str) -> str | None:
    """Feedback text (already stripped): at most FEEDBACK_MAX_CHARS, refused whole if longer."""
    from knowledge.settings import get_settings

    limit = get_settings().feedback_max_chars
    if len(text) > limit:
        return (f"the text is {len(text):,} characters long; the limit is {limit:,}. "
                "Summarise it or split it into separate statements (rows with their own ids)")
    return None


def feedback_id_problem(value: str) -> str | None:
    if len(value) > 64:
        return f"the id is {len(value)} characters long; use at most 64"
    return None


def compensation_problem(amount: Any) -> str | None:
    if amount < 0 or amount > 10_000_000:
        return "compensation must be between 0 and 10000000.00; leave it empty when none was paid"
    return None


FILES: tuple[FileSpec, ...] = (
    FileSpec("advisors", Staff, (
        Column("advisor_id", required=True, attribute="id"),
        Column("name", required=True),
        # Required for advisors and branch managers; head office may leave it empty.
        Column("branch", attribute="branch_id"),
        Column("role", "enum", required=True, choices=_choices(Role)),
        Column("email"),
        Column("slack_user_id"),
        Column("teams_user_id"),
    ), extras=(Column("branch_name"), Column("branch_city"))),
    FileSpec("customers", Customer, (
        Column("customer_id", required=True, attribute="id"),
        Column("name", required=True),
        Column("birth_date", "date"),
        Column("advisor_id", references="advisors"),
        Column("customer_since", "date"),
        Column("occupation"),
        Column("risk_profile", "int", low=1, high=5),
        Column("household_id"),
    ), extras=(Column("income_band"), Column("investment_preference"),
               Column("channel_preference"), Column("city"))),
    FileSpec("products", Product, (
        Column("product_id", required=True, attribute="id"),
        Column("name", required=True),
        Column("category", "enum", required=True, choices=_choices(ProductCategory)),
        Column("margin_class", "enum", required=True, choices=_choices(MarginClass)),
        Column("rate_type", "enum", required=True, choices=_choices(RateType)),
    )),
    FileSpec("holdings", Holding, (
        Column("holding_id", required=True, attribute="id"),
        Column("customer_id", required=True, references="customers"),
        Column("product_id", required=True, references="products"),
        Column("opened_on", "date", required=True),
        Column("closed_on", "date"),
        Column("balance", "money", required=True),
        Column("currency", "currency", required=True),
        Column("maturity_on", "date"),
        Column("interest_rate", "rate"),
    ), extras=(Column("loan_status", "enum", choices=_choices(LoanStatus)),
               Column("days_past_due", "int", low=0, high=100_000),
               Column("arrears", "money"),
               Column("fixed_rate_until", "date"))),
    # Further customers on a holding (joint owners, authorised users); optional file.
    FileSpec("holders", HoldingHolder, (
        Column("holder_id", required=True, attribute="id"),
        Column("holding_id", required=True, references="holdings"),
        Column("customer_id", required=True, references="customers"),
        Column("role", "enum", required=True, choices=_choices(HolderRole)),
    )),
    FileSpec("transactions", Transaction, (
        Column("transaction_id", required=True, attribute="id"),
        Column("holding_id", required=True, references="holdings"),
        Column("booked_on", "date", required=True),
        Column("amount", "money", required=True),
        Column("currency", "currency", required=True),
        Column("kind", "enum", required=True, choices=_choices(TransactionKind)),
        Column("description"),
    )),
    FileSpec("interactions", Interaction, (
        Column("interaction_id", required=True, attribute="id"),
        Column("customer_id", required=True, references="customers"),
        Column("advisor_id", references="advisors"),
        Column("occurred_on", "date", required=True),
        Column("channel", "enum", required=True, choices=_choices(Channel)),
        Column("kind", "enum", required=True, choices=_choices(InteractionKind)),
        Column("outcome", "enum", required=True, choices=_choices(Outcome)),
        Column("note"),
    ), extras=(Column("follow_up_on", "date"),)),
    # The one definition of a valid feedback row: `advisor import` and `advisor feedback
    # import` both load feedback.csv through it (knowledge.interchange.feedback_csv).
    FileSpec("feedback", Feedback, (
        Column("feedback_id", required=True, attribute="id", check=feedback_id_problem),
        Column("customer_id", references="customers"),
        Column("received_on", "date", required=True),
        Column("channel", required=True, check=lambda value: (
            "use at most 32 characters, e.g. email, phone, branch" if len(value) > 32 else None)),
        Column("text", required=True, check=statement_problem,
               required_message="the text is empty; write what the customer said, or leave "
                                "the row out"),
        Column("compensation", "money", check=compensation_problem),
    ), extras=(Column("currency", "currency"), Column("logged_by", references="advisors")),
        unique_ids=True),
)
FILE_BY_STEM = {spec.stem: spec for spec in FILES}
# Columns that are not model attributes of the file's own table.
BRANCH_COLUMNS = {"branch_name", "branch_city"}
