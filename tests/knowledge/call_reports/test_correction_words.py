"""knowledge.call_reports.correction_words: a correction of the last call's date in the
advisors' other languages is a correction (and the date meant is the one not denied); an
outcome denied in those languages is no correction."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.corrections import is_correction, new_date

MONDAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize("text", [
    "scusa, non venerdì: giovedì", "non venerdi, giovedi",
    "Entschuldigung, nicht Freitag sondern Donnerstag", "pardon, pas vendredi mais jeudi",
    "perdón, no el viernes, el jueves", "przepraszam, nie piątek tylko czwartek",
    "sorry, niet vrijdag maar donderdag", "förlåt, inte fredag utan torsdag",
])
def test_a_date_corrected_in_other_words_is_thursday(text: str) -> None:
    assert is_correction(text)
    assert new_date(text, MONDAY) == (dt.date(2026, 11, 19), None)


@pytest.mark.parametrize("text", [
    "Greta non interessata, grazie", "nie odbiera, wyłączony", "Rossi: non risponde, segreteria",
    "nicht erreicht, Mailbox", "anna lange reached", "Pablo appuntamento venerdì",
])
def test_an_outcome_in_other_words_is_no_correction(text: str) -> None:
    assert not is_correction(text)
