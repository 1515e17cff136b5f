"""The take-back words in one place (knowledge.writes.take_back_words), each caller's reading
kept: a whole message that only takes back, never a call report or a plain "no"."""

from __future__ import annotations

import pytest

from knowledge.feedback.chat import is_cancel
from knowledge.writes.earlier import names_an_earlier_write
from knowledge.writes.take_back_words import is_take_back


@pytest.mark.parametrize("text", [
    "cancel", "undo", "stop", "never mind", "nvm", "forget it", "scratch that", "scrap that",
    "forget i said that", "delete that entry", "remove it", "undo pls", "take that back",
    "wrong chat, ignore", "wrong window sorry, pls ignore", "disregard", "ignore that",
    "cancel that", "oops, scrap that", "Rückgängig bitte", "vergiss es", "löschen",
    "no, cancel", "strike that!",
])
def test_a_message_that_only_takes_back(text: str) -> None:
    assert is_take_back(text) and is_cancel(text)


@pytest.mark.parametrize("text", [
    "no", "nope", "yes", "she wants to cancel her card", "undo the call with maria keller",
    "maria keller reached, scratch that - no answer", "delete her account", "ignore the fees",
    "forget about the meeting, she wants a call friday", "wrong date", "stop the direct debit",
])
def test_a_message_saying_more_is_no_whole_take_back(text: str) -> None:
    assert not is_take_back(text)


def test_the_earlier_writes_reader_knows_the_shared_verbs() -> None:
    last = {"kind": "call", "id": "I9", "earlier": [{"kind": "call", "id": "I8"}]}
    for text in ("undo both", "scrap both", "disregard both of them", "the one before that - "
                 "delete it"):
        assert names_an_earlier_write(text, last), text
    assert not names_an_earlier_write("both want to cancel the plan", last)


@pytest.mark.parametrize(("text", "ends"), [
    ("wait no, that was dieter's question not a complaint. undo that", True),
    ("sorry mixed them up, delete it", True),
    ("scratch that, wrong person", False),
    ("undo that", False),  # the whole message takes back: read as such elsewhere
    ("no the other one - greta klein", False),
])
def test_a_message_ending_in_a_take_back(text: str, ends: bool) -> None:
    from knowledge.writes.take_back_words import ends_in_take_back

    assert ends_in_take_back(text) is ends


@pytest.mark.parametrize("text", ["undo the andreas vm", "pls delete the meeting with X",
                                  "Scrap my call with lena"])
def test_an_undo_that_names_its_write(text: str) -> None:
    from knowledge.writes.take_back_words import undoes_a_named_write

    assert undoes_a_named_write(text)


@pytest.mark.parametrize("text", ["undo the last one, it was anna", "undo that", "the vm undo",
                                  "scratch the meeting, just reached"])
def test_no_named_write_to_undo(text: str) -> None:
    from knowledge.writes.take_back_words import undoes_a_named_write

    assert not undoes_a_named_write(text)


@pytest.mark.parametrize(("text", "whole"), [
    ("annule cela", True), ("cancella quello", True), ("usuń to", True),
    ("maak het ongedaan", True), ("cancela la última", True), ("ångra senaste", True),
    ("undo that, wrong client", True), ("scrap the voicemail", True),
    ("annule le rdv de jeudi", False), ("usuń spotkanie z anną", False),
    ("cancella il secondo", False), ("radera kontot", False),
])
def test_a_whole_message_taking_back_in_the_advisors_languages(text: str, whole: bool) -> None:
    from knowledge.writes.take_back_words import is_take_back

    assert is_take_back(text) is whole
