"""The advisors' language words: every entry also matches as typed without its accents, and
the yes / no answers are told apart in every language."""

from __future__ import annotations

import re

import pytest

from knowledge.languages import NO_ANSWER, alternatives, plain
from knowledge.writes.pending import plain_answer
from knowledge.writes.unsure import HEDGE, NEGATION, PLAN, THIRD_PARTY, unsure_about


@pytest.mark.parametrize(("typed", "meant"), [
    ("repondeur", "répondeur"), ("nie odebral", "nie odebrał"), ("rostbrevlada", "röstbrevlåda"),
    ("poczta glosowa", "poczta głosowa"), ("buzon", "buzón"),
])
def test_a_word_typed_without_accents_is_the_same_word(typed: str, meant: str) -> None:
    pattern = re.compile(rf"\b(?:{alternatives(NO_ANSWER)})\b")
    assert plain(meant) == typed and pattern.search(typed) and pattern.search(meant)


@pytest.mark.parametrize("answer", ["ja", "jawohl", "oui", "oui merci", "tak", "tak, dziękuję",
                                    "sí", "si", "sì", "vale", "ja graag", "ja tack", "klopt",
                                    "d'accord", "certo"])
def test_a_yes_in_any_language(answer: str) -> None:
    assert plain_answer(answer) == "yes"


@pytest.mark.parametrize("answer", ["nein", "nee", "nej", "nej tack", "non", "non merci",
                                    "nie", "nie, dziękuję", "niet", "no gracias", "no grazie",
                                    "laat maar", "lascia stare"])
def test_a_no_in_any_language(answer: str) -> None:
    assert plain_answer(answer) == "no"


@pytest.mark.parametrize("answer", ["ja nee", "oui non", "si reached him", "nie wiem"])
def test_a_mixed_answer_is_no_plain_answer(answer: str) -> None:
    assert plain_answer(answer) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("spoke to X, non so", NEGATION), ("reached X, pas sûr", NEGATION),
    ("reached X, forse", HEDGE), ("reached X, misschien", HEDGE), ("reached X, kanske", HEDGE),
    ("X: devo richiamarla venerdì", PLAN), ("X, je vais la rappeler", PLAN),
    ("X, ik moet haar terugbellen", PLAN), ("X, jag ska ringa henne", PLAN),
    ("X: sua moglie ha risposto", THIRD_PARTY), ("X, jej mąż odebrał", THIRD_PARTY),
])
def test_a_foreign_doubt_left_over_is_asked(text: str, kind: str) -> None:
    doubt = unsure_about(text)
    assert doubt is not None and doubt.kind == kind
