"""knowledge.call_reports.said on call notes whose words name something else than a next step:
a customer leaving the bank (its date is when they leave), a meeting that already took place.
Today is Monday 2026-11-16."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

MONDAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize("text", [
    "Spoke to marcin kowalski, he's moving to another bank next month",
    "marcin kowalski is switching banks in january",
    "spoke w marcin kowalski - moving everything to a different bank",
    "reached marcin kowalski, closing all his accounts end of month",
    "marcin kowalski leaving us next week, transferring his savings to another bank",
    "Marcin Kowalski wechselt die Bank nächsten Monat",
])
def test_a_customer_leaving_is_no_interest_shown_first_and_no_follow_up(text: str) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.explicit, report.follow_up_on) == (
        Outcome.not_interested, False, None)


def test_a_customer_moving_a_product_to_us_is_not_leaving() -> None:
    report = read_call("spoke to marcin kowalski, wants to move his mortgage to us, meeting "
                       "next week", MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, dt.date(2026, 11, 23))


@pytest.mark.parametrize("text", [
    "Had a quick word with Jürgen Fischer after his appointment downstairs. Asked about the "
    "new app, showed him where the statements are. He was happy with that. Nothing else "
    "needed.",
    "spoke to jürgen fischer after her meeting with the mortgage team, all fine",
    "had a meeting with jürgen fischer today, happy with everything",
    "reached jürgen fischer following his appointment, nothing needed",
    "caught jürgen fischer during his appointment, all good",
])
def test_a_meeting_that_already_took_place_is_no_follow_up(text: str) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.reached, None)


def test_a_meeting_wanted_after_one_that_took_place_is_still_a_follow_up() -> None:
    report = read_call("saw jürgen fischer after his appointment, wants an appointment next "
                       "week", MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, dt.date(2026, 11, 23))


@pytest.mark.parametrize(("text", "outcome"), [
    ("Managed to get hold of camille chevalier in the end 🙂", Outcome.reached),
    ("finally got camille chevalier, all fine", Outcome.reached),
    ("was able to reach camille chevalier after lunch", Outcome.reached),
    ("spoke to giulia ferrari, we didn't reach a decision yet", Outcome.reached),
    ("i did not actually manage to reach giulia ferrari today", Outcome.no_answer),
    ("didnt manage to reach giulia ferrari", Outcome.no_answer),
    ("wasn't able to get hold of giulia ferrari", Outcome.no_answer),
    ("couldnt really get through to giulia ferrari", Outcome.no_answer),
    ("line dead for johan schroder both times, will try tmrw", Outcome.no_answer),
])
def test_getting_through_or_not_in_other_words(text: str, outcome: Outcome) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.explicit) == (outcome, True)


@pytest.mark.parametrize("text", ["📞❌ anna ferrari", "anna ferrari ❌📞", "📵 anna ferrari",
                                  "☎️❌ anna ferrari"])
def test_a_phone_crossed_out_is_no_answer(text: str) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.explicit) == (Outcome.no_answer, True)


@pytest.mark.parametrize(("text", "outcome"), [
    ("Wolfgang schmidt hat den Fonds gekauft", Outcome.sale),
    ("wolfgang schmidt kauft den ETF", Outcome.sale),
    ("Pas intéressé - camille chevalier", Outcome.not_interested),
    ("camille chevalier pas interessee", Outcome.not_interested),
    ("cristina perez no le interesa", Outcome.not_interested),
    ("pas de réponse - camille chevalier", Outcome.no_answer),
    ("cristina perez no contesta", Outcome.no_answer),
])
def test_outcomes_in_the_languages_of_a_mixed_team(text: str, outcome: Outcome) -> None:
    assert read_call(text, MONDAY).outcome is outcome


@pytest.mark.parametrize("text", [
    "cristina perez said she'd think about it",
    "cristina perez will sleep on it",
    "spoke to cristina perez, she is thinking it over",
    "Sent her the forms. She said she'd think about it",
])
def test_undecided_is_a_call_that_got_through_not_a_no(text: str) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.not_interested, report.follow_up_on) == (
        Outcome.reached, False, None)


@pytest.mark.parametrize(("text", "day"), [
    ("Ilse Jansen wants to come in Mo 23.", dt.date(2026, 11, 23)),
    ("heinrich schröder Mo 23. 10 Uhr", dt.date(2026, 11, 23)),
    ("termin mit heinrich schröder am Fr 4.12.", dt.date(2026, 12, 4)),
    ("heinrich schröder will vorbeikommen Mi 18.", dt.date(2026, 11, 18)),
    ("ilse jansen will pop in friday", dt.date(2026, 11, 20)),
])
def test_a_visit_wanted_on_a_german_short_weekday_and_day(text: str, day: dt.date) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day)


def test_a_german_short_weekday_that_is_not_the_days_is_asked() -> None:
    report = read_call("termin Di 23.", MONDAY)  # the 23rd is a Monday
    assert report.follow_up_on is None and report.date_unreadable


@pytest.mark.parametrize(("text", "outcome"), [
    ("9:10 no answer, 11:30 reached marieke visser, all sorted", Outcome.reached),
    ("9:10am reached marieke visser, 11:30am no answer when i called back", Outcome.reached),
    ("9.10 no answer, 11.30 no answer again - marieke visser", Outcome.no_answer),
    ("09:00 vm marieke visser; 14:15 spoke to her, wants a meeting friday", Outcome.follow_up),
])
def test_attempts_stamped_with_times_the_one_that_got_through_stands(
        text: str, outcome: Outcome) -> None:
    assert read_call(text, MONDAY).outcome is outcome


def test_a_date_and_a_time_are_no_attempts() -> None:
    report = read_call("marieke visser wants a meeting 23.11. 10:30", MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, dt.date(2026, 11, 23))


@pytest.mark.parametrize("text", ["reached ilse jansen, asked about the drop in rates",
                                  "reached ilse jansen, said the money should come in by then"])
def test_money_or_rates_coming_in_is_no_visit(text: str) -> None:
    assert read_call(text, MONDAY).outcome is Outcome.reached
