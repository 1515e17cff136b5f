"""Call reports in the advisors' other languages (round s32): a talk said as "we spoke" or
"nothing to report", a refusal in the past tense, an ordinal without its article or a number
with its ordinal mark, the morning of the call ("esta mañana"), a sale named by its noun, and
an undo with its pronoun joined on or the wrong customer given as the reason."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.positions import position_in
from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome
from knowledge.writes.take_back_words import is_take_back
from knowledge.writes.unsure import unsure_about

MONDAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("text", [
    "on s'est appelés ce matin, RAS", "abbiamo parlato, nulla da segnalare",
    "hemos hablado, nada que comentar", "vi hördes igår, inget särskilt",
    "we hebben even gebeld, niks bijzonders", "rozmawialiśmy, nic szczególnego",
    "Kontakt gehabt, keine Besonderheiten", "hablamos un rato, nada nuevo",
])
def test_a_talk_said_in_other_words_is_a_contact_made(text: str) -> None:
    report = read_call(text, MONDAY)
    assert report.explicit and report.outcome is Outcome.reached, report


def test_spanish_nothing_at_the_end_of_a_try_is_still_no_answer() -> None:
    assert read_call("la llamé dos veces, nada", MONDAY).outcome is Outcome.no_answer


@pytest.mark.parametrize("text", [
    "nie była zainteresowana ofertą", "non era interessata al fondo",
    "no estaba interesada en el seguro", "nie byli zainteresowani",
])
def test_a_refusal_in_the_past_tense_is_not_interested(text: str) -> None:
    report = read_call(text, MONDAY)
    assert report.outcome is Outcome.not_interested and report.explicit, report


@pytest.mark.parametrize(("text", "place"), [
    ("sjätte svarade inte", 6), ("vierte nicht erreicht", 4), ("zesde neemt niet op", 6),
    ("sesto non risponde", 6), ("cuarta no contesta", 4), ("la 4ª: buzón", 4),
    ("il 2° ha risposto, tutto ok", 2), ("den 4:e köpte fonden", 4), ("die 4. Mailbox", 4),
    ("de 3e heeft geen interesse", 3), ("2:a svarade inte", 2),
])
def test_a_place_without_its_article_or_with_its_mark(text: str, place: int) -> None:
    assert position_in(text)[0] == place


@pytest.mark.parametrize("text", [
    "den 4. Dezember Termin", "le 3e étage est fermé", "andra kunder svarade inte",
    "prima di tutto: non risponde", "Termin am 4. nicht möglich", "de 5 euro kosten",
])
def test_no_place_where_the_number_or_word_is_something_else(text: str) -> None:
    assert position_in(text)[0] is None


@pytest.mark.parametrize("text", ["la llamé esta mañana, todo bien",
                                  "gestern Morgen mit ihm gesprochen, alles gut"])
def test_the_morning_of_the_call_is_no_follow_up(text: str) -> None:
    report = read_call(text, MONDAY)
    assert report.follow_up_on is None and report.outcome is Outcome.reached, report


def test_tomorrow_in_spanish_is_still_tomorrow() -> None:
    assert read_call("quiere una cita mañana", MONDAY).follow_up_on == dt.date(2026, 11, 24)


@pytest.mark.parametrize("text", [
    "Verkauf: Sparplan an Maria Keller", "Abschluss mit Jonas Weber - Bausparvertrag",
    "vente : livret A à Maria Keller", "venta: plan de pensiones a Jonas",
    "sprzedaż: konto oszczędnościowe dla Marii", "verkoop: spaarrekening aan Jonas",
])
def test_a_sale_headed_by_its_noun(text: str) -> None:
    report = read_call(text, MONDAY)
    assert report.outcome is Outcome.sale and report.explicit, report


def test_no_sale_denied_by_its_noun() -> None:
    assert read_call("kein Abschluss mit ihr, kein Interesse", MONDAY).outcome is not Outcome.sale


@pytest.mark.parametrize("text", [
    "bórralo, me he equivocado de cliente", "annule-la svp, je me suis trompé de client",
    "cancellalo per favore", "cofnij to, pomyliłam klienta", "elimínalo porfa",
])
def test_an_undo_with_its_pronoun_or_its_reason(text: str) -> None:
    assert is_take_back(text)


def test_german_will_is_wanting_not_a_plan() -> None:
    doubt = unsure_about("er will einen Rückruf am Donnerstag", consumed=[], names=[])
    assert doubt is None or doubt.kind != "plan", doubt


@pytest.mark.parametrize("text", ["Rückruf nächsten Donnerstag", "spotkanie w przyszły czwartek",
                                  "rappeler jeudi prochain", "cita el jueves que viene",
                                  "möte nästa torsdag", "terugbellen volgende donderdag"])
def test_next_and_a_weekday_abroad_is_next_weeks(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on == dt.date(2026, 12, 3)


@pytest.mark.parametrize("text", ["rappeler jeudi", "Rückruf kommenden Donnerstag",
                                  "komende donderdag terugbellen"])
def test_a_weekday_alone_or_the_coming_one_abroad_is_this_weeks(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on == dt.date(2026, 11, 26)


@pytest.mark.parametrize("text", ["Wiedervorlage Maria Keller Donnerstag 3.12.",
                                  "Termin am Donnerstag, den 3.12."])
def test_a_german_weekday_with_its_date_is_that_date(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on == dt.date(2026, 12, 3)


@pytest.mark.parametrize("text", ["Gespräch vom Donnerstag: erreicht, alles gut",
                                  "w zeszły czwartek rozmawiałem z nim, wszystko ok",
                                  "afgelopen donderdag gesproken, alles goed"])
def test_the_day_of_a_call_made_earlier_is_no_follow_up(text: str) -> None:
    report = read_call(text, MONDAY)
    assert report.follow_up_on is None and report.outcome is Outcome.reached, report


@pytest.mark.parametrize(("text", "who"), [
    ("opinia klienta Jan Nowak: przelewy trwają za długo", "Jan Nowak"),
    ("Rückmeldung des Kunden Jonas Weber: Kontoauszüge kommen zu spät", "Jonas Weber"),
    ("retour du client Maria Keller : l'appli plante", "Maria Keller"),
    ("klacht van klant Eva de Vries: app traag", "Eva de Vries"),
])
def test_a_statement_headed_with_the_customer_noun(text: str, who: str) -> None:
    from knowledge.feedback.headed import headed

    found = headed(text)
    assert found is not None and found.customer == who, found


@pytest.mark.parametrize("text", [
    "era fuori, non c'era nessuno", "Maria non era a casa", "er war nicht zu Hause",
    "elle n'était pas chez elle", "no estaba en casa", "nie było go w domu",
    "was er niet, morgen opnieuw", "hon var inte hemma",
])
def test_not_at_home_is_no_answer(text: str) -> None:
    assert read_call(text, MONDAY).outcome is Outcome.no_answer


@pytest.mark.parametrize("text", ["er ist nicht daran interessiert", "no estaba interesado"])
def test_not_at_home_words_inside_a_refusal_are_no_no_answer(text: str) -> None:
    assert read_call(text, MONDAY).outcome is not Outcome.no_answer


@pytest.mark.parametrize("text", [
    "potresti annullarlo?", "pouvez-vous supprimer le dernier appel ?", "podrías borrarlo?",
    "możesz usunąć ostatni wpis?", "kunt u dat verwijderen?", "kan ni radera det?",
    "könnten Sie das stornieren?", "mach es bitte rückgängig", "would you revert it pls",
])
def test_an_undo_asked_politely_as_a_question(text: str) -> None:
    assert is_take_back(text)


@pytest.mark.parametrize("text", ["could you undo that and log jonas as reached",
                                  "can you delete the card theme?", "is it deleted?"])
def test_a_question_that_asks_more_than_an_undo_is_none(text: str) -> None:
    assert not is_take_back(text)


@pytest.mark.parametrize(("text", "answer"), [
    ("ja, stimmt so", "yes"), ("oui, parfait", "yes"), ("sì certo, va bene", "yes"),
    ("sí, perfecto", "yes"), ("tak, dokładnie", "yes"), ("ja, klopt hoor", None),
    ("ja precis", "yes"), ("nein, nicht richtig", "no"), ("non, c'est faux", "no"),
    ("nee, verkeerd", "no"), ("nej, det stämmer inte", None), ("no, mal", "no"),
    ("sí pero el jueves", None), ("nein, Donnerstag", None),
])
def test_a_plain_yes_or_no_in_two_words_of_the_language(text: str, answer: str | None) -> None:
    from knowledge.writes.pending import plain_answer

    assert plain_answer(text) == answer


@pytest.mark.parametrize("text", ["richiamare tra tre settimane", "rappeler dans trois semaines",
                                  "terugbellen over drie weken", "ring om tre veckor",
                                  "volver a llamar dentro de tres semanas"])
def test_a_count_of_weeks_written_as_a_word(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on == dt.date(2026, 12, 14)
