"""Two calls logged, no call list shown, then "hmm the first one was actually a meeting, on
the 27th": the first of the two calls put right (a meeting on that day), the second left as
it was; never read as place 1 of a list that was never shown.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tests.actions.conftest import Talk, new_calls


async def test_the_first_one_was_actually_a_meeting_corrects_the_first_call(
        people: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl no answer")
    await talk.say("li wei reached")
    said = await talk.say("hmm the first one was actually a meeting, on the 27th")
    if "OK?" in said:
        said = await talk.say("yes")
    assert sorted(new_calls(people)) == [("C003", "follow_up", "2026-11-27"),
                                         ("C005", "reached", None)], said


async def test_actually_delete_the_first_one_takes_back_the_first_call_only(
        people: Session) -> None:
    talk = Talk()
    await talk.say("pedro alves reached")
    await talk.say("maria keller not interested")
    said = await talk.say("oops, actually remove the first one")
    if "OK?" in said:
        said = await talk.say("yes")
    assert new_calls(people) == [("C001", "not_interested", None)], said
