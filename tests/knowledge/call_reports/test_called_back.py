"""The customer who called back got through: "she did ring back after lunch", "Frau Weber hat
mich zurückgerufen", "oddzwonił po południu" are reached, never a call back still to come;
a call back to come ("he'll call back monday", "oddzwoni w piątek") and the advisor's own call
back with its outcome ("i rang back, voicemail", "jag ringde tillbaka, inget svar") keep theirs
(knowledge.call_reports.shorthand)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

MONDAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("text", [
    "she did ring back after lunch, all sorted",
    "he has phoned me back, fine",
    "Frau Weber hat mich heute Nachmittag zurückgerufen",
    "oddzwonił po południu",
    "il m'a rappelé vers 15h",
    "mi ha richiamata dopo pranzo",
    "hij heeft vanmiddag teruggebeld",
    "han ringde tillbaka efter lunch",
    "me devolvió la llamada por la tarde",
])
def test_a_customer_who_called_back_was_reached(text: str) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.reached, None)


@pytest.mark.parametrize("text, outcome", [
    ("he'll call back monday", Outcome.follow_up),
    ("oddzwoni w piątek", Outcome.follow_up),
    ("sie wird am Freitag zurückgerufen", Outcome.follow_up),
    ("i did ring back, voicemail again", Outcome.no_answer),
    ("jag ringde tillbaka, inget svar", Outcome.no_answer),
    ("she called back, wants a meeting on thursday", Outcome.follow_up),
])
def test_a_call_back_to_come_or_the_advisors_own_keeps_its_outcome(
        text: str, outcome: Outcome) -> None:
    assert read_call(text, MONDAY).outcome is outcome
