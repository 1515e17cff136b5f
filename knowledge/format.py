"""Money, dates and percentages in words, and results as plain JSON: one formatter for every door.

Babel (CLDR) supplies the locale's symbols, separators and month names; the setting LOCALE
(default `en`) picks the locale. Amounts are whole units at a glance ("€49,893",
"CZK 12,200"): an advisor reads them before a call, cents add nothing there.

Dates keep one order in every locale, day month year with the month spelled out ("3 March
2026"): unambiguous read aloud on the phone, where "03/04" is not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_percent

from knowledge.settings import get_settings


@lru_cache(maxsize=8)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


def _current_locale() -> Locale:
    return _locale(get_settings().locale)


def language_tag() -> str:
    """The locale as a BCP 47 tag ('en', 'de-DE') for a browser's Intl formatters, so the web
    pages write amounts as the chat does."""
    return str(_current_locale()).replace("_", "-")


def money(amount: Decimal | float | int | str, currency: str | None = None, *,
          digits: int = 0) -> str:
    """'€49,893', '-€350,800', 'CZK 12,200': in the holding's currency, else the bank's CURRENCY.

    A value that is not a number comes back as it was (a payload from elsewhere may hold one).
    """
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return str(amount)
    code = (currency or get_settings().currency).upper()
    locale = _current_locale()
    text = format_currency(value, code, format=_money_pattern(locale, digits), locale=locale,
                           currency_digits=False)
    return _currency_spacing(text)


@lru_cache(maxsize=32)
def _money_pattern(locale: Locale, digits: int) -> str:
    """The locale's own currency pattern ('¤#,##0.00', '#,##0.00 ¤') with `digits` decimals."""
    standard = locale.currency_formats["standard"].pattern
    return re.sub(r"0\.0+", "0" + ("." + "0" * digits if digits > 0 else ""), standard)


def _currency_spacing(text: str) -> str:
    """CLDR's currencySpacing, which Babel does not apply: a symbol that ends (or starts) in a
    letter, like 'CZK', is kept apart from the digits by a space ('CZK 12,200', not
    'CZK12,200'); '€' and '$' are symbols and stay attached."""
    out: list[str] = []
    for i, char in enumerate(text):
        if i and _needs_space(text[i - 1], char):
            out.append(" ")
        out.append(char)
    return "".join(out)


def _needs_space(before: str, after: str) -> bool:
    def letter(c: str) -> bool:
        return unicodedata.category(c)[0] == "L"
    return (letter(before) and after.isdigit()) or (before.isdigit() and letter(after))


def day(value: dt.date) -> str:
    """'3 March 2026' (no leading zero, month spelled out)."""
    return _day(value, _current_locale())


@lru_cache(maxsize=4096)
def _day(value: dt.date, locale: Locale) -> str:
    # Kept: the nightly lists write the same few hundred days into thousands of reasons.
    return format_date(value, "d MMMM y", locale=locale)


def short_day(value: dt.date) -> str:
    """'3 Mar 2026': in lists, where space is short."""
    return format_date(value, "d MMM y", locale=_current_locale())


def long_day(value: dt.date) -> str:
    """'Monday 16 November 2026': the day a list is for."""
    return format_date(value, "EEEE d MMMM y", locale=_current_locale())


def percent(share: Decimal | float | int, *, signed: bool = False) -> str:
    """'12%' for a share of 0.12 (whole percent); `signed` keeps the minus of a fall."""
    value = Decimal(str(share))
    return format_percent(value if signed else abs(value), locale=_current_locale())


# Values of exactly these types (not subclasses, such as enums) are JSON already.
_PLAIN = frozenset({str, int, float, bool})


def jsonable(value: Any, *, decimal: Callable[[Decimal], Any] = str) -> Any:
    """Dataclasses, Decimals and dates as plain JSON.

    Decimals become strings by default (money: no float rounding on the way); `decimal=float`
    where the receiver does arithmetic on them (a reason's evidence).
    """
    if value is None or type(value) in _PLAIN:  # most values: answered before any test
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name), decimal=decimal)
                for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v, decimal=decimal) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v, decimal=decimal) for v in value]
    if isinstance(value, Decimal):
        return decimal(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
