"""One cell of an interchange CSV file: its typed value, or what is wrong with it and how to
write it (docs/import-format.md), so that the import report names every bad cell."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from knowledge.interchange.spec import Column, FileSpec

DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DECIMAL_PATTERN = re.compile(r"^-?\d+(\.\d+)?$")
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")


def parse_cell(column: Column, raw: str) -> tuple[Any, str | None]:
    """The typed value of one cell, or a message saying what is wrong and how to write it."""
    if column.kind == "date":
        if not DATE_PATTERN.match(raw):
            return None, f"{raw!r} is not a date; write dates as YYYY-MM-DD (ISO 8601)"
        try:
            return dt.date.fromisoformat(raw), None
        except ValueError:
            return None, f"{raw!r} is not a valid calendar date (YYYY-MM-DD)"
    if column.kind in ("money", "rate"):
        if not DECIMAL_PATTERN.match(raw):
            hint = (" use '.' as the decimal point and no thousands separators"
                    if "," in raw or " " in raw else " write a number such as -1234.50")
            return None, f"{raw!r} is not a decimal number;{hint}"
        places = 2 if column.kind == "money" else 4
        if "." in raw and len(raw.split(".")[1]) > places:
            return None, f"{raw!r} has more than {places} decimal places"
        try:
            return Decimal(raw), None
        except InvalidOperation:  # pragma: no cover - the pattern already guards this
            return None, f"{raw!r} is not a decimal number"
    if column.kind == "int":
        if not re.match(r"^-?\d+$", raw):
            return None, f"{raw!r} is not a whole number"
        value = int(raw)
        if (column.low is not None and value < column.low) or (
                column.high is not None and value > column.high):
            return None, f"{value} is outside {column.low}–{column.high}"
        return value, None
    if column.kind == "enum":
        if raw not in column.choices:
            return None, f"unknown value {raw!r}; expected one of: {', '.join(column.choices)}"
        return raw, None
    if column.kind == "currency":
        if not CURRENCY_PATTERN.match(raw):
            return None, (f"{raw!r} is not a currency; write a three-letter ISO 4217 code "
                          "such as EUR")
        return raw, None
    return raw, None


def text_problem(spec: FileSpec, column: Column, raw: str) -> str | None:
    """What the database would refuse, or keep wrongly, in a text cell: found here, cell by
    cell, so the report names every one (PostgreSQL stopped the whole import at the first
    over-long value; SQLite kept over-long values and NUL characters as they were)."""
    if "\x00" in raw:
        return ("the cell contains a NUL character (\\x00), which no text may hold; "
                "remove it (it often comes from a file saved as UTF-16: save as UTF-8)")
    table_column = spec.model.__table__.columns.get(column.field)
    length = getattr(getattr(table_column, "type", None), "length", None)
    if length and len(raw) > length:
        return f"the value is {len(raw):,} characters long; {column.name} holds at most {length}"
    return None
