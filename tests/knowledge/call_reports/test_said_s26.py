"""knowledge.call_reports.said: outcome words of round s26 (issue #14), each in wording of its
own. AS_OF is Monday 2026-06-15."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome
from tests.knowledge.call_list.factory import AS_OF


@pytest.mark.parametrize("text", [
    "tried lena twice, line engaged both times",
    "rang him 3 times, was engaged again",
    "number still engaged all morning",
])
def test_an_engaged_line_is_no_answer(text: str) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.explicit) == (Outcome.no_answer, True)


@pytest.mark.parametrize("text", [
    "she got engaged last month, wants to add her fiance to the account",
    "he is engaged with the offer, likes it",
])
def test_engaged_to_someone_is_no_unanswered_call(text: str) -> None:
    assert read_call(text, AS_OF).outcome is not Outcome.no_answer


@pytest.mark.parametrize("text", [
    "resolved? no. he still hasn't got his replacement card",
    "she never got her refund",
    "they got them the wrong statement again",
])
def test_a_thing_got_is_no_call_that_got_through(text: str) -> None:
    assert not read_call(text, AS_OF).explicit


@pytest.mark.parametrize("text", ["2nd try - got him! all good", "got her on the phone at last",
                                  "lena - got her"])
def test_got_her_is_still_reached(text: str) -> None:
    assert read_call(text, AS_OF).outcome is Outcome.reached


@pytest.mark.parametrize("text", [
    "no interest from dieter. scratch that, he would like the brochure sent",
    "not interested - no wait, she wants more information by email",
])
def test_a_refusal_taken_back_for_a_request_is_a_call_that_got_through(text: str) -> None:
    report = read_call(text, AS_OF)
    assert report.outcome is Outcome.reached and report.taken_back


@pytest.mark.parametrize("text", ["dieter braun: nope, not for now", "not right now, she said"])
def test_not_for_now_is_not_interested(text: str) -> None:
    assert read_call(text, AS_OF).outcome is Outcome.not_interested


@pytest.mark.parametrize(("text", "day"), [
    ("appt with lena on the 17th - sorry 18th", dt.date(2026, 6, 18)),
    ("meeting the 22nd, no, 23rd", dt.date(2026, 6, 23)),
])
def test_a_bare_day_after_a_date_taken_back_is_the_day_meant(text: str, day: dt.date) -> None:
    report = read_call(text, AS_OF)
    assert (report.follow_up_on, report.taken_back) == (day, True)


def test_two_days_named_without_a_take_back_keep_the_first() -> None:
    assert read_call("meeting the 22nd, 23rd works too", AS_OF).follow_up_on == dt.date(
        2026, 6, 22)


@pytest.mark.parametrize(("text", "outcome"), [
    ("raeched dieter braun, all good", Outcome.reached),
    ("reachd him at last", Outcome.reached),
    ("she never picked up, tried her mobile too", Outcome.no_answer),
    ("wanted to talk about the isa but he never answered", Outcome.no_answer),
    ("closed a mortgage with lena today", Outcome.sale),
    ("closed the 6m term deposit w dieter", Outcome.sale),
])
def test_outcomes_in_more_words(text: str, outcome: Outcome) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.explicit) == (outcome, True)


@pytest.mark.parametrize("text", ["she closed the fund, moving to another bank",
                                  "closed his savings account, unhappy"])
def test_a_customer_closing_a_product_is_no_sale(text: str) -> None:
    assert read_call(text, AS_OF).outcome is not Outcome.sale


def test_a_visit_a_customer_named_will_make_is_a_follow_up() -> None:
    report = read_call("lena fischer will drop by thurs re the forms", AS_OF)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, dt.date(2026, 6, 18))


@pytest.mark.parametrize(("text", "day"), [("appt 6/30", dt.date(2026, 6, 30)),
                                           ("appt 30/6", dt.date(2026, 6, 30)),
                                           ("appt 20/6", dt.date(2026, 6, 20))])
def test_a_slash_date_is_day_first_unless_no_month_fits(text: str, day: dt.date) -> None:
    assert read_call(text, AS_OF).follow_up_on == day


@pytest.mark.parametrize("text", [
    "reached greta lang, her son is engaged, wants a loan for the wedding",
    "spoke to piet de vries - he was engaged and keen on the fund",
    "Talked to Lena Fischer, she is engaged now",
])
def test_a_person_engaged_in_a_call_that_got_through_is_no_unanswered_call(text: str) -> None:
    assert read_call(text, AS_OF).outcome is not Outcome.no_answer


@pytest.mark.parametrize("text", ["tried dieter, it was engaged", "lena braun: still engaged.",
                                  "rang the mobile twice - was engaged"])
def test_the_line_engaged_is_still_no_answer(text: str) -> None:
    assert read_call(text, AS_OF).outcome is Outcome.no_answer


@pytest.mark.parametrize("text", [
    "greta lang: he's closed the deposit, moving to another bank",
    "reached lena fischer, she just closed the fund",
    "spoke to dieter braun, client closed the savings plan",
    "piet de vries closed the mortgage last month",
])
def test_a_customer_who_closed_a_product_made_no_sale(text: str) -> None:
    assert read_call(text, AS_OF).outcome is not Outcome.sale


@pytest.mark.parametrize("text", ["reached lena, i closed the term deposit with her",
                                  "dieter - closed a mortgage today"])
def test_the_advisor_closing_a_product_is_still_a_sale(text: str) -> None:
    assert read_call(text, AS_OF).outcome is Outcome.sale


@pytest.mark.parametrize(("text", "day"), [
    ("reached greta lang, not right now, call back next week", dt.date(2026, 6, 22)),
    ("Dieter: not for now - call him back on friday", dt.date(2026, 6, 19)),
])
def test_not_now_with_a_call_back_is_that_follow_up(text: str, day: dt.date) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day)


@pytest.mark.parametrize("text", ["reached lena fischer - the card will come in the post",
                                  "spoke to dieter, the new rate will come in lower",
                                  "reached piet, it will come in on its own"])
def test_a_thing_that_will_come_in_is_no_visit(text: str) -> None:
    assert read_call(text, AS_OF).outcome is Outcome.reached


@pytest.mark.parametrize("text", ["need more info on greta lang",
                                  "i would like the details of dieter braun"])
def test_the_advisors_own_request_for_details_is_no_call(text: str) -> None:
    assert not read_call(text, AS_OF).explicit


@pytest.mark.parametrize(("text", "day"), [
    ("reached lena, appt on the 3rd of august - sorry 4th", dt.date(2026, 8, 4)),
    ("dieter: meeting the 2nd of next month, no, 3rd", dt.date(2026, 7, 3)),
    ("Greta - the first of september, sorry 2nd", dt.date(2026, 9, 2)),
])
def test_a_bare_day_taken_back_keeps_the_month_of_the_date_it_corrects(
        text: str, day: dt.date) -> None:
    report = read_call(text, AS_OF)
    assert (report.follow_up_on, report.taken_back) == (day, True)


@pytest.mark.parametrize(("text", "sale"), [
    ("Lena Fischer has closed a 12m term deposit", True),
    ("we have closed the mortgage with dieter today", True),
    ("greta lang: she has closed the fund, moving banks", False),
    ("dieter braun - they have closed the savings plan", False),
])
def test_has_closed_is_a_sale_only_when_no_customer_pronoun_is_its_subject(text: str,
                                                                            sale: bool) -> None:
    assert (read_call(text, AS_OF).outcome is Outcome.sale) is sale


@pytest.mark.parametrize(("text", "product"), [
    ("rita martini opened savings", "savings"),
    ("Jan opened isa today", "isa"),
    ("she opened term deposit 12m", "term deposit"),
])
def test_opened_and_a_product_without_an_article_is_a_sale(text: str, product: str) -> None:
    said = read_call(text, dt.date(2026, 11, 16))
    assert said.explicit and said.outcome.value == "sale", said
    assert (said.sale_of or "").lower().startswith(product)


def test_opened_and_no_product_is_no_sale_without_an_article() -> None:
    said = read_call("she opened up about her worries", dt.date(2026, 11, 16))
    assert said.outcome.value != "sale", said
