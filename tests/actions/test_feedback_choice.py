"""Feedback for a name several customers share: the statement waits while the form asks which.

The form steps run as Rasa runs them: `validate_feedback_form` with the real domain's form
(bot/domain/feedback.yml), the slots extracted this turn as the last events, and the
`requested_slot` it returns decides what the form asks next.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.feedback import ActionAskFeedbackCustomer, ActionSaveFeedback, ValidateFeedbackForm
from knowledge.models.bank import Customer, Feedback
from tests.actions.conftest import pin_today, texts
from tests.knowledge.themes.wocas_bank import build_people

DOMAIN = yaml.safe_load((Path(__file__).parents[2] / "bot/domain/feedback.yml").read_text())
REQUEST = "log feedback for Kostas Georgiou: the app logs him out during transfers"
STATEMENT = "the app logs him out during transfers"


@pytest.fixture
def namesakes(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch
              ) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    build_people(session)
    session.add_all([
        Customer(id="C010", name="Kostas Georgiou", advisor_id="A001", city="Hamburg",
                 birth_date=dt.date(1970, 5, 1)),
        Customer(id="C011", name="Kostas Georgiou", advisor_id="A001", city="Berlin",
                 birth_date=dt.date(1985, 9, 2)),
    ])
    session.commit()
    return session


class Conversation:
    """The slots of one conversation, turn by turn, as Rasa keeps them."""

    def __init__(self) -> None:
        self.slots: dict[str, Any] = {}
        self.dispatcher = CollectingDispatcher()

    def _tracker(self, text: str, intent: str, entities: list[dict[str, Any]],
                 extracted: dict[str, Any]) -> Tracker:
        latest = {"text": text, "intent": {"name": intent, "confidence": 0.99},
                  "entities": entities}
        self.slots.update(extracted)
        events = [{"event": "user", "text": text, "parse_data": latest, "input_channel": "rest"},
                  {"event": "action", "name": "feedback_form"},
                  *({"event": "slot", "name": k, "value": v} for k, v in extracted.items())]
        return Tracker("A001", dict(self.slots), latest, events, False, None,
                       {"name": "feedback_form"}, "feedback_form")

    async def say(self, text: str, *, intent: str = "nlu_fallback",
                  entities: list[dict[str, Any]] | None = None,
                  extracted: dict[str, Any] | None = None) -> str | None:
        """One user turn inside the form; returns the slot the form asks for next (None: done)."""
        if extracted is None:  # the domain's from_text mapping for the requested slot
            extracted = {self.slots["requested_slot"]: text}
        tracker = self._tracker(text, intent, entities or [], extracted)
        events = await ValidateFeedbackForm().run(self.dispatcher, tracker, DOMAIN)
        self.slots.update({e["name"]: e["value"] for e in events if e["event"] == "slot"})
        asked = self.slots.get("requested_slot")
        if asked == "feedback_customer":
            await ActionAskFeedbackCustomer().run(self.dispatcher, self.tracker(), {})
        return asked

    async def start(self, message: str) -> str | None:
        """The log_feedback message: the NLU's name entity and the whole text, as mapped."""
        self.slots["requested_slot"] = None
        return await self.say(message, intent="log_feedback",
                              entities=[{"entity": "customer_name", "value": "Kostas Georgiou"}],
                              extracted={"feedback_customer": "Kostas Georgiou",
                                         "feedback_text": message})

    def tracker(self) -> Tracker:
        latest = {"text": "", "intent": {"name": "", "confidence": 1.0}, "entities": []}
        return Tracker("A001", dict(self.slots), latest, [], False, None, {}, "feedback_form")

    async def save(self) -> None:
        events = await ActionSaveFeedback().run(self.dispatcher, self.tracker(), {})
        self.slots.update({e["name"]: e["value"] for e in events if e["event"] == "slot"})


def stored(session: Session) -> list[tuple[str | None, str]]:
    session.expire_all()  # read what the actions' connections committed
    return [(f.customer_id, f.text) for f in session.scalars(select(Feedback))]


@pytest.mark.parametrize("answer, intent, entities, chosen", [
    ("the second one", "choose_option", [{"entity": "ordinal", "value": "second"}], 1),
    ("2", "choose_option", [{"entity": "ordinal", "value": "2"}], 1),
    ("the one in Hamburg", "nlu_fallback", [], "C010"),
    ("c011", "choose_option", [{"entity": "customer_id", "value": "c011"}], "C011"),
    ("the one born 1970", "nlu_fallback", [], "C010"),
])
async def test_the_advisors_answer_saves_the_kept_statement_for_that_customer(
    namesakes: Session, answer: str, intent: str, entities: list[dict[str, Any]],
    chosen: int | str,
) -> None:
    talk = Conversation()
    assert await talk.start(REQUEST) == "feedback_customer"
    offered = talk.slots["feedback_candidates"]
    assert sorted(offered) == ["C010", "C011"]
    assert talk.slots["feedback_text"] == STATEMENT and talk.slots["feedback_customer"] is None
    question = texts(talk.dispatcher)[-1]
    assert "1. Kostas Georgiou" in question and "Hamburg" in question and "Berlin" in question
    assert "“none” saves it without one, “cancel” drops it" in question
    assert any(m.get("custom", {}).get("type") == "customer_choice"
               for m in talk.dispatcher.messages)
    assert stored(namesakes) == []  # nothing saved while the customer is unknown

    assert await talk.say(answer, intent=intent, entities=entities) is None  # the form is done
    expected = offered[chosen] if isinstance(chosen, int) else chosen
    assert talk.slots["feedback_customer"] == expected
    assert stored(namesakes) == []  # still nothing: saving is the next action's job

    await talk.save()
    assert texts(talk.dispatcher)[-1].startswith(f"Saved the feedback for {expected} as FB-")
    assert stored(namesakes) == [(expected, STATEMENT)]
    assert all(talk.slots[s] is None for s in ("feedback_customer", "feedback_text",
                                               "feedback_candidates"))
    # The same answer again (or a stray second save) finds nothing waiting: never saved twice.
    await talk.save()
    assert texts(talk.dispatcher)[-1].startswith("Not saved: The feedback text is empty")
    assert stored(namesakes) == [(expected, STATEMENT)]


async def test_an_unhelpful_answer_asks_again_and_keeps_the_statement(namesakes: Session) -> None:
    talk = Conversation()
    await talk.start(REQUEST)
    first = talk.slots["feedback_candidates"][0]
    assert await talk.say("the tall one") == "feedback_customer"
    said = texts(talk.dispatcher)
    assert said[-2] == "That does not tell me which of them you mean."
    assert said[-1].startswith("I found several customers with that name.")
    assert talk.slots["feedback_text"] == STATEMENT
    assert stored(namesakes) == []
    assert await talk.say("the first one", intent="choose_option") is None
    await talk.save()
    assert stored(namesakes) == [(first, STATEMENT)]


async def test_none_saves_without_a_customer_and_cancel_saves_nothing(namesakes: Session
                                                                     ) -> None:
    talk = Conversation()
    await talk.start(REQUEST)
    assert await talk.say("none") is None
    await talk.save()
    assert stored(namesakes) == [(None, STATEMENT)]

    talk = Conversation()
    await talk.start("log feedback for Kostas Georgiou: the branch was closed")
    assert await talk.say("cancel") is None
    await talk.save()
    assert texts(talk.dispatcher)[-1] == "Dropped: the feedback was not saved."
    assert stored(namesakes) == [(None, STATEMENT)]


async def test_without_the_statement_it_asks_which_customer_then_what_was_said(
    namesakes: Session,
) -> None:
    talk = Conversation()
    assert await talk.start("log feedback for Kostas Georgiou") == "feedback_customer"
    assert await talk.say("the one in Berlin") == "feedback_text"
    assert talk.slots["feedback_customer"] == "C011"
    assert await talk.say("card blocked abroad twice") is None
    await talk.save()
    assert stored(namesakes) == [("C011", "card blocked abroad twice")]


async def test_one_match_is_never_asked_about(namesakes: Session) -> None:
    talk = Conversation()
    assert await talk.start("log feedback for Maria Keller: statements arrive late") is None
    assert talk.slots["feedback_candidates"] is None
    await talk.save()
    assert stored(namesakes) == [("C001", "statements arrive late")]


async def test_the_choice_is_rechecked_against_the_book(namesakes: Session) -> None:
    # The slot comes from the client: an id outside the advisor's book is not offered or saved.
    namesakes.add(Customer(id="C099", name="Kostas Georgiou", advisor_id="M001"))
    namesakes.commit()
    talk = Conversation()
    await talk.start(REQUEST)
    talk.slots["feedback_candidates"] = ["C099", *talk.slots["feedback_candidates"]]
    await ActionAskFeedbackCustomer().run(talk.dispatcher, talk.tracker(), {})
    assert "C099" not in texts(talk.dispatcher)[-1]
    assert await talk.say("the first one", intent="choose_option") is None
    assert talk.slots["feedback_customer"] in ("C010", "C011")


@pytest.mark.parametrize("customer_first", [True, False])
async def test_a_partial_name_entity_does_not_override_the_typed_name(
    namesakes: Session, customer_first: bool,
) -> None:
    """NLU may tag only "Lena" of "Lena Hoffmann"; the name as typed after "for" decides, in
    whichever order Rasa hands the two slots to the form."""
    namesakes.add_all([Customer(id="C020", name="Lena Hoffmann", advisor_id="A001"),
                       Customer(id="C021", name="Lena Brandt", advisor_id="A001")])
    namesakes.commit()
    message = "log feedback for Lena Hoffmann: the card reader at the branch is broken"
    slots = {"feedback_customer": "Lena", "feedback_text": message}
    if not customer_first:
        slots = dict(reversed(list(slots.items())))
    talk = Conversation()
    talk.slots["requested_slot"] = None
    asked = await talk.say(message, intent="log_feedback",
                           entities=[{"entity": "customer_name", "value": "Lena"}],
                           extracted=slots)
    assert asked is None  # nothing to ask: the typed name names one customer
    assert not talk.slots.get("feedback_candidates")
    await talk.save()
    assert texts(talk.dispatcher)[-1].startswith("Saved the feedback for C020 as FB-")
    assert stored(namesakes) == [("C020", "the card reader at the branch is broken")]


async def test_a_note_typed_while_asked_which_one_is_kept_not_lost(namesakes: Session) -> None:
    talk = Conversation()
    assert await talk.start("log feedback for Kostas Georgiou") == "feedback_customer"
    assert await talk.say("the app keeps logging him out in Berlin") == "feedback_customer"
    assert "kept that as the customer's words" in texts(talk.dispatcher)[-2]
    assert stored(namesakes) == []  # and no Georgiou picked from the words of the note
    assert await talk.say("the second one", intent="choose_option",
                          entities=[{"entity": "ordinal", "value": "second"}]) is None
    await talk.save()
    chosen = stored(namesakes)
    assert [text for _, text in chosen] == ["the app keeps logging him out in Berlin"]


async def test_cancel_while_asked_for_the_statement_drops_it(namesakes: Session) -> None:
    talk = Conversation()
    talk.slots["requested_slot"] = None
    assert await talk.say("i need to log some feedback", intent="log_feedback",
                          extracted={"feedback_text": "i need to log some feedback"}
                          ) == "feedback_text"  # a request alone: the form asks what was said
    assert await talk.say("cancel") is None
    await talk.save()
    assert texts(talk.dispatcher)[-1] == "Dropped: the feedback was not saved."
    assert stored(namesakes) == []


async def test_a_request_to_the_assistant_is_not_stored_as_feedback(namesakes: Session) -> None:
    talk = Conversation()
    talk.slots["requested_slot"] = None
    message = "tell me about Maria Keller and log that her complaint is resolved"
    await talk.say(message, intent="log_feedback", extracted={"feedback_text": message})
    await talk.save()
    assert stored(namesakes) == []
