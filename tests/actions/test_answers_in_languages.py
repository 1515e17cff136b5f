"""A pending write answered in the advisors' own languages, checked in the database: a "no"
("nej", "non", "nie", "nee", "nein danke") never stores, even when the NLU read it as a yes;
a "yes" ("sì", "tak", "oui", "ja graag") stores exactly what was shown, even when the NLU
read it as a no."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionConfirmWrite, ActionDenyWrite
from knowledge.models.bank import Outcome
from tests.actions.conftest import logged_calls, make_tracker, payloads


async def _shown(people: Session) -> dict[str, Any]:
    """A report with a hedge left over ("maria keller reached, forse"): shown for a yes."""
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker(
        "A001", "maria keller reached, forse", "log_call_outcome"), {})
    [write] = [p["write"] for p in payloads(dispatcher) if p.get("type") == "confirm_write"]
    assert logged_calls(people) == []
    return write


@pytest.mark.parametrize("answer", ["nej", "non", "nie", "nee", "nein danke", "no gracias",
                                    "nein, falsch", "non, c'est faux", "nee hoor",
                                    "non merci", "nej tack", "niet"])
@pytest.mark.parametrize("action,intent", [(ActionConfirmWrite, "affirm"),
                                           (ActionDenyWrite, "deny")])
async def test_a_no_in_any_language_stores_nothing(people: Session, answer: str, action: Any,
                                                   intent: str) -> None:
    write = await _shown(people)
    await action().run(CollectingDispatcher(), make_tracker(
        "A001", answer, intent, slots={"pending_write": write}), {})
    assert logged_calls(people) == []


@pytest.mark.parametrize("answer", ["sì", "tak", "oui", "ja graag", "sí", "ja tack", "jawohl"])
@pytest.mark.parametrize("action,intent", [(ActionConfirmWrite, "affirm"),
                                           (ActionDenyWrite, "deny")])
async def test_a_yes_in_any_language_stores_what_was_shown(people: Session, answer: str,
                                                           action: Any, intent: str) -> None:
    write = await _shown(people)
    await action().run(CollectingDispatcher(), make_tracker(
        "A001", answer, intent, slots={"pending_write": write}), {})
    assert logged_calls(people) == [("C001", Outcome.reached, None)]


@pytest.mark.parametrize(("text", "outcome"), [
    ("maria keller non ha risposto", Outcome.no_answer),
    ("maria keller nie odbiera", Outcome.no_answer),
    ("maria keller niet bereikbaar", Outcome.no_answer),
    ("maria keller pas intéressée", Outcome.not_interested),
    ("maria keller svarade inte", Outcome.no_answer),
    ("maria keller no contesta", Outcome.no_answer),
])
async def test_a_report_in_another_language_is_never_stored_as_reached(
        people: Session, text: str, outcome: Outcome) -> None:
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker("A001", text, "log_call_outcome"), {})
    shown = [p["write"] for p in payloads(dispatcher) if p.get("type") == "confirm_write"]
    if shown:
        assert shown[0]["outcome"] == outcome.value
    else:
        assert logged_calls(people) == [("C001", outcome, None)]


@pytest.mark.parametrize("text", ["maria keller a signé le contrat d'assurance",
                                  "maria keller ha firmato il contratto del mutuo"])
async def test_an_advisors_foreign_sale_sent_to_theme_owners_is_the_call_shown_first(
        people: Session, text: str) -> None:
    from actions.themes import ActionAssignThemeOwner

    dispatcher = CollectingDispatcher()
    await ActionAssignThemeOwner().run(dispatcher, make_tracker(
        "A001", text, "assign_theme_owner"), {})
    [write] = [p["write"] for p in payloads(dispatcher) if p.get("type") == "confirm_write"]
    assert (write["customer_id"], write["outcome"]) == ("C001", "sale")
    assert logged_calls(people) == []


@pytest.mark.parametrize("text", ["maria keller dice che l'app non funziona da lunedì",
                                  "maria keller mówi, że infolinia nie odbiera",
                                  "maria keller a dit que la messagerie ne marche pas"])
async def test_a_customers_words_relayed_in_another_language_are_feedback_shown_first(
        people: Session, text: str) -> None:
    from actions.writes import ActionOutOfScope

    dispatcher = CollectingDispatcher()
    await ActionOutOfScope().run(dispatcher, make_tracker("A001", text, "out_of_scope"), {})
    [write] = [p["write"] for p in payloads(dispatcher) if p.get("type") == "confirm_write"]
    assert (write["kind"], write["customer_id"]) == ("feedback", "C001")
    assert logged_calls(people) == []
