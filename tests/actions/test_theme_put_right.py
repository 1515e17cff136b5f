"""A manager's theme change put right in the next message ("oops, I meant the phone one"):
the change just made is taken back and the same change goes to the theme now named, checked
in the database. And a manager's theme status that the NLU sent to the call report ("the app
one is sorted since monday") sets that theme's status, logging no call; an advisor's or a
call's words never touch a theme."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall as ActionLogCallRead
from actions.themes import ActionAssignThemeOwner, ActionSetThemeStatus
from knowledge.models.themes import Theme
from tests.actions.conftest import Talk, new_calls
from tests.actions.test_theme_owner_me import themed  # noqa: F401


def _theme(session: Session, keyword: str) -> Theme:
    session.expire_all()
    return next(t for t in session.scalars(select(Theme)) if keyword in t.keywords)


@pytest.mark.parametrize("fix", [
    "oops, I meant the phone one",
    "sorry wrong theme - the one about being on hold",
    "no, the phone waiting one i meant, app stays open",
])
async def test_the_status_moves_to_the_theme_meant(themed: Session, fix: str) -> None:  # noqa: F811
    talk = Talk("M001", action=ActionSetThemeStatus, intent="set_theme_status")
    await talk.say("set the app theme to in progress")
    assert _theme(themed, "app").status == "in_progress"
    said = await talk.say(fix)
    assert "took back" in said, said
    assert _theme(themed, "app").status == "open"
    assert _theme(themed, "phone").status == "in_progress"


async def test_an_owner_moves_to_the_theme_meant(themed: Session) -> None:  # noqa: F811
    talk = Talk("M001", action=ActionAssignThemeOwner, intent="assign_theme_owner")
    await talk.say("make me solution owner of the card theme")
    assert _theme(themed, "card").solution_owner_id == "M001"
    await talk.say("sorry, i meant the app one")
    assert _theme(themed, "card").solution_owner_id is None
    assert _theme(themed, "app").solution_owner_id == "M001"


async def test_a_correction_naming_no_other_theme_moves_nothing(
        themed: Session) -> None:  # noqa: F811
    talk = Talk("M001", action=ActionSetThemeStatus, intent="set_theme_status")
    await talk.say("set the app theme to in progress")
    await talk.say("sorry, i meant resolved")
    assert _theme(themed, "phone").status == "open"
    assert _theme(themed, "card").status == "open"


@pytest.mark.parametrize("text", ["the app one is sorted since monday",
                                  "app logout theme: resolved",
                                  "on hold forever complaints - in progress now"])
async def test_a_managers_theme_status_sent_to_the_call_report(
        themed: Session, text: str) -> None:  # noqa: F811
    keyword = "phone" if "hold" in text else "app"
    await Talk("M001").say(text)
    assert _theme(themed, keyword).status in ("resolved", "in_progress")
    assert new_calls(themed) == []


@pytest.mark.parametrize(("sender", "text"), [
    ("A001", "the app one is sorted since monday"),
    ("M001", "called her, her app issue is resolved"),
    ("M001", "jonas weber: the app problem is fixed"),
])
async def test_a_call_or_an_advisor_never_changes_a_theme(
        themed: Session, sender: str, text: str) -> None:  # noqa: F811
    await Talk(sender).say(text)
    assert _theme(themed, "app").status == "open"


@pytest.mark.parametrize("fix", [
    "no wait - anna berg. henrik has enough on his plate",
    "sorry, Anna Berg not henrik",
])
async def test_an_owner_put_right_to_another_person_whatever_the_nlu_read(
        themed: Session, fix: str) -> None:  # noqa: F811
    talk = Talk("M001", action=ActionAssignThemeOwner, intent="assign_theme_owner")
    await talk.say("make henrik olsen solution owner of the card theme")
    assert _theme(themed, "card").solution_owner_id == "H001"
    said = await talk.say(fix, ActionLogCallRead(), "log_call_outcome")
    assert "took back" in said, said
    assert _theme(themed, "card").solution_owner_id == "A001"
    assert new_calls(themed) == []


async def test_an_owner_correction_naming_only_the_same_person_changes_nothing(
        themed: Session) -> None:  # noqa: F811
    talk = Talk("M001", action=ActionAssignThemeOwner, intent="assign_theme_owner")
    await talk.say("make henrik olsen solution owner of the card theme")
    await talk.say("wait, henrik olsen is right", ActionLogCallRead(), "log_call_outcome")
    assert _theme(themed, "card").solution_owner_id == "H001"


async def test_one_more_owner_after_a_wait_is_not_a_correction(
        themed: Session) -> None:  # noqa: F811
    talk = Talk("M001", action=ActionAssignThemeOwner, intent="assign_theme_owner")
    await talk.say("make henrik olsen solution owner of the card theme")
    said = await talk.say("wait, also anna berg as business owner")
    assert "took back" not in said, said
    assert _theme(themed, "card").solution_owner_id == "H001"


async def test_no_to_the_owner_shown_then_another_person_shows_the_change_for_them(
        themed: Session) -> None:  # noqa: F811
    from rasa_sdk.executor import CollectingDispatcher

    from actions.writes import ActionDenyWrite
    from tests.actions.conftest import make_tracker, texts

    talk = Talk("M001", action=ActionAssignThemeOwner, intent="assign_theme_owner")
    dispatcher = CollectingDispatcher()  # shown for a yes (a first name only), then refused
    first = make_tracker("M001", "henrik as solution owner for the card theme",
                         "assign_theme_owner")
    events = await ActionAssignThemeOwner().run(dispatcher, first, {})
    assert texts(dispatcher)[-1].endswith("OK?"), texts(dispatcher)
    talk.events = [*first.events, *events, *({"event": "bot", "text": m.get("text"),
                   "data": {"custom": m["custom"]} if m.get("custom") else {}}
                   for m in dispatcher.messages)]
    talk.slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    await talk.say("no", ActionDenyWrite(), "deny")
    said = await talk.say("anna berg, henrik is busy", ActionLogCallRead(), "log_call_outcome")
    assert "Anna Berg" in said, said
    assert _theme(themed, "card").solution_owner_id == "A001"
    assert new_calls(themed) == []
