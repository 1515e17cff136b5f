"""What a greeting or goodbye carries besides itself (knowledge.writes.small_talk): a list
request, an undo, a call reported by place or by name; a greeting or a goodbye naming a day
carries nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.writes.small_talk import request_in

MONDAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("text", "asked"), [
    ("buonasera, chi mi tocca chiamare domani?", "list"),
    ("hejsan! vilka kunder ska jag kontakta", "list"),
    ("dzień dobry, kogo jeszcze mam obdzwonić", "list"),
    ("morning team - what's on my call list", "list"),
    ("cofnij ostatnie", "undo"),
    ("hoi, maak dat ongedaan", "undo"),
    ("bonsoir, le 4 : rappeler jeudi", "place"),
    ("hallo, die vierte auf der Liste hat unterschrieben", "place"),
    ("ciao, ho parlato con Chiara Ricci, non interessata", "report"),
])
def test_a_request_behind_hello_is_seen(text: str, asked: str) -> None:
    assert request_in(text, MONDAY) == asked


@pytest.mark.parametrize("text", ["hi there", "good evening!", "tot morgen", "bye, talk friday",
                                  "hej då", "hello bot", "buenas tardes a todos"])
def test_hello_or_goodbye_alone_carries_nothing(text: str) -> None:
    assert request_in(text, MONDAY) is None
