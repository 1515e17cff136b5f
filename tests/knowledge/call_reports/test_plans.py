"""knowledge.call_reports.plans: the advisor's plan or question is no call report; a customer's
threat reported by the advisor is no plan of the advisor's."""

from __future__ import annotations

import pytest

from knowledge.call_reports.plans import plan_or_question


@pytest.mark.parametrize("text", ["will call greta müller tomorrow",
                                  "need to cb laura sanchez at some point this week",
                                  "will close greta klein's complaint once the refund lands"])
def test_the_advisors_plan_is_a_plan(text: str) -> None:
    assert plan_or_question(text) == "plan"


@pytest.mark.parametrize("text", ["will close the account if fees go up",
                                  "going to close her account over the fees",
                                  "I will close my account"])
def test_a_customer_closing_an_account_is_no_plan_of_the_advisors(text: str) -> None:
    assert plan_or_question(text) is None


# The advisors' other languages: a plan said in the present, a note to self, a hypothetical,
# a greeting (knowledge.call_reports.plan_words).
@pytest.mark.parametrize("text", [
    "domani richiamo giulia bianchi", "Domani sento il signor Conti",
    "morgen rufe ich anna lange an", "Morgen ruf ich Frau Weber an",
    "jutro dzwonię do pani Kowalskiej", "Zadzwonię do Jana Nowaka w piątek",
    "demain j'appelle Sophie Martin", "Mañana llamo a Lucía Gómez",
    "imorgon ringer jag Sven Berg", "ik bel Pieter de Vries morgen",
    "I call lena strand tomorrow", "tomorrow we meet Hans Keller",
    "to do: send rita the brochure, call back friday", "Todo for me - c44 call back monday",
    "da fare: richiamare Rossi", "à faire : rappeler Mme Dubois jeudi",
    "Zu erledigen: Herrn Maier zurückrufen", "note to self: ring Olaf wednesday",
])
def test_a_plan_in_other_words_is_a_plan(text: str) -> None:
    assert plan_or_question(text) == "plan"


@pytest.mark.parametrize("text", [
    "imagine greta klein says no to the loan, what then?",
    "Suppose Tom Berg declines the offer - any alternative?",
    "what if piotr nowak wants to leave",
    "angenommen Frau Lange lehnt ab, was biete ich an?",
    "Supponiamo che Rossi rifiuti il fondo", "et si Mme Martin refuse ?",
])
def test_a_hypothetical_is_no_report(text: str) -> None:
    assert plan_or_question(text) == "hypothetical"


@pytest.mark.parametrize("text", [
    "greetings to anna lange if you see her", "Have a nice day and say hi to Olaf Berg",
    "tanti saluti a Dimitra e buona giornata", "Grüße an Frau Lange, schönen Tag noch",
    "pozdrowienia dla pana Nowaka",
])
def test_a_greeting_is_no_report(text: str) -> None:
    assert plan_or_question(text) == "greeting"


@pytest.mark.parametrize("text", [
    "chiamato Rossi, tutto ok", "Rossi non risponde, richiamo domani",
    "today I spoke with Anna Lange", "reached anna lange, greetings to her husband",
    "buona giornata! Rossi non risponde", "I see, she wants a meeting tomorrow",
    "Heute ich habe Frau Lange erreicht", "anna lange reached, have a nice day",
    "sold greta a fund, she will call back tomorrow",
])
def test_a_report_with_such_words_is_still_a_report(text: str) -> None:
    assert plan_or_question(text) is None
