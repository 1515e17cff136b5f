"""A message that only announces feedback ("need to jot down some fb", "got a complaint to
enter for rita martins", "kundenfeedback erfassen bitte"): no customer statement in it, so the
form opens and asks what the customer said; the announcement itself is never stored.

Read by what is left once the words of asking are gone: a message made only of request verbs,
fillers and a feedback noun (plus, at most, "for <customer>" or a customer id) says nothing a
customer said. Anything else left over is content, and the message is read as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.customers.typed_ids import typed_ids, without_ids

_NOUN = re.compile(r"\b(?:customer |client |kunden)?(?:feedback|fb|complaint|beschwerde|"
                   r"rückmeldung|rueckmeldung)s?\b", re.IGNORECASE)
# Words that ask, point or fill (English and the German an advisor in Vienna mixes in).
_ASKING = frozenset("""
i we i'd we'd i'm im me us you let let's lets need needs want wanna would like have has got
gotta going to must should can could may shall will quick quickly just some a an the new one
more another customer customers client clients here is there's theres this that ok okay so hi
hey please pls plz thx thanks now today also still and there it
log record note jot down write up put in into enter add save register file capture submit take
type leave share pass report track store keep make create start open
ich wir muss müssen möchte will noch ein eine einen etwas kurz bitte erfassen eintragen
aufnehmen notieren speichern hinzufügen anlegen neues neue neuen
""".split())
_FOR_WHOM = re.compile(r"\b(?:for|from|about|re|regarding|by|für|fuer|von)\s+(?P<who>.+?)"
                       r"\s*[.!?]*\s*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’]*", re.UNICODE)


@dataclass(frozen=True)
class Announcement:
    customer: str | None  # "for rita martins" or an id, as typed; None when no one is named


def announcement(message: str | None) -> Announcement | None:
    """The announcement, when the message is nothing but one; None when it says more."""
    text = " ".join((message or "").split())
    if not text or len(text.split()) > 12 or not _NOUN.search(text) or ":" in text:
        return None
    customer = None
    rest = _NOUN.sub(" ", text)
    whom = _FOR_WHOM.search(rest)
    if whom and len(whom.group("who").split()) <= 4:
        who = whom.group("who").strip(" .,!?")
        if _content(who):  # a name after "for": the customer, never the statement
            customer, rest = who, rest[: whom.start()]
    ids = typed_ids(rest)
    if ids:
        if len(ids) > 1 or customer:
            return None
        customer, rest = ids[0].typed.lstrip("#").upper(), without_ids(rest)
    return None if _content(rest) else Announcement(customer)


def _content(text: str) -> list[str]:
    """The words of `text` that are neither asking nor filling."""
    return [w for w in _WORD.findall(text.lower().replace("’", "'")) if w not in _ASKING]
