"""How names are compared: accents optional, case-free, apostrophes and honorifics ignored.

The same normalisation is applied to the names in the database and to what the advisor
types, so "Muller", "MÜLLER" and "Müller" are one name part and "O'Brien" is "obrien".
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into base letter + accent.
_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ł": "l",
                       "Ł": "l", "đ": "d", "Đ": "d", "þ": "th", "œ": "oe", "Œ": "oe"})
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’`](?=\w)")
_PART = re.compile(r"[^\W\d_]+")

# The particles of a surname ("De Luca", "van den Berg", "della Rovere"): also ordinary words
# ("me equivoqué de cliente"), so never a customer's name on their own
NAME_PARTICLES = frozenset("de da di do du des del della dos das van von der den ter la le el "
                           "il die het les los las lo".split())
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "sir", "madam", "mme", "m",
     # as the advisors write them abroad: "sig.ra Rossi" (sig + ra), "sra. Ruiz", "mevr.
     # Visser", "dhr. Bakker", "pani Nowak", "fru Berg", "Monsieur Girard"
     "sig", "ra", "sigra", "signora", "signor", "sr", "sra", "srta", "senor", "senora",
     "mevrouw", "mevr", "dhr", "meneer", "pani", "fru", "monsieur", "madame", "mlle"}
)

# Words an advisor types around a name. They are never taken for a name unless written
# with a capital inside the sentence ("Tell" the surname, not "tell me about").
CHAT_WORDS = frozenset(
    {
        "tell", "about", "profile", "customer", "customers", "client", "clients", "holdings",
        "hold", "holds", "holding", "complaints", "complaint", "contacts", "contact", "last",
        "show", "info", "information", "summary", "brief", "briefing", "call", "called",
        "calling", "meeting", "today", "tomorrow", "she", "he", "they", "please", "thanks",
        "any", "second", "first", "third", "fourth", "fifth", "one", "check", "look", "pull",
        "open", "give", "details", "detail", "again", "more", "know", "want", "need",
        "prepare", "before", "what", "who", "does", "did", "view", "overview", "book",
        "portfolio", "account", "accounts", "recent", "latest", "next", "prospect", "number",
        "option", "pick", "choose", "take", "mean", "meant", "the", "that", "this", "ok",
        "okay", "yes", "no", "hi", "hello", "hey", "quick", "quickly", "up", "on", "for",
        "her", "him", "his", "their", "them", "with", "and", "or", "of", "me", "my", "is",
        "are", "was", "were", "has", "have", "had", "some", "lately", "ago", "walks",
        "walked", "coming", "comes", "in", "who's", "whos", "pls", "thx", "can", "could",
        "you", "would", "should", "see", "let", "lets", "get", "find", "search",
    }
)


def fold(text: str) -> str:
    """Lower case without accents: "Müller" → "muller", "Ångström" → "angstrom"."""
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def clean_message(text: str) -> str:
    """Drop possessives and inner apostrophes so "O'Brien's" reads as "OBrien"."""
    return _INNER_APOSTROPHE.sub("", _POSSESSIVE.sub("", text))


def name_parts(name: str) -> tuple[str, ...]:
    """The comparable parts of a stored name, in order, without honorifics."""
    parts = _PART.findall(fold(clean_message(name)))
    return tuple(p for p in parts if p not in HONORIFICS and len(p) > 1) or tuple(parts)


def transliterated(part: str) -> str:
    """A folded name part with German transliterations undone: "mueller" → "muller"."""
    return part.replace("ae", "a").replace("oe", "o").replace("ue", "u")
