"""Theme names: a short phrase that names the problem, not a list of keywords."""

from __future__ import annotations

import numpy as np

from knowledge.themes.embedding import normalise
from knowledge.themes.phrases import candidates_of, name_classes
from tests.knowledge.themes.wocas_bank import APP, CARD, PHONE

ARRIVE = [
    "My new card still hasn't arrived after three weeks.",
    "The replacement card never arrived in the post.",
    "Card hasn't arrived yet, ordered it a month ago.",
    "Card not arrived yet, I am still waiting.",
    "Where is my new debit card? It has not arrived.",
]


def test_candidates_fold_spellings_and_read_like_a_headline() -> None:
    vocabulary = frozenset({"card", "has", "arrived", "arrive", "my", "not"})
    one = candidates_of("My card hasn't arrived", vocabulary)
    two = candidates_of("the card has not arrived!", vocabulary)
    key = next(k for k in one if k.startswith("card") and "not" in k)
    assert key in two  # one phrase, however it is spelt
    assert one[key] == "card not arrived"
    assert all(not k.startswith(("my", "the")) for k in one | two)  # no phrase opens on filler


def test_names_are_short_phrases_unique_and_deterministic(embedder) -> None:
    groups = [APP, PHONE, CARD, ARRIVE]
    centres = normalise(np.vstack([embedder.embed(g).mean(axis=0) for g in groups]))
    names = name_classes(groups, centres, embedder.embed)
    assert names == name_classes(groups, centres, embedder.embed)
    assert len(set(names)) == 4 and all("/" not in n for n in names)
    assert all(2 <= len(n.split()) <= 5 for n in names), names
    assert "card" in names[3] and "arriv" in names[3]  # "card not arrived"
    assert "card" in names[2] and "block" in names[2]
    assert "app" in names[0]
