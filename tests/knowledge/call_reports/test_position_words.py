"""Places of the call list in the advisors' own languages, never a date, a time or an ordinal
of something else."""

from __future__ import annotations

import pytest

from knowledge.call_reports.positions import position_in


@pytest.mark.parametrize(("text", "place"), [
    ("il primo: raggiunto, reclamo risolto 👍", 1), ("la seconda non risponde", 2),
    ("le 3 : répondeur", 3), ("le 4 ok, rdv mercredi prochain", 4),
    ("et le 1 — litige réglé", 1), ("der dritte hat nicht abgenommen", 3),
    ("die erste: erreicht", 1), ("el segundo: no contesta", 2), ("de tweede neemt niet op", 2),
    ("den andra svarade inte", 2), ("numero 2 non risponde", 2), ("Nummer 5 erreicht", 5),
    ("n° 3 injoignable", 3), ("il 3 non risponde", 3),
])
def test_a_place_of_the_list(text: str, place: int) -> None:
    assert position_in(text)[0] == place


@pytest.mark.parametrize("text", [
    "rdv le 3 décembre", "el 3 de marzo a las 10", "rdv le 3 à 10h", "la prima volta che chiamo",
    "die erste Rate ist fällig", "la première fois", "secondo me va bene", "le 12/11 à 14h",
])
def test_no_place_of_the_list(text: str) -> None:
    assert position_in(text)[0] is None


@pytest.mark.parametrize(("text", "place"), [("le 4e : répondeur", 4),
                                             ("et le 2e, pas intéressé", 2),
                                             ("3. nie odbiera", 3), ("2. erreicht, alles gut", 2),
                                             ("3 - voicemail", 3), ("4) reached, all good", 4)])
def test_a_place_with_its_ordinal_ending_or_stop(text: str, place: int) -> None:
    assert position_in(text)[0] == place


@pytest.mark.parametrize("text", ["le 2e étage est fermé", "le 1er janvier", "3. Dezember passt",
                                  "2.12. termin", "le 4e mois", "10:30 call with anna",
                                  "2 - 3 weeks from now"])
def test_a_date_or_a_floor_is_no_place(text: str) -> None:
    assert position_in(text)[0] is None


@pytest.mark.parametrize(("text", "place"), [
    ("femman: vill ha möte på tisdag", 5),          # Swedish: the place as a noun
    ("ringde tvåan, inget svar", 2),
    ("siódma nie odbiera", 7),                       # Polish: no article
    ("ósmy z listy: spotkanie w środę", 8),
    ("vierte auf der Liste – Mailbox", 4),           # alone, before a dash or "on the list"
    ("sesto: non raggiungibile", 6),
    ("la neuvième de la liste ne répond pas", 9),
    ("Nr. 7 nicht erreicht", 7),
])
def test_places_without_an_article_or_as_a_noun(text: str, place: int) -> None:
    assert position_in(text)[0] == place


@pytest.mark.parametrize("text", [
    "drugi raz nie odbiera",             # the second time
    "Anna Nowak, pierwsza rata zapłacona",  # the first instalment
    "secondo me non è interessato",      # in my opinion
    "prima di Natale richiamare",        # before Christmas
    "andra kunder har samma fråga",      # other customers
    "Karin Svensson svarade inte",
])
def test_words_that_only_look_like_places(text: str) -> None:
    assert position_in(text)[2] is None


@pytest.mark.parametrize(("text", "place"), [
    ("2. – afspraak op vrijdag", 2), ("5.: nicht erreicht", 5), ("4° - non risponde", 4),
    ("1. — rdv mardi", 1), ("6. - no contesta", 6), ("3. – möte på fredag", 3),
])
def test_a_place_with_both_a_stop_and_a_dash(text: str, place: int) -> None:
    assert position_in(text)[0] == place


@pytest.mark.parametrize("text", ["3. - 4. Dez termin", "5. – 6. Dezember", "1.12. – rdv"])
def test_a_span_of_days_is_no_place(text: str) -> None:
    assert position_in(text)[0] is None
