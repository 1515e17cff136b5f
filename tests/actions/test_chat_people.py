"""A first name or a pronoun that fits several customers, told apart by this conversation:
the one called earlier in the chat is shown for a yes (saying why), and a pronoun right after
an open "which one?" is never the older customer in focus.

The `people` bank plus Maria Alves (C008) and Jonas Dahl (C009): two Marias, two Jonases;
today Monday 2026-11-23 (friday = the 27th)."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionConfirmWrite
from knowledge.models.bank import Customer
from tests.actions.conftest import Chat, logged_calls, make_tracker, texts


@pytest.fixture
def namesakes(people: Session) -> Session:
    people.add_all([Customer(id="C008", name="Maria Alves", advisor_id="A001"),
                    Customer(id="C009", name="Jonas Dahl", advisor_id="A001")])
    people.commit()
    return people


def _calls(session: Session) -> list[tuple[str, str, str | None]]:
    return [(c, o.value, d.isoformat() if d else None) for c, o, d in logged_calls(session)]


@pytest.mark.parametrize("text", [
    "oh and maria called back in the end, wants a meeting friday",
    "Maria wants a meeting on friday after all",
])
async def test_a_shared_first_name_is_the_customer_called_earlier_in_the_chat(
        namesakes: Session, text: str) -> None:
    chat = Chat()
    await chat.say("maria keller no answer")
    await chat.say("jonas weber reached")
    said = await chat.say(text)
    assert "earlier in this chat" in said and "Maria Keller (C001)" in said, said
    assert ("C001", "follow_up", "2026-11-27") in _calls(namesakes), said


async def test_a_shared_first_name_with_nobody_called_in_the_chat_is_asked(
        namesakes: Session) -> None:
    said = await Chat().say("maria wants a meeting friday")
    assert "Which one did you call?" in said and _calls(namesakes) == [], said


def _choice(*ids: str) -> list[dict[str, Any]]:
    return [{"event": "user", "text": "show me jonas's products"},
            {"event": "bot", "text": "Which one do you mean?",
             "data": {"custom": {"type": "customer_choice",
                                 "choices": [{"customer_id": c} for c in ids]}}}]


async def _say_after_choice(chat: Chat, text: str, *ids: str) -> str:
    dispatcher = CollectingDispatcher()
    events = await ActionLogCall().run(
        dispatcher, make_tracker("A001", text, "log_call_outcome", slots=dict(chat.slots),
                                 events=_choice(*ids)), {})
    chat.slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
    return " ".join(texts(dispatcher))


async def test_he_after_an_open_choice_is_the_one_of_it_called_in_the_chat(
        namesakes: Session) -> None:
    chat = Chat()
    await chat.say("jonas weber no answer")
    await chat.say("maria keller reached")  # Maria Keller is the customer in focus
    said = await _say_after_choice(chat, "and log that he wants to meet on friday",
                                   "C002", "C009")
    assert "Jonas Weber (C002)" in said and said.endswith("OK?"), said
    assert "Maria Keller" not in said
    await chat.say("yes", ActionConfirmWrite(), "affirm")
    assert ("C002", "follow_up", "2026-11-27") in _calls(namesakes)


async def test_he_after_an_open_choice_nothing_narrows_is_asked_never_the_focus(
        namesakes: Session) -> None:
    chat = Chat()
    chat.slots.update({"focus_customer": "C001", "customer_id": "C001"})
    said = await _say_after_choice(chat, "log that he wants to meet on friday", "C002", "C009")
    assert "Jonas Weber" in said and "Jonas Dahl" in said and "Maria" not in said, said
    assert _calls(namesakes) == []


@pytest.mark.parametrize("when", ["earlier", "this morning"])
async def test_a_when_word_tagged_as_a_name_leaves_the_pronoun_its_customer(
        namesakes: Session, when: str) -> None:
    """"anyway reached her earlier, all fine" with "earlier" read as a name: her = the
    customer in focus, shown for a yes (was: "can't find earlier")."""
    text = f"anyway reached her {when}, all fine"
    dispatcher = CollectingDispatcher()
    start = text.index(when)
    entities = [{"entity": "customer_name", "value": when, "start": start,
                 "end": start + len(when)}]
    events = await ActionLogCall().run(dispatcher, make_tracker(
        "A001", text, "log_call_outcome", entities=entities,
        slots={"focus_customer": "C003", "customer_id": "C003"}), {})
    said = " ".join(texts(dispatcher))
    assert "Ingrid Dahl (C003)" in said and said.endswith("OK?"), said
    pending = next(e["value"] for e in events if e.get("name") == "pending_write")
    assert pending["customer_id"] == "C003" and pending["outcome"] == "reached"


@pytest.mark.parametrize("text", ["maria k wants a meeting friday",
                                  "Maria K. wants a meeting friday"])
async def test_a_first_name_and_the_surnames_initial_is_asked_by_name(
        namesakes: Session, text: str) -> None:
    said = await Chat().say(text)
    assert "did you mean Maria Keller?" in said, said
    assert _calls(namesakes) == [("C001", "follow_up", "2026-11-27")]


async def test_an_initial_two_share_is_a_choice(namesakes: Session) -> None:
    namesakes.add(Customer(id="C010", name="Maria Klein", advisor_id="A001"))
    namesakes.commit()
    said = await Chat().say("maria k wants a meeting friday")
    assert "Which one did you call?" in said and _calls(namesakes) == [], said


async def test_an_article_after_a_first_name_is_no_initial(namesakes: Session) -> None:
    said = await Chat().say("gave maria a call, she wants a meeting friday")
    assert "Maria Alves" not in said.split("?")[0] or "Which one" in said, said
    assert ("C008", "follow_up", "2026-11-27") not in _calls(namesakes)


async def _profile_of(name: str) -> list[dict[str, Any]]:
    """The events of a profile shown by the profile action, its payload as it is built."""
    from actions.profile import ActionCustomerProfile

    dispatcher = CollectingDispatcher()
    tracker = make_tracker("A001", f"show me {name}", "ask_profile")
    await ActionCustomerProfile().run(dispatcher, tracker, {})
    return [*tracker.events, *({"event": "bot", "text": m.get("text"),
                                "data": {"custom": m.get("custom")}}
                               for m in dispatcher.messages)]


async def _say_after(events: list[dict[str, Any]], text: str) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    out = await ActionLogCall().run(dispatcher, make_tracker(
        "A001", text, "log_call_outcome", events=events,
        slots={"focus_customer": "C003", "customer_id": "C003"}), {})
    return " ".join(texts(dispatcher)), {e["name"]: e["value"] for e in out
                                         if e.get("event") == "slot"}


@pytest.mark.parametrize("text", ["no answer", "Reached, all fine", "vm",
                                  "reached, not interested in the bond tho"])
async def test_a_bare_outcome_right_after_a_profile_is_shown_for_that_customer(
        namesakes: Session, text: str) -> None:
    said, slots = await _say_after(await _profile_of("ingrid dahl"), text)
    assert "Ingrid Dahl (C003)" in said and said.endswith("OK?"), said
    assert _calls(namesakes) == []          # shown, never stored at once
    assert slots["pending_write"]["customer_id"] == "C003"


async def test_a_bare_outcome_with_no_profile_just_before_names_nobody(
        namesakes: Session) -> None:
    said, slots = await _say_after([], "no answer")
    assert not slots.get("pending_write") and _calls(namesakes) == [], said


@pytest.mark.parametrize(("text", "tagged"), [
    ("spoke to him, nothing doing", "nothing"),
    ("hab sie erreicht, keine Lust", "keine"),
    ("called her, niente da fare", "niente"),
])
async def test_an_ordinary_word_tagged_as_a_name_is_no_namesake_of_a_customer(
        namesakes: Session, text: str, tagged: str) -> None:
    """"hab ihn erreicht, kein Interesse" with "kein" read as a name: no fuzzy "Klein" offered,
    the customer the pronoun means, shown for a yes."""
    namesakes.add_all([Customer(id="C011", name="Greta Kleine", advisor_id="A001"),
                       Customer(id="C013", name="Ida Nothings", advisor_id="A001"),
                       Customer(id="C014", name="Nina Nientes", advisor_id="A001")])
    namesakes.commit()
    dispatcher = CollectingDispatcher()
    start = text.index(tagged)
    entities = [{"entity": "customer_name", "value": tagged, "start": start,
                 "end": start + len(tagged)}]
    await ActionLogCall().run(dispatcher, make_tracker(
        "A001", text, "log_call_outcome", entities=entities,
        slots={"focus_customer": "C003", "customer_id": "C003"}), {})
    said = " ".join(texts(dispatcher))
    assert "Ingrid Dahl (C003)" in said and said.endswith("OK?"), said
    assert not {"Kleine", "Nientes", "Nothings"} & set(said.split()), said
    assert _calls(namesakes) == []
