"""What is no customer's statement however the message reached the feedback form: chatter.

An acknowledgement or a reaction ("ok 👍", "cool thx", "alles klar", "d'accord"), a sign-off
("that's it for today", "tschüss"), "nothing new (to record today)" in any of the advisors'
languages, also with why ("nothing to record, just planning"), an emoji alone, a pointer back
to the last write ("stefan too", "same for her", "ditto") or the advisor's own remark about
their day ("long day!", "i'm off to lunch").
None of it is stored as feedback; the reply is short.

Strict on purpose: every word must be chatter (a statement that opens with "ok" — "ok so
she says the app is slow" — is still a statement), and the pointer back is at most three
words, so no customer's words can fit it.
"""

from __future__ import annotations

import re
import unicodedata

# Words that only acknowledge, react or sign off, in the advisors' languages.
_ACK = {
    "ok", "okay", "okey", "oki", "k", "kk", "okidoki", "cool", "great", "nice", "good", "fine",
    "perfect", "super", "excellent", "awesome", "brilliant", "lovely", "sweet", "neat", "wow",
    "thanks", "thank", "you", "thx", "ty", "tnx", "cheers", "ta", "noted", "got", "it",
    "understood", "sure", "alright", "right", "yes", "yep", "yeah", "yup", "no", "nope", "nah",
    "lol", "haha", "hah", "hehe", "oh", "ah", "aha", "hm", "hmm", "well", "so", "then", "and",
    "bye", "later", "cya", "ciao", "see", "ya", "all", "morning", "evening", "night",
    "hi", "hello", "hey", "that's", "thats", "it's", "its", "is", "for", "now", "today",
    "from", "me", "my", "side", "end", "done", "everything", "very", "much", "a", "lot",
    "many", "indeed", "true", "agreed", "exactly", "sounds", "makes", "sense", "top", "anyway",
    # German, Dutch, Swedish, French, Italian, Spanish, Polish
    "danke", "dank", "vielen", "schön", "gut", "alles", "klar", "prima", "toll", "passt",
    "tschüss", "genau", "jo", "ja", "nein", "bedankt", "je", "wel", "oké", "mooi", "tack", "bra",
    "okej", "hej", "merci", "beaucoup", "d'accord", "daccord", "parfait",
    "bien", "très", "génial", "grazie", "mille", "bene", "va", "perfetto", "benissimo",
    "ottimo", "gracias", "muchas", "vale", "perfecto", "genial", "bueno", "dzięki", "dziękuję",
    "bardzo", "dobrze", "świetnie", "jasne", "si", "sì", "oui", "ouais",
}

# "nothing new (to record) today", "no news", "nichts Neues", "rien de nouveau", …
_NOTHING = re.compile(
    r"\b(?:nothing|not\s+much|no(?:thing)?\s+(?:news|updates?))\b(?:\s+(?:new|else|more|"
    r"further|much|special|to\s+(?:record|log|report|add|note|say|tell|save|store|enter)))*|"
    r"\bno\s+need\s+to\s+(?:record|log|save|store|note)(?:\s+(?:anything|it|that))?\b|"
    r"\bnichts\s+(?:neues|mehr|weiter)\b|\bkeine\s+neuigkeiten\b|\brien\s+de\s+(?:nouveau|"
    r"plus|neuf)\b|\bniente\s+(?:di\s+nuovo|altro)\b|\bnada\s+(?:nuevo|más|mas)\b|"
    r"\bnic\s+(?:nowego|więcej)\b|\bniets\s+(?:nieuws|meer)\b|\binget\s+(?:nytt|mer)\b",
    re.IGNORECASE)
# The rest of a "nothing new" message: sign-off and filler words around it.
_NOTHING_FILLER = _ACK | {
    "to", "record", "log", "report", "add", "note", "say", "tell", "on", "the", "front",
    "here", "this", "week", "there", "was", "i", "have", "got", "guess", "think", "heute",
    "aujourd'hui", "oggi", "hoy", "dzisiaj", "dziś", "vandaag", "idag", "dann", "alors",
    "allora", "entonces", "wtedy", "dan", "då", "zu", "melden", "à", "signaler", "da",
    "segnalare", "que", "contar", "do", "zgłoszenia", "te", "att", "rapportera",
}

# Why there is nothing to record, the advisor's own doing: "just planning", "only checking",
# "i was just asking", "we're just looking ahead".
_JUST_DOING = re.compile(
    r"\b(?:(?:i|we)\s+(?:am|was|are|were)\s+|i['’]?m\s+|we['’]?re\s+)?(?:just|only|merely|simply)"
    r"\s+(?:\w+ing|curious)(?:\s+(?:ahead|around|things\s+through|it\s+through))?\b",
    re.IGNORECASE)

# "stefan too", "her as well", "same for maria", "ditto": the last write again, for someone
# else; no statement of its own.
_POINTER_BACK = re.compile(
    r"^(?:(?:and|&|\+)\s+)?(?!(?:[\w'’.-]+\s+)*?(?:is|are|was|were|has|have|had|does|did|"
    r"not|very|so)\s)(?:[\w'’.-]+\s+){1,2}?(?:too|as\s+well|also|aswell)$|"
    r"^(?:same|ditto|idem|likewise|dito)(?:\s+(?:for|with|here|again)(?:\s+[\w'’.-]+){0,2})?$|"
    r"^(?:[\w'’.-]+\s+){1,2}?(?:auch|ook|också|aussi|anche|también|też)$", re.IGNORECASE)

# The advisor's own remark about their day, never a customer's words.
_OWN_DAY = re.compile(
    r"^(?:(?:what\s+a|long|busy|crazy|quiet|slow)\s+(?:day|morning|week)|"
    r"(?:i['’]?m|i\s+am|im)\s+(?:so\s+|really\s+)?(?:tired|busy|off|back|done|exhausted|"
    r"going\s+(?:to\s+)?(?:lunch|home))(?:\s+(?:to\s+)?(?:lunch|home|now|for\s+today))*|"
    r"(?:coffee|lunch)\s+(?:time|break))$", re.IGNORECASE)


def _words(text: str) -> list[str]:
    """The message's words, lower case, without emoji, symbols or punctuation."""
    kept = "".join(ch if unicodedata.category(ch)[0] in "LN" or ch in " '’-" else " "
                   for ch in text)
    return [w.strip("'’-") for w in kept.lower().split() if w.strip("'’-")]


def only_chatter(text: str | None) -> bool:
    """True when the message is nothing but an acknowledgement, a reaction, a sign-off,
    "nothing new", an emoji, a pointer back to the last write or a remark about one's day."""
    raw = " ".join((text or "").split())
    words = _words(raw)
    if not words:
        return bool(raw)  # "👍", "🙏🙏": an emoji alone (an empty message is no chatter)
    plain = " ".join(words)
    if all(w in _ACK for w in words):
        return True
    if _NOTHING.search(plain) and all(w in _NOTHING_FILLER or _NOTHING.search(w)
                                      for w in _JUST_DOING.sub(" ", _NOTHING.sub(" ", plain))
                                      .split()):
        return True
    return bool(points_back(raw) or _OWN_DAY.match(plain))


def points_back(text: str | None) -> bool:
    """ "stefan too 👍", "same for her", "ditto": the last write again, for someone else."""
    return bool(_POINTER_BACK.match(" ".join(_words(text or ""))))


_PRONOUNS = {"her", "him", "them", "she", "he", "they", "me", "you", "it", "this", "that",
             "same", "and"}


def pointed_name(text: str | None) -> str | None:
    """ "stefan too 👍" -> "stefan": the name a pointer back gives (no pronoun), else None."""
    words = _words(text or "")
    if not points_back(text) or not words:
        return None
    name = [w for w in re.split(r"\s+", " ".join(words)) if w not in _PRONOUNS and w not in {
        "too", "also", "as", "well", "aswell", "auch", "ook", "också", "aussi", "anche",
        "también", "też", "for", "with", "here", "again", "ditto", "idem", "likewise", "dito",
        "&", "+"}]
    if not name or any(w in _ACK for w in name):  # "thanks too", "you too": no name
        return None
    return " ".join(name)


SHORT_REPLY = "OK, nothing stored."
