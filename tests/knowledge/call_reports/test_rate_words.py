"""Head office's rate news in the languages and number formats of the bank's Europe: the size
with a decimal comma, the units and direction in their words, the day as written there."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.chat_records import (
    event_day,
    is_forecast,
    is_hypothetical,
    parse_rate_delta,
)
from knowledge.call_reports.rate_words import in_english

MONDAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize("text, bp", [
    ("the ecb lowered its deposit rate by 0,5 % yesterday", -50),
    ("Leitzins: EZB erhöht um 0,25 Prozentpunkte", 25),
    ("de ECB verlaagt de rente met 0,1 procentpunt", -10),
    ("la BCE a relevé ses taux de 50 points de base", 50),
    ("la BCE ha tagliato i tassi di 25 punti base", -25),
    ("el BCE bajó los tipos 0,75 puntos porcentuales", -75),
    ("EBC obniżył stopy o 0,25 punktu procentowego", -25),
    ("Riksbanken höjde räntan med 0,5 procentenheter", 50),
])
def test_a_size_direction_and_unit_in_another_language_are_read(text: str, bp: int) -> None:
    assert parse_rate_delta(None, None, text) == bp


def test_a_decimal_comma_is_never_read_as_hundreds_of_basis_points() -> None:
    assert parse_rate_delta("0,25", "hike", "ecb up 0,25 % today") == 25
    assert parse_rate_delta("0,25", "Freitag", "EZB hat am Freitag um 0,25 % erhöht") == 25


def test_no_direction_or_two_directions_are_asked() -> None:
    assert parse_rate_delta(None, None, "EZB: Zinsentscheid 0,25 %") is None
    assert parse_rate_delta(None, None, "erst gesenkt, dann erhöht um 0,25 %") is None


@pytest.mark.parametrize("text, day", [
    ("ecb raised 25 bp per 10-11", dt.date(2026, 11, 10)),
    ("ECB cut 25bp on 9-11-2026", dt.date(2026, 11, 9)),
    ("die EZB hat am Mittwoch gesenkt, 25 bp", dt.date(2026, 11, 11)),
    ("ECB verlaagde de rente gisteren met 25 bp", dt.date(2026, 11, 15)),
    ("la BCE ha alzato i tassi venerdì di 25 punti base", dt.date(2026, 11, 13)),
])
def test_a_day_as_written_in_europe_is_the_day_it_names(text: str, day: dt.date) -> None:
    assert event_day(in_english(text), MONDAY) == day


def test_a_dash_that_is_no_date_is_left_alone() -> None:
    assert in_english("a cut of 25-50bp") == "a cut of 25-50bp"
    assert event_day(in_english("ecb cut 25bp on 40-11"), MONDAY) in (None, MONDAY)


@pytest.mark.parametrize("text", [
    "die EZB wird die Zinsen am Donnerstag um 0,25 Prozentpunkte senken",
    "de ECB zal de rente waarschijnlijk verlagen met 25 bp",
    "la BCE dovrebbe tagliare i tassi di 25 punti base",
])
def test_a_forecast_in_another_language_is_no_event(text: str) -> None:
    assert is_forecast(text)


@pytest.mark.parametrize("text", ["falls die EZB um 0,5 % senkt, wer ist betroffen?",
                                  "gdyby EBC obniżył stopy o 25 pb, kogo to dotyczy?"])
def test_a_supposition_in_another_language_is_a_what_if(text: str) -> None:
    assert is_hypothetical(text)


@pytest.mark.parametrize("text, bp", [
    ("heads up - ecb has cut by another 50bp as of today", -50),
    ("Heads-up team: ECB hiked 25 bps this morning", 25),
    ("quick follow up: the ecb lowered its rate 25bp", -25),
])
def test_up_in_a_heads_up_is_no_direction(text: str, bp: int) -> None:
    from knowledge.call_reports.chat_records import parse_rate_delta

    assert parse_rate_delta(None, None, text) == bp


@pytest.mark.parametrize("text", [
    "on m'a dit... non: j'ai entendu que la BCE va encore baisser de 25 pb",
    "podobno EBC znowu obniża stopy o 50 pb",
    "rumour: ecb cut 25bp this morning, unconfirmed",
])
def test_hearsay_of_a_rate_change_is_no_event(text: str) -> None:
    from knowledge.call_reports.chat_records import is_forecast

    assert is_forecast(text)
