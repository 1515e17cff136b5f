"""A manager's theme talk over turns: several changes in one message (each shown for its own
yes, all made), a question about a theme answered with its status and owners and making it
the theme "it" means next (checked on the theme itself)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.models.bank import Staff
from knowledge.themes.chat import assign, set_status
from knowledge.themes.queries import find_theme
from knowledge.writes.dispatch import store
from tests.knowledge.themes.wocas_bank import themed_bank


@pytest.fixture
def themed(session: Session) -> Session:
    themed_bank(session)
    return session


def _app(session: Session) -> Any:
    session.expire_all()
    return find_theme(session=session, words="the app logout theme")[0]


def _yes_to_all(session: Session, answer: ChatAnswer) -> list[str]:
    """Every "… OK?" answered yes, as a manager would; the texts said."""
    said = [answer.text]
    manager = session.get(Staff, "M001")
    while isinstance(pending := answer.slots.get("pending_write"), dict):
        answer = store(session=session, staff=manager, write=pending)
        said.append(answer.text)
    return said


@pytest.mark.parametrize("text", [
    "make me business owner of the app login theme and set it to in progress",
    "app login theme: business owner me, status in progress",
    "Thema app login: mach mich zum business owner und setz es auf in Bearbeitung",
])
async def test_owner_and_status_in_one_message_both_made(themed: Session, text: str) -> None:
    manager = themed.get(Staff, "M001")
    answer = assign(session=themed, staff=manager, words="app login", focus=None,
                    staff_name=None, role="business owner", text=text)
    said = _yes_to_all(themed, answer)
    app = _app(themed)
    assert (app.business_owner_id, app.status) == ("M001", "in_progress"), said


def test_two_roles_in_one_message_both_given(themed: Session) -> None:
    manager = themed.get(Staff, "M001")
    answer = assign(session=themed, staff=manager, words="app login", focus=None,
                    staff_name="henrik", role="solution owner",
                    text="app login theme: solution owner henrik, business owner me")
    said = _yes_to_all(themed, answer)
    app = _app(themed)
    assert (app.solution_owner_id, app.business_owner_id) == ("H001", "M001"), said


@pytest.mark.parametrize(("typed", "text"), [
    ("henrik", "app login: henrik is business owner, i'll do the solution side myself"),
    ("Henrik", "App login theme - Henrik takes the business part; solution owner will be me"),
    ("henrik olsen", "app login -> so: myself, bo: henrik olsen"),
])
def test_each_person_gets_the_role_of_their_own_clause(themed: Session, typed: str,
                                                       text: str) -> None:
    """The NLU's role is the message's first role word, whoever it goes with: each person
    gets the role said next to them, never both."""
    manager = themed.get(Staff, "M001")
    answer = assign(session=themed, staff=manager, words="app login", focus=None,
                    staff_name=typed, role="solution owner", text=text)
    said = _yes_to_all(themed, answer)
    app = _app(themed)
    assert (app.business_owner_id, app.solution_owner_id) == ("H001", "M001"), said


def test_status_then_owner_in_one_message(themed: Session) -> None:
    manager = themed.get(Staff, "M001")
    answer = set_status(session=themed, staff=manager, words="app login", focus=None,
                        status="resolved",
                        text="mark the app login theme resolved and make henrik olsen "
                             "solution owner")
    _yes_to_all(themed, answer)
    app = _app(themed)
    assert (app.status, app.solution_owner_id) == ("resolved", "H001")


def test_one_change_alone_is_made_at_once_as_before(themed: Session) -> None:
    manager = themed.get(Staff, "M001")
    answer = assign(session=themed, staff=manager, words="app login", focus=None,
                    staff_name="henrik olsen", role="solution owner",
                    text="make henrik olsen solution owner of the app login theme")
    assert answer.text.startswith("Done") and not answer.slots.get("pending_write")
    app = _app(themed)
    assert (app.solution_owner_id, app.status, app.business_owner_id) == ("H001", "open", None)


@pytest.mark.parametrize("question", ["app login theme - status?", "status of app login?",
                                      "who owns the app login theme"])
def test_a_question_gets_the_state_and_makes_the_theme_the_focus(themed: Session,
                                                                 question: str) -> None:
    manager = themed.get(Staff, "M001")
    asked = (set_status if "status" in question else assign)
    kwargs: dict[str, Any] = ({"status": None} if asked is set_status
                              else {"staff_name": None, "role": None})
    answer = asked(session=themed, staff=manager, words=None, focus=None, text=question,
                   **kwargs)
    app = _app(themed)
    assert f"#{app.id}" in answer.text and "is open" in answer.text, answer.text
    assert answer.slots.get("theme_id") == str(app.id) and app.status == "open"
    # the next turn's "it"
    owner = assign(session=themed, staff=manager, words=None, focus=int(answer.slots["theme_id"]),
                   staff_name="Henrik Olsen", role="solution owner",
                   text="set solution owner to Henrik Olsen")
    status = set_status(session=themed, staff=manager, words=None,
                        focus=int(answer.slots["theme_id"]), status="in progress",
                        text="and mark it in progress")
    _yes_to_all(themed, owner)
    _yes_to_all(themed, status)
    app = _app(themed)
    assert (app.solution_owner_id, app.status) == ("H001", "in_progress")


@pytest.mark.parametrize("text", [
    "app login theme - i will be the business owner, and it's in progress now",
    "App-Login Thema: ich übernehme business owner, status in Bearbeitung",
])
def test_the_asker_taking_a_role_beside_a_status_gets_it(themed: Session, text: str) -> None:
    """A status change that also hands the asker a role ("i'll be …"): both shown, both made."""
    manager = themed.get(Staff, "M001")
    answer = set_status(session=themed, staff=manager, words="app login", focus=None,
                        status="in progress", text=text)
    said = _yes_to_all(themed, answer)
    app = _app(themed)
    assert (app.business_owner_id, app.status) == ("M001", "in_progress"), said
