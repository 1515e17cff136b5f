"""Corrections of the last call in the advisors' languages, the way they are typed in a hurry:
an "oops" and the day alone ("hoppla, am 26."), a "no, sorry, it was X" opened by a sigh ("ach
nein entschuldigung, es war …"), "I meant" ("ik bedoelde …"), a sale denied ("nic nie kupił,
tylko rozmowa"); and a call shown for a yes answered "yes, but …" in any language, which is
shown again as changed, never stored as first shown.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionConfirmWrite
from tests.actions.conftest import Talk, make_tracker, new_calls, payloads, tag_name_next, texts


@pytest.mark.parametrize("fix", ["hoppla, am 26.", "uy el 26", "oeps, op de 26e",
                                 "hoppsan den 26:e", "ups... 26-go", "ops il 26"])
async def test_an_oops_and_a_day_alone_moves_the_meeting_within_its_month(
        people: Session, fix: str) -> None:
    talk = Talk()
    await talk.say("maria keller wants to meet on the 27th")
    said = await talk.say(fix)
    assert new_calls(people) == [("C001", "follow_up", "2026-11-26")], said


@pytest.mark.parametrize("fix", ["oh nee sorry, het was pedro alves",
                                 "ach nein entschuldigung es war pedro alves",
                                 "ay no perdón, era pedro alves",
                                 "åh nej förlåt det var pedro alves",
                                 "oj przepraszam, to był pedro alves",
                                 "nee - het was pedro alves"])
async def test_a_sigh_a_no_and_it_was_someone_else_moves_the_call(people: Session, fix: str
                                                                  ) -> None:
    talk = Talk()
    await talk.say("jonas weber no answer")
    said = await talk.say(fix)
    assert new_calls(people) == [("C004", "no_answer", None)], said


@pytest.mark.parametrize("fix", ["2 december bedoelde ik", "ik bedoel 2 december",
                                 "ich meinte 2. dezember", "jag menade 2 december",
                                 "je voulais dire le 2 décembre"])
async def test_i_meant_a_day_moves_the_meeting_and_names_nobody(people: Session, fix: str
                                                                ) -> None:
    talk = Talk()
    await talk.say("ingrid dahl wants a meeting on 1 december")
    said = await talk.say(fix)
    assert "Nobody in your book" not in said, said
    assert new_calls(people) == [("C003", "follow_up", "2026-12-02")], said


@pytest.mark.parametrize(("fix", "tagged"), [("2 december bedoelde ik", "bedoelde"),
                                             ("ich meinte 2. dezember", "meinte"),
                                             ("chodziło mi o 2 grudnia", "chodziło"),
                                             ("nee, 2 december bedoel ik", "december bedoel")])
async def test_i_meant_read_as_a_name_by_the_nlu_is_no_name(
        people: Session, monkeypatch: pytest.MonkeyPatch, fix: str, tagged: str) -> None:
    talk = Talk()
    await talk.say("ingrid dahl wants a meeting on 1 december")
    tag_name_next(monkeypatch, tagged)
    said = await talk.say(fix)
    assert "Nobody in your book" not in said, said
    assert new_calls(people) == [("C003", "follow_up", "2026-12-02")], said


@pytest.mark.parametrize("fix", ["sorki, nic nie kupił, tylko rozmowa",
                                 "pardon, il n'a rien acheté, on a juste parlé",
                                 "entschuldigung, hat doch nichts gekauft",
                                 "scusa, non ha comprato niente",
                                 "oops he didnt buy anything"])
async def test_a_sale_denied_leaves_a_call_that_reached_him(people: Session, fix: str) -> None:
    talk = Talk()
    await talk.say("pedro alves bought the credit card")
    assert new_calls(people) == [("C004", "sale", None)]
    said = await talk.say(fix)
    assert new_calls(people) == [("C004", "reached", None)], said


async def _shown(text: str) -> dict[str, Any]:
    """A report with a hedge left over: shown for a yes, nothing stored."""
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker("A001", text, "log_call_outcome"), {})
    [write] = [p["write"] for p in payloads(dispatcher) if p.get("type") == "confirm_write"]
    return write


async def _answered(write: dict[str, Any], answer: str) -> tuple[str, list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    await ActionConfirmWrite().run(dispatcher, make_tracker(
        "A001", answer, "affirm", slots={"pending_write": write}), {})
    return " ".join(texts(dispatcher)), payloads(dispatcher)


@pytest.mark.parametrize("answer", ["oui mais le 26", "ja, aber am 26.", "si ma il 26",
                                    "sí, pero el 26", "ja maar op de 26e", "tak ale 26-go",
                                    "ja men den 26"])
async def test_a_yes_but_another_day_is_shown_again_with_that_day(people: Session,
                                                                  answer: str) -> None:
    write = await _shown("maria keller wants to meet on the 27th, forse")
    said, shown = await _answered(write, answer)
    assert new_calls(people) == [], said
    [again] = [p["write"] for p in shown if p.get("type") == "confirm_write"]
    assert (again["customer_id"], again["follow_up_on"]) == ("C001", "2026-11-26"), said


@pytest.mark.parametrize("answer", ["oui mais c'était pedro alves", "nee, het was pedro alves",
                                    "jasne, ale to był pedro alves", "no, era pedro alves"])
async def test_an_answer_naming_someone_else_never_stores_the_first_customer(
        people: Session, answer: str) -> None:
    write = await _shown("maria keller reached, forse")
    said, shown = await _answered(write, answer)
    assert new_calls(people) == [], said
    assert [p["write"]["customer_id"] for p in shown if p.get("type") == "confirm_write"] in (
        [], ["C004"]), said


async def test_a_yes_with_a_reservation_it_cannot_read_stores_nothing(people: Session) -> None:
    write = await _shown("maria keller reached, forse")
    said, _ = await _answered(write, "oui mais je ne suis pas sûre")
    assert new_calls(people) == [], said


@pytest.mark.parametrize("fix", ["nej vänta, på fredag", "nee wacht, vrijdag",
                                 "non attends, vendredi"])
async def test_a_correction_the_nlu_took_for_a_greeting_moves_the_meeting(
        people: Session, fix: str) -> None:
    from actions.small_talk import ActionGreet

    talk = Talk()
    await talk.say("li wei möte imorgon")
    said = await talk.say(fix, ActionGreet(), "greet")
    assert new_calls(people) == [("C005", "follow_up", "2026-11-27")], said


@pytest.mark.parametrize("fix", ["laat maar, verkeerde klant. maak ongedaan",
                                 "falscher kunde, bitte löschen", "mauvais client, annule",
                                 "fel kund!"])
async def test_wrong_customer_said_abroad_takes_the_call_back(people: Session, fix: str
                                                               ) -> None:
    talk = Talk()
    await talk.say("jonas weber terugbellen 30/11")
    said = await talk.say(fix)
    assert new_calls(people) == [], said


async def test_no_and_the_day_already_shown_is_shown_again_not_dropped(people: Session) -> None:
    write = await _shown("maria keller wants to meet on the 27th, forse")
    said, shown = await _answered(write, "nein, am 27.")
    assert new_calls(people) == [], said
    [again] = [p["write"] for p in shown if p.get("type") == "confirm_write"]
    assert again["follow_up_on"] == "2026-11-27", said


@pytest.mark.parametrize("fix", ["undo that, he didnt buy anything after all",
                                 "annule ça, il n'a rien acheté", "cofnij to, nic nie kupił"])
async def test_an_undo_explained_by_a_sale_denied_only_takes_the_call_back(
        people: Session, fix: str) -> None:
    talk = Talk()
    await talk.say("pedro alves bought the credit card")
    said = await talk.say(fix)
    assert new_calls(people) == [], said


@pytest.mark.parametrize("fix", ["maak de laatste twee ongedaan", "annule les deux stp",
                                 "annulla gli ultimi due"])
async def test_undo_of_the_last_two_abroad_takes_both_back(people: Session, fix: str) -> None:
    talk = Talk()
    await talk.say("ingrid dahl no answer")
    await talk.say("li wei reached")
    said = await talk.say(fix)
    assert new_calls(people) == [], said


@pytest.mark.parametrize("fix", ["oj, ten pierwszy to był pedro alves",
                                 "scusa, il primo era pedro alves",
                                 "oeps, de eerste was pedro alves"])
async def test_the_first_call_by_its_place_is_the_one_corrected_never_the_last(
        people: Session, fix: str) -> None:
    talk = Talk()
    await talk.say("ingrid dahl no answer")
    await talk.say("li wei reached")
    said = await talk.say(fix)
    assert ("C005", "reached", None) in new_calls(people), said
    assert ("C003", "no_answer", None) not in new_calls(people), said
