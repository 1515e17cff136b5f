"""The call list by position in the advisors' own languages ("il primo: raggiunto", "le 3 :
répondeur", "der dritte hat nicht abgenommen", "la seconda non risponde"), whatever intent the
NLU gives: that place of the list as shown, checked in the database; a date after an article
("rdv le 3 décembre") names no place."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from actions.call_list import ActionLogCall
from actions.writes import ActionFallback
from tests.actions.call_list.test_positions import Chat, _calls


@pytest.mark.parametrize(("text", "place", "outcome"), [
    ("il primo: raggiunto, tutto a posto", 1, "reached"),
    ("la seconda non risponde", 2, "no_answer"),
    ("le 3 : répondeur", 3, "no_answer"),
    ("der dritte hat nicht abgenommen", 3, "no_answer"),
    ("el segundo: no contesta", 2, "no_answer"),
    ("de tweede neemt niet op", 2, "no_answer"),
])
async def test_a_position_in_the_advisors_language_logs_that_customers_call(
        bank: Engine, text: str, place: int, outcome: str) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionFallback(), "nlu_fallback")
    if any(s.endswith("OK?") for s in said):
        said += await chat.yes()
    assert _calls(bank) == [(chat.listed[place - 1], outcome, None)], said


async def test_a_date_after_an_article_names_no_place(bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say("rappeler Mme Roux le 3 décembre", ActionLogCall(),
                          "log_call_outcome")
    assert all(c[0] not in chat.listed[2:3] for c in _calls(bank)), said


@pytest.mark.parametrize(("text", "place", "outcome"), [
    ("ettan svarade inte", 1, "no_answer"),           # Swedish: the place as a noun
    ("ringde trean, ej intresserad", 3, "not_interested"),
    ("czwarta: nie odbiera", 4, "no_answer"),          # Polish: no article
    ("druga z listy nie odebrała", 2, "no_answer"),
    ("zweite auf der Liste: nicht erreicht", 2, "no_answer"),
    ("n. 3 non risponde", 3, "no_answer"),
    ("tercero - no contesta", 3, "no_answer"),
])
async def test_a_place_without_an_article_or_as_a_noun_logs_that_customers_call(
        bank: Engine, text: str, place: int, outcome: str) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionLogCall(), "log_call_outcome")
    if any(s.endswith("OK?") for s in said):
        said += await chat.yes()
    assert _calls(bank) == [(chat.listed[place - 1], outcome, None)], said


@pytest.mark.parametrize("text", ["la 2e : répondeur", "trzeci nie odbiera", "fyran svarade inte",
                                  "#4 vm"])
async def test_a_place_of_no_list_shown_is_asked_not_searched_as_a_name(
        bank: Engine, text: str) -> None:
    chat = Chat()
    said = await chat.say(text, ActionLogCall(), "log_call_outcome")
    assert _calls(bank) == [], said
    assert "call list" in said and "Nothing is logged" in said


async def test_a_place_then_prossimo_as_a_day_is_one_call(bank: Engine) -> None:
    """ "martedì prossimo" is next Tuesday, not "the next one" of the list."""
    chat = Chat()
    await chat.show_list()
    said = await chat.say("la seconda raggiunta, richiamare martedì prossimo", ActionLogCall(),
                          "log_call_outcome")
    if any(s.endswith("OK?") for s in said):
        said += await chat.yes()
    assert [c[0] for c in _calls(bank)] == [chat.listed[1]], said
