"""Customers of the asker's book whose full name is written out in a message.

Exact only (accents and case folded, "wagner's" still "wagner"): a name in a statement links
a write to that customer, so a shared first name or a misspelling never counts here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
from knowledge.customers.names import fold
from knowledge.models.bank import Customer, Staff


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


# A stored name's folded words, kept per name: "is X on my list?" and a report's names are
# checked against every name of the book on each turn, and folding 400 names each time was a
# third of the call-list turn. Pure (the name's text is the key), so never stale.
NAME_KEYS_KEPT = 1 << 17


@lru_cache(maxsize=NAME_KEYS_KEPT)
def _full_name_key(name: str) -> str | None:
    """ " maria perez " for a name of two words or more, as found in a padded text; None
    for a one-word name, which never counts as written out in full."""
    key = _words(name)
    return f" {key} " if len(key.split()) >= 2 else None


def named_in_full(session: Session, staff: Staff, text: str) -> list[str]:
    """Ids of the book's customers whose full name (two words or more) the text spells out."""
    padded = f" {_words(text)} "
    rows = session.execute(select(Customer.id, Customer.name).where(visible_customers(staff)))
    return [customer_id for customer_id, name in rows
            if (key := _full_name_key(name or "")) is not None and key in padded]


def named_outside_book(session: Session, staff: Staff, text: str) -> bool:
    """Some customer outside the asker's book has a full name the text spells out (a
    look-alike in the book is then never offered for a yes)."""
    padded = f" {_words(text)} "
    rows = session.execute(select(Customer.name).where(~visible_customers(staff)))
    return any(key is not None and key in padded
               for key in (_full_name_key(name or "") for (name,) in rows))


def spelt_out_among(session: Session, ids: tuple[str, ...], text: str) -> list[str]:
    """Those of `ids` whose full name (two words or more) the text spells out."""
    padded = f" {_words(text)} "
    rows = session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids)))
    return [customer_id for customer_id, name in rows
            if (key := _full_name_key(name or "")) is not None and key in padded]


_CAPITALISED = re.compile(r"(?<=\S\s)([A-ZÀ-ÖØ-Þ][\w'’-]+)")
# A German noun is capitalised too: after an article or determiner it is no name ("sie möchte
# einen Termin", "am Freitag", "zum Gespräch"; never "die Schmidt", said of a person)
_GERMAN_NOUN = re.compile(
    r"\b(?:ein|eine|einen|einem|einer|eines|am|im|zum|zur|vom|beim|kein|keine|keinen|keinem|"
    r"nächste[nmrs]?|neue[nmrs]?)\s+([A-ZÄÖÜ][\wäöüß'’-]+)")
# The one list of the pronouns that stand for a person (a customer), capitalised.
ENGLISH_PRONOUNS = frozenset("She He Her Him His Hers They Them Their".split())
PRONOUNS = ENGLISH_PRONOUNS | frozenset("Sie Er Ihr Ihm".split())
_NOT_NAMES = frozenset(
    "I ECB Fed SNB BoE OK Mon Tue Wed Thu Fri Sat Sun Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February "
    "March April June July August September October November December EUR CHF USD GBP".split()
) | PRONOUNS


# Words the NLU may tag as a name that say when, not who ("anyway reached her earlier").
_WHEN_WORDS = frozenset("earlier later today yesterday tonight now again back this morning "
                        "afternoon evening just anyway already before".split())


# An apology, exclamation or "wrong" opening a correction, in the advisors' languages ("przepraszam,
# nie kupił …", "scusa, …", "förlåt"): the NLU tags it as a name, no customer is called so
_COURTESY_WORDS = frozenset(
    "sorry sry soz oops oh oups ups hoppla huch oj ojej pardon excuse apologies entschuldigung "
    "entschuldige sorri verzeihung désolé désolée desole desolee scusa scusate scusi scusami "
    "perdona perdón perdon perdone disculpa disculpe lo siento excuses excuus przepraszam "
    "przepraszamy sorki wybacz pardon förlåt forlat ursäkta ursakta "
    # …or only says it was wrong ("nee sorry, falsch: …", "nie, w czwartek")
    "no nope nah nee nein nie non nej wrong incorrect mistake falsch faux fausse sbagliato "
    "sbagliata errore equivocado equivocada error fout verkeerd fel źle zle błąd blad "
    "pomyłka pomylka".split())


def not_a_name(name: str) -> bool:
    """A name entity that is a pronoun ("She"), only says when ("earlier", "this morning") or
    only apologises ("sorry", "przepraszam", "scusa")."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    return name.strip().capitalize() in PRONOUNS or (
        bool(words) and all(w in _WHEN_WORDS | _COURTESY_WORDS for w in words))


_STOP_LANGUAGES = ("en", "de", "fr", "it", "es", "pl", "nl", "sv")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's stop words of the languages the bank's advisors write ("via", "in", "sie")."""
    import importlib

    words: set[str] = set()
    for code in _STOP_LANGUAGES:
        words |= importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
    return frozenset(fold(w) for w in words)


def no_one_is_called(session: Session, name: str) -> bool:
    """The words the NLU tagged as a name are none anywhere in the bank: each an ordinary word
    of the advisors' languages ("via", "in", "Hab sie") or a short word no customer's name
    resembles, and no customer has it as a name part ("Per", "Ella", "Dan" are names)."""
    from knowledge.customers.index import bank_index
    from knowledge.customers.names import name_parts
    from knowledge.customers.relatives import RELATION_WORDS

    parts = name_parts(name)
    if not parts or any(re.fullmatch(RELATION_WORDS, p) for p in parts):
        return False  # "dad", "wife": a person, if not a customer's name
    index = bank_index(session=session)
    return all(part not in index.postings and (
        part in _stop_words() or (len(part) <= 3 and not index.resembles_a_name(part)))
        for part in parts)


_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today "
                       "tomorrow yesterday weekend".split())


def only_day_words(value: str | None) -> bool:
    """ "Saturday", "on Friday", "next monday": a day the NLU took for a name (no customer is
    called that; a month may be a first name, "April", "June", so months are not counted)."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", value or "")]
    named = [w for w in words if w not in {"on", "next", "last", "this", "the"}]
    return bool(named) and all(w in _DAY_WORDS for w in named)


# Words the NLU tags alone as a name that no customer is called: a name's particles, pronouns
_PARTICLES = frozenset("de da di do du des del della dos das van von der den ter la le el il "
                       "die das het les los las lo det his her him she he mai".split())


def no_name_in(value: str | None) -> bool:
    """ "de" (of "… Femke Weber: de app …"), "Saturday", "his": no customer's name alone."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", value or "")]
    return bool(words) and (only_day_words(value) or all(w in _PARTICLES for w in words))


_NAME_PARTICLES = _PARTICLES - frozenset("his her him she he mai det".split())


def may_be_a_name(words: str) -> bool:
    """Words left over that could be a name typed: at most four, none an ordinary word of the
    advisors' languages but a name's particle ("van den berg" may; "non era interessata",
    "nie była zainteresowana" may not)."""
    parts = re.findall(r"[^\W\d_]+", fold(words))
    return 0 < len(parts) <= 4 and not any(
        p in _stop_words() and p not in _NAME_PARTICLES for p in parts)


def full_names_written(session: Session, staff: Staff, text: str) -> list[str]:
    """Customers of the book whose full name is written out in the message."""
    from knowledge.customers.index import index_for

    index = index_for(session=session, staff=staff)
    tokens, _ = index.tokens_in_message(text)
    exact = [t for t in tokens if t.exact]
    if len(exact) < 4:
        return []
    hits, _ = index.best_matches(exact, margin=0.5, limit=10)
    return [h.customer_id for h in hits if h.complete and h.exact]


def typed_name(text: str) -> str | None:
    """The capitalised words of a message that may be a name no customer has."""
    words = unknown_name_words(text)
    return " ".join(words) if words else None


def unknown_name_words(text: str) -> list[str]:
    """Capitalised words after the first that are no weekday, month, currency or acronym."""
    # Acronyms ("ETF", "ISA") are products, not people.
    nouns = set(_GERMAN_NOUN.findall(text))
    return [w for w in _CAPITALISED.findall(text)
            if w not in _NOT_NAMES and not w.isupper() and w not in nouns]
