"""Feedback is the customer's statement: who speaks in a statement logged as feedback
(knowledge.feedback.speaker). The advisor's view about the customer, a colleague's view,
hearsay and talk about customers in general are no statement of theirs; a first-person
opinion with nobody else in it is unclear (asked); the customer's words, relayed however
("he told me …", "per ingrid: …", "a colleague heard her complain …"), are theirs."""

from __future__ import annotations

import pytest

from knowledge.feedback.speaker import second_hand, who_says

NAME = ("ingrid", "dahl")


@pytest.mark.parametrize("text", [
    "he told me the branch closes too early on saturdays",
    "client said the card PIN letter never came",
    "per ingrid: the statements are impossible to read",
    "dahl complained the hotline put her on hold for an hour",
    "my coworker at the desk said ingrid complained about the queue",
    "apparently she cant log into the app since tuesday",
    "er sagt die Überweisung dauert zu lange",
    "the card got blocked abroad again",
])
def test_the_customers_words_relayed_any_way_are_theirs(text: str) -> None:
    assert who_says(text, NAME).speaker == "customer"


@pytest.mark.parametrize("text, speaker", [
    ("imo she'd do better with the bond fund", "advisor"),
    ("i reckon he is overpaying on the loan", "advisor"),
    ("meiner Meinung nach sollte sie umschichten", "advisor"),
    ("our team lead thinks the new fees will drive people away", "colleague"),
    ("according to the back office the transfers are slow this week", "colleague"),
    ("rumour is loads of people hate the redesign", "hearsay"),
    ("many customers find the new statements confusing", "hearsay"),
    ("my cousin said the branch queue was endless", "hearsay"),
    ("mijn buurman zegt dat de app traag is", "hearsay"),
    ("tbh the mobile app is a mess", "unclear"),
    ("i find the fee letter hard to follow", "unclear"),
    ("totally agree w her tbh, the statements are unreadable", "advisor"),
    ("perso je trouve les frais trop élevés", "unclear"),
])
def test_views_that_are_not_the_customers(text: str, speaker: str) -> None:
    assert who_says(text, NAME).speaker == speaker


@pytest.mark.parametrize("text", [
    "customers really hate the new overdraft letters",
    "ppl at the counter said clients are fed up with the queue",
    "got told by the teller that people keep complaining abt the app",
    "our clients are annoyed by the card fee",
    "folks keep asking why the transfer limit dropped",
])
def test_customers_at_large_are_nobodys_statement(text: str) -> None:
    assert who_says(text).speaker in ("hearsay", "colleague")


@pytest.mark.parametrize("text", [
    "customer says the app logs her out",
    "the new statements are too hard to read, your fees are hidden",
])
def test_one_customers_words_with_nobody_named_stay_theirs(text: str) -> None:
    assert who_says(text).speaker == "customer"


@pytest.mark.parametrize("text", [
    "dahl would probably hate the new overdraft letter",
    "i bet she's gonna moan about the card fee",
    "she might be annoyed by the branch closing",
    "wondering whether ingrid likes the app redesign",
])
def test_a_guess_about_the_customer_is_asked_about(text: str) -> None:
    assert who_says(text, NAME).speaker == "unclear"


@pytest.mark.parametrize("text", [
    "she'd like her statements on paper again",
    "ingrid told me she might move her savings if the rate drops",
    "she couldnt open the pdf statement",
])
def test_a_wish_or_a_relayed_maybe_stays_theirs(text: str) -> None:
    assert who_says(text, NAME).speaker == "customer"



@pytest.mark.parametrize("text", [
    "heard from the team lead that dahl is fed up with the card fees",
    "kollegan sa att ingrid tycker att appen är krånglig",
    "mein Kollege hat gesagt, Frau Dahl findet die Gebühren zu hoch",
    "ma collègue m'a dit que ingrid trouve l'appli lente",
    "vielleicht findet ingrid die neue app auch zu kompliziert",
    "może dahl będzie narzekać na prowizje, zobaczymy",
    "ingrid might grumble about the fee, we'll see",
])
def test_a_view_passed_on_or_a_maybe_in_no_request_for_feedback_is_asked_about(
        text: str) -> None:
    assert second_hand(text) is not None


@pytest.mark.parametrize("text", [
    "my coworker said ingrid complained about the queue, please log it as feedback",
    "ingrid said the app is slow",
    "dahl complained the hotline put her on hold",
])
def test_the_customers_own_words_or_a_request_to_log_are_not_second_hand(text: str) -> None:
    assert second_hand(text) is None
