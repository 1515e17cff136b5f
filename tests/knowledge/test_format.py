"""The one formatter: the texts advisors read, in the default locale and in another one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from knowledge import format as fmt
from knowledge.settings import get_settings


@pytest.fixture
def locale(monkeypatch):
    def use(name: str) -> None:
        monkeypatch.setenv("LOCALE", name)
        get_settings.cache_clear()
    yield use
    get_settings.cache_clear()


def test_money_in_whole_units_with_the_symbol_or_the_code_apart_from_the_digits():
    assert fmt.money(Decimal("49893.40"), "EUR") == "€49,893"
    assert fmt.money(-350800, "EUR") == "-€350,800"
    assert fmt.money(12200, "CZK") == "CZK 12,200"
    assert fmt.money(-9000, "czk") == "-CZK 9,000"
    assert fmt.money(Decimal("1234.5"), "EUR", digits=2) == "€1,234.50"


def test_money_without_a_currency_is_in_the_banks_currency(monkeypatch):
    monkeypatch.setenv("CURRENCY", "NOK")
    get_settings.cache_clear()
    try:
        assert fmt.money(11000) == "NOK 11,000"
    finally:
        get_settings.cache_clear()


def test_money_that_is_not_a_number_comes_back_as_it_was():
    assert fmt.money("n/a", "EUR") == "n/a"


def test_dates_day_first_month_spelled_out():
    assert fmt.day(dt.date(2026, 3, 3)) == "3 March 2026"
    assert fmt.short_day(dt.date(2026, 3, 3)) == "3 Mar 2026"
    assert fmt.long_day(dt.date(2026, 11, 16)) == "Monday 16 November 2026"


def test_percent_whole_and_unsigned_unless_asked():
    assert fmt.percent(Decimal("-0.0234")) == "2%"
    assert fmt.percent(Decimal("-0.0234"), signed=True) == "-2%"
    assert fmt.percent(0.125) == "12%"  # half to even, like every Decimal rounding here


def test_another_locale_writes_money_dates_and_percentages_its_own_way(locale):
    locale("de_DE")
    assert fmt.money(Decimal("49893.40"), "EUR") == "49.893\xa0€"
    assert fmt.day(dt.date(2026, 3, 3)) == "3 März 2026"
    assert fmt.percent(Decimal("0.12")) == "12\xa0%"
    locale("cs_CZ")
    assert fmt.money(12200, "CZK") == "12\xa0200\xa0Kč"


def test_an_unknown_locale_fails_at_start(locale):
    locale("xx_YY")
    with pytest.raises(ValueError, match="LOCALE"):
        get_settings()


def test_jsonable_keeps_money_exact_unless_numbers_are_asked_for():
    value = {"amount": Decimal("0.10"), "on": dt.date(2026, 3, 3), "rows": (1, Decimal("2"))}
    assert fmt.jsonable(value) == {"amount": "0.10", "on": "2026-03-03", "rows": [1, "2"]}
    assert fmt.jsonable(value, decimal=float)["amount"] == 0.1
