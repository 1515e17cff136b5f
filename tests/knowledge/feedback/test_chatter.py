"""Chatter sent to the feedback form (an acknowledgement, a reaction, a sign-off, "nothing
new", an emoji, "X too", a remark about one's day) is no customer's statement, in the
advisors' languages; a statement that merely opens or ends like chatter still is one."""

from __future__ import annotations

import pytest

from knowledge.feedback.chat import not_a_statement
from knowledge.feedback.chatter import only_chatter, points_back


@pytest.mark.parametrize("text", [
    "👍", "🙏🙏", "ok cool", "Okay thx!!", "great, cheers 🙂", "got it", "perfect thank you",
    "alles klar, danke", "super merci", "va bene grazie", "vale, gracias", "dzięki, jasne",
    "tack, bra", "oké bedankt", "so nothing to report today", "Nothing new today.",
    "ok nothing more to log for now then", "i have nothing to report", "no news today",
    "nichts Neues heute", "rien de nouveau aujourd'hui", "niente di nuovo oggi, grazie",
    "nada nuevo hoy", "nic nowego dzisiaj", "niets nieuws vandaag", "inget nytt idag",
    "long day!", "what a week", "im off to lunch", "coffee break",
    "ok cheers - nothing to log, i was only checking", "Nothing to record, just thinking ahead",
    "ok, just planning, nothing to save", "no need to log anything, just looking",
])
def test_chatter_is_no_statement(text: str) -> None:
    assert only_chatter(text)
    assert not_a_statement(text)


@pytest.mark.parametrize("text", [
    "Jonas too 👍", "her as well", "and kofi too", "same for maria", "ditto", "Piet ook",
    "lena auch", "Marie aussi",
])
def test_a_pointer_back_to_the_last_write(text: str) -> None:
    assert points_back(text)
    assert only_chatter(text)


@pytest.mark.parametrize("text", [
    "ok so she says the app is slow",
    "she says nothing works in the new app",
    "the fees are too high",
    "she is unhappy too",
    "the app is slow too",
    "good service at the branch",
    "not good, the card was blocked again",
    "thanks to the new app she can finally pay online",
    "nothing works since the update",
    "die App ist auch zu langsam",
    "nothing to record but he's just switching to another bank",
])
def test_a_statement_that_sounds_like_chatter_stays_one(text: str) -> None:
    assert not only_chatter(text)
    assert not points_back(text)


def test_an_empty_message_is_no_chatter() -> None:
    assert not only_chatter("")
    assert not only_chatter(None)


@pytest.mark.parametrize(("text", "expected"), [
    ("and log that she wants her statements by post again", "~C9"),
    ("He says the app font is too small", "~C9"),
    ("oh and note that they hate the new fees", "~C9"),
    ("the app font is too small", None),
    ("maria says the app font is too small", None),
])
def test_a_statement_pointing_at_the_focus_customer(text: str, expected: str | None) -> None:
    from knowledge.feedback.pointed import pointed_customer

    assert pointed_customer(text, "C9") == expected
    assert pointed_customer(text, None) is None


@pytest.mark.parametrize(("text", "name"), [
    ("stefan too 👍", "stefan"), ("and kofi too", "kofi"), ("same for maria", "maria"),
    ("Jonas Weber as well", "jonas weber"), ("her too", None), ("thanks too", None),
    ("you too", None), ("ditto", None), ("the app is slow", None),
])
def test_the_name_a_pointer_back_gives(text: str, name: str | None) -> None:
    from knowledge.feedback.chatter import pointed_name

    assert pointed_name(text) == name
