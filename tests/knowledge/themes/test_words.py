"""The words model next to the sentence vectors: any language, plain storage, order-free."""

from __future__ import annotations

import json
import random

import numpy as np

from knowledge.themes.words import Lexicon, analyse, fit, stem

GERMAN_FRENCH = [
    "Die Überweisung ins Ausland dauert zu lange.",
    "Meine Überweisung nach Österreich ist seit einer Woche nicht angekommen.",
    "Überweisung ins Ausland: warum dauert das so lange?",
    "Die Gebühren für das Girokonto sind gestiegen.",
    "Schon wieder höhere Gebühren für das Konto, ohne Ankündigung.",
    "Je n'arrive pas à ouvrir l'application depuis la mise à jour.",
    "L'application plante à chaque ouverture depuis la mise à jour.",
    "Les frais de tenue de compte ont encore augmenté.",
    "Encore des frais de compte en plus, sans prévenir.",
    "Der Geldautomat hat meine Karte eingezogen.",
    "Der Geldautomat in der Filiale hat die Karte behalten.",
]


def test_german_and_french_words_stay_whole() -> None:
    words = analyse("Die Überweisung nach Österreich, Straße; l'application ne s'ouvre pas")
    assert {"überweisung", "österreich", "strasse", "application"} <= set(words)
    # never a piece of a word cut at a non-ASCII letter ("berweisung", "sterreich")
    assert not any(w in words for w in ("berweisung", "sterreich", "stra", "e"))
    assert "dont" in analyse("I don't get it") and "card" in analyse("my card's PIN")
    for word in ("zahlungen", "gebühren", "kostenlos", "frais", "überweisungen"):
        assert word.startswith(stem(word)) and len(stem(word)) >= 3


def test_statements_in_german_and_french_share_their_problem_words() -> None:
    lexicon = fit(GERMAN_FRENCH, weight=0.4, dimensions=100, seed=7, per_dimension=0)
    assert lexicon is not None
    words = lexicon.features(GERMAN_FRENCH)
    assert np.isfinite(words).all()
    similar = words @ words.T
    # the two foreign-transfer complaints are closer in words than either is to fees or ATMs
    assert similar[0, 2] > max(similar[0, 3], similar[0, 9], similar[2, 7])
    assert similar[5, 6] > max(similar[5, 7], similar[6, 8])  # the app, not the fees


def test_the_model_is_stored_as_plain_values_and_gives_the_same_vectors() -> None:
    lexicon = fit(GERMAN_FRENCH, weight=0.4, dimensions=100, seed=7, per_dimension=0)
    assert lexicon is not None
    record = lexicon.to_record()
    json.dumps(record["vocabulary"])  # the vocabulary is JSON
    assert isinstance(record["idf"], bytes) and isinstance(record["components"], bytes)
    again = Lexicon.from_record(record["vocabulary"], record["weight"],  # type: ignore[arg-type]
                                record["dimensions"], record["idf"],  # type: ignore[arg-type]
                                record["components"])  # type: ignore[arg-type]
    new = ["Die Überweisung ins Ausland ist nicht angekommen.", "Nothing known here"]
    assert np.array_equal(again.features(new), lexicon.features(new))
    assert not np.any(again.features(new)[1])  # no known word: no words' vector, no NaN


def test_the_model_depends_on_the_statements_not_their_order() -> None:
    shuffled = GERMAN_FRENCH[:]
    random.Random(3).shuffle(shuffled)
    first = fit(GERMAN_FRENCH, weight=0.4, dimensions=100, seed=7, per_dimension=0)
    second = fit(shuffled, weight=0.4, dimensions=100, seed=7, per_dimension=0)
    assert first is not None and second is not None
    assert np.array_equal(first.features(GERMAN_FRENCH), second.features(GERMAN_FRENCH))


def test_words_switched_off_or_too_few_give_no_model() -> None:
    assert fit(GERMAN_FRENCH, weight=0.0, dimensions=100, seed=7) is None
    assert fit(["one statement", "another one"], weight=0.4, dimensions=100, seed=7,
               per_dimension=0) is None


def test_too_few_statements_per_dimension_leave_the_sentence_vectors_alone() -> None:
    """A small bank's few statements (ten per dimension by default) get no words model: their
    shared small words would be the directions found."""
    many = [f"{text} ({n})" for n in range(10) for text in GERMAN_FRENCH]
    dims = len(GERMAN_FRENCH) // 2
    assert fit(GERMAN_FRENCH, weight=0.4, dimensions=dims, seed=7) is None
    assert fit(many[: 10 * dims - 1], weight=0.4, dimensions=dims, seed=7) is None
    assert fit(many[: 10 * dims], weight=0.4, dimensions=dims, seed=7) is not None


def test_a_statement_placed_alone_gets_the_vector_it_gets_in_a_build() -> None:
    """`update` computes one statement's words; a build all of them: the same space."""
    lexicon = fit(GERMAN_FRENCH, weight=0.4, dimensions=100, seed=7, per_dimension=0)
    assert lexicon is not None
    together = lexicon.features(GERMAN_FRENCH)
    alone = np.vstack([lexicon.features([text]) for text in GERMAN_FRENCH])
    assert np.array_equal(alone, together)
