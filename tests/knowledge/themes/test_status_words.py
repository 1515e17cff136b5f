"""A theme's status and owner in a manager's words, in learner English and the managers' own
languages; a status said not to hold is no status."""

from __future__ import annotations

import pytest

from knowledge.themes.owner_words import person_named
from knowledge.themes.status_words import denied, status_in


@pytest.mark.parametrize("text, status", [
    ("card fees: status in work", "in_progress"),
    ("the statements theme is in treatment since monday", "in_progress"),
    ("Thema Überweisungen: in Arbeit", "in_progress"),
    ("hotline wachttijd - in behandeling", "in_progress"),
    ("tema bonifici in lavorazione", "in_progress"),
    ("le thème des frais est en cours", "in_progress"),
    ("tema app: en curso", "in_progress"),
    ("temat karty w toku", "in_progress"),
    ("the atm theme is solved since tuesday", "resolved"),
    ("Thema App-Login erledigt", "resolved"),
    ("kosten thema is opgelost", "resolved"),
    ("problema carte risolto", "resolved"),
    ("frais de carte : résolu", "resolved"),
    ("temat opłat rozwiązany", "resolved"),
    ("avgifter: löst", "resolved"),
    ("Thema Kartensperre wieder offen", "open"),
    ("reopen the fees theme", "open"),
])
def test_the_status_as_a_manager_writes_it(text: str, status: str) -> None:
    assert status_in(text) == status


@pytest.mark.parametrize("text", ["the app theme is not solved yet", "noch nicht erledigt",
                                  "nog niet opgelost", "non è ancora risolto",
                                  "ce n'est pas résolu", "the login issue is unresolved"])
def test_a_status_said_not_to_hold_is_asked(text: str) -> None:
    assert status_in(text) is None


def test_a_denial_is_told_apart() -> None:
    assert denied("niet opgelost") and not denied("opgelost")


@pytest.mark.parametrize("typed, person", [
    ("Agnieszka becomes", "Agnieszka"), ("karl wird", "karl"), ("lotte wordt", "lotte"),
    ("as Marco Rossi", "Marco Rossi"), ("Ewa zostaje", "Ewa"), ("becomes", None),
])
def test_the_person_without_the_verb_taken_along(typed: str, person: str | None) -> None:
    assert person_named(typed) == person
