"""Sessions of several turns through the actions, asserting what ends up on record: the
customer a place on the list, "the one after that" or a pronoun means is read from the
conversation's state (knowledge.conversation), whichever turn set it, and never a customer
of another book."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from actions.call_list import ActionCallList, ActionLogCall
from actions.writes import ActionFallback
from knowledge.models.bank import Interaction, InteractionKind
from tests.actions.call_list.conftest import payload
from tests.actions.conftest import Talk
from tests.knowledge.call_list.factory import AS_OF


class Session_(Talk):
    """One conversation of A1's (each turn the fallback unless the test names an action), the
    list's customers as last shown kept in `listed`."""

    def __init__(self) -> None:
        super().__init__("A1", ActionFallback, "nlu_fallback", joiner="\n")
        self.listed: list[str] = []

    def heard(self, dispatcher: CollectingDispatcher) -> None:
        if any((m.get("custom") or {}).get("type") == "call_list" for m in dispatcher.messages):
            self.listed = [i["customer_id"] for i in payload(dispatcher)["items"]]


def _calls(bank: Engine) -> list[tuple[str, str, str | None]]:
    with Session(bank) as session:
        rows = session.scalars(select(Interaction).where(
            Interaction.kind == InteractionKind.call, Interaction.occurred_on == AS_OF))
        return sorted((r.customer_id, r.outcome.value,
                       r.follow_up_on.isoformat() if r.follow_up_on else None) for r in rows)


async def test_the_one_after_that_is_the_next_place_after_the_one_last_logged(
        bank: Engine) -> None:
    chat = Session_()
    await chat.say("who's on my list", ActionCallList(), "ask_call_list")
    await chat.say("#1 straight to voicemail", ActionLogCall(), "log_call_outcome")
    said = await chat.say("the one after that answered, all fine", ActionLogCall(),
                          "log_call_outcome")
    assert _calls(bank) == sorted([(chat.listed[0], "no_answer", None),
                                   (chat.listed[1], "reached", None)]), said
    said = await chat.say("and the guy after him was not reachable")
    assert _calls(bank) == sorted([(chat.listed[0], "no_answer", None),
                                   (chat.listed[1], "reached", None),
                                   (chat.listed[2], "no_answer", None)]), said


async def test_a_place_named_alone_moves_the_focus_there(bank: Engine) -> None:
    # "what about number 3?" then "she didn't pick up": number 3's call, not the customer of
    # the call logged before
    chat = Session_()
    await chat.say("who's on my list", ActionCallList(), "ask_call_list")
    await chat.say("#2 reached", ActionLogCall(), "log_call_outcome")
    said = await chat.say("what about number 4?")
    assert _calls(bank) == [(chat.listed[1], "reached", None)], said
    said = await chat.say("she didnt pick up", ActionLogCall(), "log_call_outcome")
    assert _calls(bank) == sorted([(chat.listed[1], "reached", None),
                                   (chat.listed[3], "no_answer", None)]), said


async def test_a_customer_named_in_a_turn_that_failed_is_who_her_means(bank: Engine) -> None:
    chat = Session_()
    await chat.say("sam saver, any idea what's new with her?")
    said = await chat.say("just rang her, she's fine", ActionLogCall(), "log_call_outcome")
    assert _calls(bank) == [("SAV", "reached", None)], said


async def test_the_newest_customer_named_wins_over_an_older_profile(bank: Engine) -> None:
    from actions.profile import ActionCustomerProfile

    chat = Session_()
    await chat.say("tell me about maria maturity", ActionCustomerProfile(),
                   "ask_customer_profile")
    await chat.say("hmm and sam saver? whats with her")
    said = await chat.say("called her, no answer", ActionLogCall(), "log_call_outcome")
    assert _calls(bank) == [("SAV", "no_answer", None)], said


async def test_a_customer_of_another_book_named_in_passing_is_never_who_her_means(
        bank: Engine) -> None:
    chat = Session_()
    await chat.say("olga other, what's going on with her")
    said = await chat.say("spoke to her, all fine", ActionLogCall(), "log_call_outcome")
    assert _calls(bank) == [], said


async def test_a_place_answering_a_choice_just_offered_is_the_choice_not_the_list(
        bank: Engine) -> None:
    from actions.profile import ActionCustomerProfile

    chat = Session_()
    await chat.say("who's on my list", ActionCallList(), "ask_call_list")
    said = await chat.say("tell me about chris", ActionCustomerProfile(), "ask_customer_profile")
    assert "Chris Twin" in said and "Chris Twine" in said, said
    said = await chat.say("the second one", ActionCustomerProfile(), "choose_customer")
    assert "How did the call" not in said and chat.slots.get("pending_write") is None, said


async def test_a_bare_report_after_why_a_customer_is_on_the_list_is_that_customers_call(
        bank: Engine) -> None:
    from actions.call_list import ActionExplainCallReason

    chat = Session_()
    await chat.say("why is maria maturity on my list", ActionExplainCallReason(),
                   "ask_why_on_list")
    said = await chat.say("rang, voicemail", ActionLogCall(), "log_call_outcome")
    assert _calls(bank) == [("MAT", "no_answer", None)], said


async def test_a_customer_asked_about_after_a_profile_leaves_the_pronoun_open(
        bank: Engine) -> None:
    # "show me X", "and Y?" → "how did the call with Y go?", "she wants a meeting thu":
    # "she" may be X or Y, so it is asked, never stored on either
    from actions.profile import ActionCustomerProfile

    chat = Session_()
    await chat.say("show me maria maturity", ActionCustomerProfile(), "ask_customer_profile")
    said = await chat.say("and sam saver?", ActionLogCall(), "log_call_outcome")
    said = await chat.say("she wants a meeting thursday", ActionLogCall(), "log_call_outcome")
    assert _calls(bank) == [], said
