"""Call reports as the bank's advisors across Europe type them: learner English ("I have
spoken with", "was not reachable", "has no need", "closed a contract") and Italian, French,
Spanish, Polish, Dutch, Swedish and German outcomes and dates. A no-answer is never read as
reached, a denied sale is no sale, and an open complaint is never closed by "not resolved"."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import parse_date, read_call
from knowledge.models.bank import Outcome

MONDAY = dt.date(2026, 11, 16)  # the eval bank's today

REPORTS = {
    Outcome.reached: [
        "I have spoken with Hanna Wagner, all is fine", "I could reach Hanna Wagner",
        "had contact with hanna wagner", "hanna wagner was reachable", "made contact with hanna",
        "I have phoned with hanna wagner", "I had hanna wagner on the phone",
        "I have had a phone call with hanna wagner", "hanna wagner was contacted, all fine",
        "ho parlato con Hanna Wagner, tutto bene", "hanna wagner raggiunta",
        "j'ai parlé avec Hanna Wagner, tout va bien", "hablé con Hanna Wagner, todo bien",
        "rozmawiałem z Hanną Wagner, wszystko ok", "hanna wagner bereikt, alles goed",
        "pratade med Hanna Wagner, allt bra", "hanna wagner gesproken",
    ],
    Outcome.no_answer: [
        "hanna wagner was not reachable", "I have not reached Hanna Wagner",
        "hanna wagner not reached", "nobody took the phone at hanna wagner",
        "hanna wagner did not take the phone", "hanna wagner: answering machine",
        "I spoke on the mailbox of hanna wagner", "could not speak with hanna wagner",
        "hanna wagner's line was occupied", "hanna wagner could not be reached",
        "hanna wagner did not respond", "hanna wagner didn't go to the phone",
        "hanna wagner has not answered", "hanna wagner doesn't take off",
        "I could not achieve her", "I couldn't get hanna wagner on the phone",
        "hanna wagner was not at home", "nobody has answered at hanna wagner",
        "Hanna Wagner non ha risposto", "hanna wagner non risponde, segreteria",
        "hanna wagner irraggiungibile", "hanna wagner ne répond pas",
        "Hanna Wagner n'a pas répondu", "hanna wagner injoignable, laissé un message",
        "hanna wagner no contesta", "hanna wagner no ha contestado, buzón de voz",
        "Hanna Wagner nie odbiera", "hanna wagner nie odebrała", "hanna wagner poczta glosowa",
        "Hanna Wagner niet bereikbaar", "hanna wagner neemt niet op", "geen gehoor bij hanna",
        "Hanna Wagner svarade inte", "hanna wagner röstbrevlåda", "hanna wagner nådde inte",
        "hanna wagner hebt nicht ab", "bei hanna wagner niemand abgehoben",
        "hanna wagner squilla ma nessuno risponde", "hanna wagner pas répondu",
        "hanna wagner no coge el teléfono",
    ],
    Outcome.not_interested: [
        "hanna wagner has no need", "hanna wagner sees no need", "hanna wagner wants nothing",
        "hanna wagner doesn't need anything", "she refused the offer", "hanna wagner refused",
        "hanna wagner is not in need of anything",
        "Hanna Wagner non è interessata", "hanna wagner non ha bisogno",
        "hanna wagner pas intéressée", "hanna wagner n'a pas besoin",
        "hanna wagner no está interesada", "hanna wagner no le interesa",
        "hanna wagner nie jest zainteresowana", "hanna wagner geen interesse",
        "hanna wagner heeft geen behoefte", "hanna wagner inte intresserad",
        "hanna wagner tackade nej", "hanna wagner braucht nichts", "hanna wagner ha detto di no",
        "hanna wagner a dit non", "hanna wagner nie ma potrzeby", "hanna wagner nee gezegd",
    ],
    Outcome.sale: [
        "hanna wagner has closed a contract for the fund", "concluded a contract with hanna",
        "hanna wagner: contract signed", "hanna wagner has taken the savings plan",
        "hanna wagner decided for the fund", "hanna wagner has taken out a loan",
        "hanna wagner has concluded the mortgage",
        "hanna wagner ha firmato il mutuo",
        "venduto a hanna wagner un fondo", "hanna wagner a signé le contrat",
        "hanna wagner a souscrit une assurance", "hanna wagner ha contratado el seguro",
        "hanna wagner kupiła fundusz", "hanna wagner podpisała umowę",
        "hanna wagner hypotheek afgesloten", "hanna wagner heeft getekend",
        "hanna wagner tecknade sparavtal", "hanna wagner köpte fonden",
        "hanna wagner hat den fonds gekauft",
    ],
}


@pytest.mark.parametrize(("text", "outcome"),
                         [(t, o) for o, texts in REPORTS.items() for t in texts])
def test_the_outcome_is_read_in_every_language(text: str, outcome: Outcome) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.explicit) == (outcome, True)


@pytest.mark.parametrize(("text", "day"), [
    ("made an appointment with hanna wagner for friday", dt.date(2026, 11, 20)),
    ("we have fixed a meeting with hanna wagner on the 3rd", dt.date(2026, 12, 3)),
    ("hanna wagner wants that I call her back tomorrow", dt.date(2026, 11, 17)),
    ("hanna wagner appuntamento venerdì alle 14h", dt.date(2026, 11, 20)),
    ("hanna wagner vuole un incontro dopodomani", dt.date(2026, 11, 18)),
    ("hanna wagner richiamare la prossima settimana", dt.date(2026, 11, 23)),
    ("hanna wagner rendez-vous jeudi 14h", dt.date(2026, 11, 19)),
    ("hanna wagner rdv dans 14 jours", dt.date(2026, 11, 30)),
    ("hanna wagner cita pasado mañana", dt.date(2026, 11, 18)),
    ("hanna wagner reunión el 3 de diciembre", dt.date(2026, 12, 3)),
    ("hanna wagner spotkanie w piątek o 10:30", dt.date(2026, 11, 20)),
    ("hanna wagner oddzwoni pojutrze", dt.date(2026, 11, 18)),
    ("hanna wagner spotkanie 3 grudnia", dt.date(2026, 12, 3)),
    ("hanna wagner afspraak volgende week", dt.date(2026, 11, 23)),
    ("hanna wagner terugbellen op donderdag", dt.date(2026, 11, 19)),
    ("hanna wagner möte på fredag kl 13", dt.date(2026, 11, 20)),
    ("hanna wagner ringa tillbaka om 14 dagar", dt.date(2026, 11, 30)),
    ("hanna wagner möte i övermorgon", dt.date(2026, 11, 18)),
    ("hanna wagner appuntamento venerdi", dt.date(2026, 11, 20)),  # typed without accents
    ("hanna wagner spotkanie w piatek", dt.date(2026, 11, 20)),
    ("hanna wagner appuntamento venerdì 4 dicembre", dt.date(2026, 12, 4)),
    ("hanna wagner cita viernes 4 de diciembre", dt.date(2026, 12, 4)),
    ("hanna wagner möte fredag den 4 december", dt.date(2026, 12, 4)),
    ("hanna wagner rdv jeudi 19", dt.date(2026, 11, 19)),
    ("hanna wagner spotkanie piątek 10:30", dt.date(2026, 11, 20)),  # a time, not the 10th
])
def test_a_meeting_is_read_with_its_date_in_every_language(text: str, day: dt.date) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day)


def test_a_weekday_that_is_not_the_dates_is_asked() -> None:
    report = read_call("hanna wagner appuntamento giovedì 4 dicembre", MONDAY)  # a Friday
    assert report.follow_up_on is None and report.date_unreadable


@pytest.mark.parametrize(("text", "outcome"), [
    ("spoke to hanna wagner, turned out she moved banks", Outcome.reached),
    ("spoke to hanna wagner, we couldn't achieve a better rate", Outcome.reached),
    ("spoke to hanna wagner, all fine, there is no need to follow up", Outcome.reached),
    ("hablé con hanna wagner, está muy ocupada con la mudanza", Outcome.reached),
    ("rozmawiałem z hanną wagner, była zajęta", Outcome.reached),
    ("hanna wagner línea ocupada", Outcome.no_answer),
    ("hanna wagner linea occupata", Outcome.no_answer),
    ("hanna wagner c'était occupé", Outcome.no_answer),
])
def test_a_busy_customer_is_no_busy_line(text: str, outcome: Outcome) -> None:
    assert read_call(text, MONDAY).outcome is outcome


@pytest.mark.parametrize("text", [
    "has taken a look at the offer", "has taken the time to listen", "nie kupiła nic",
    "non ha firmato", "n'a pas signé", "no ha comprado nada",
    "heeft niet getekend", "köpte inte fonden", "hat nicht unterschrieben",
])
def test_a_denied_sale_is_no_sale(text: str) -> None:
    assert read_call(f"hanna wagner {text}", MONDAY).outcome is not Outcome.sale


@pytest.mark.parametrize("text", [
    "never had her on the phone", "was never contacted", "never picked up",
    "nie rozmawiałem z nią", "non l'ho sentita", "pas parlé avec elle",
    "no he hablado con ella", "niet gesproken", "inte pratat med henne",
])
def test_a_denied_reach_is_never_reached(text: str) -> None:
    report = read_call(f"hanna wagner {text}", MONDAY)
    assert not (report.outcome is Outcome.reached and report.explicit)


@pytest.mark.parametrize(("text", "closed"), [
    ("the reclamation of hanna wagner is clarified", True),
    ("hanna wagner reclamo risolto", True),
    ("hanna wagner réclamation réglée", True),
    ("hanna wagner queja resuelta", True),
    ("hanna wagner reklamacja załatwiona", True),
    ("hanna wagner klacht opgelost", True),
    ("hanna wagner klagomål löst", True),
    ("hanna wagner complaint not resolved yet", False),
    ("hanna wagner reclamo non ancora risolto", False),
    ("hanna wagner réclamation pas encore réglée", False),
    ("hanna wagner reklamacja nie jest załatwiona", False),
    ("hanna wagner klacht nog niet opgelost", False),
    ("hanna wagner klagomål inte löst", False),
])
def test_a_complaint_is_closed_only_when_it_is_said_to_be_resolved(text: str,
                                                                  closed: bool) -> None:
    assert read_call(text, MONDAY).close_complaint is closed


@pytest.mark.parametrize(("phrase", "day"), [
    ("on friday", dt.date(2026, 11, 20)), ("mar 3", dt.date(2027, 3, 3)),
    ("3 mar", dt.date(2027, 3, 3)), ("next week", dt.date(2026, 11, 23)),
    ("morgen", dt.date(2026, 11, 17)),
])
def test_english_and_german_dates_read_as_before(phrase: str, day: dt.date) -> None:
    assert parse_date(phrase, MONDAY) == day


@pytest.mark.parametrize("text, product", [
    ("sofia berg köpte obligationsfonden i dag", "obligationsfonden"),
    ("jan de vries heeft het spaarplan vandaag gekocht", None),
    ("pani nowak kupiła fundusz dziś", None),
    ("tomasz ha comprato il fondo pensione oggi", "il fondo pensione"),
    ("sold the isa to olga this morning", None),
])
def test_today_in_any_language_is_when_the_sale_was_made_not_a_follow_up(
        text: str, product: str | None) -> None:
    # "idag", "vandaag", "dziś": the day of the call, never a follow-up set for today
    report = read_call(text, MONDAY)
    assert report.follow_up_on is None and not report.date_unreadable
    if product is not None:
        assert report.outcome is Outcome.sale and report.sale_of == product


@pytest.mark.parametrize("text", ["giulia neri - riunione", "réunion avec paul martin",
                                  "reunion demandée par luc petit"])
def test_a_meeting_in_italian_or_french_is_a_follow_up(text: str) -> None:
    report = read_call(text, MONDAY)
    assert report.outcome is Outcome.follow_up and report.explicit


@pytest.mark.parametrize("text", ["jan kowal - sprzedana lokata 12m",
                                  "kupiony fundusz obligacji, jan kowal"])
def test_a_polish_sale_said_in_the_passive_is_a_sale(text: str) -> None:
    report = read_call(text, MONDAY)
    assert report.outcome is Outcome.sale and report.explicit and report.sale_of


@pytest.mark.parametrize("text", ["rang olga berg, her son answered - she's in spain until thurs",
                                  "olga berg bis Donnerstag verreist, nicht erreicht",
                                  "olga berg na urlopie aż do czwartku, nie odbiera"])
def test_until_when_the_customer_is_away_is_no_follow_up_date(text: str) -> None:
    report = read_call(text, MONDAY)
    assert report.follow_up_on is None and report.outcome is Outcome.no_answer


def test_a_call_back_asked_for_after_the_absence_keeps_its_date() -> None:
    report = read_call("olga berg away until the 3rd, call her back then", MONDAY)
    assert report.outcome is Outcome.follow_up and report.follow_up_on == dt.date(2026, 12, 3)


@pytest.mark.parametrize(("text", "day"), [
    ("set up appt w olga berg on the 3rd", dt.date(2026, 12, 3)),   # "set": no settembre
    ("jan koch wants a meeting the 3rd", dt.date(2026, 12, 3)),     # "jan": a first name
    ("olga berg f/u the 3rd, she may come in", dt.date(2026, 12, 3)),
    ("olga berg meeting the 3rd - february i mean", dt.date(2027, 2, 3)),
])
def test_a_month_apart_from_the_day_only_by_a_name_that_is_no_everyday_word(
        text: str, day: dt.date) -> None:
    assert read_call(text, MONDAY).follow_up_on == day


@pytest.mark.parametrize(("text", "outcome"), [
    ("Jorge Ruiz no quiere nada, gracias", Outcome.not_interested),
    ("ana lópez: no necesita nada por ahora", Outcome.not_interested),
    ("llamé a Ana dos veces, nada", Outcome.no_answer),
])
def test_wanting_nothing_is_no_interest_not_no_answer(text: str, outcome: Outcome) -> None:
    assert read_call(text, MONDAY).outcome is outcome
