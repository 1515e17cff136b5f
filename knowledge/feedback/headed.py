"""A statement headed in the advisor's own language: "Feedback von Hannah Meyer: die
Kontoauszüge kommen zu spät", "reclamo da Giorgio De Luca: …", "Retour de Karin Larsson : …",
"Queja de Lucía Navarro: …", "opinia od …:", "klacht van …:", "Feedback från …:".

A feedback noun opens the message, a word for "from" follows, then the customer (at most four
words) and a colon or dash before the customer's words. Only then is the name the customer's;
"feedback Giorgio De Luca: …" (no word for "from") is left to the English reading, so a name's
own "de" / "van" is never taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.languages import FEEDBACK_NOUN, FROM_WHOM, alternatives

# "retour du client X :", "Feedback des Kunden X:", "opinia klienta X:": the customer noun
# after "from" or in the genitive is no part of the name
_CUSTOMER = r"(?:kunden|kunde|client|cliente|klant|klienta|klientki|kund|customer)"
_HEADED = re.compile(
    rf"^\s*(?:(?:customer|client|kunden|klant|cliente?)\s+)?(?:{alternatives(FEEDBACK_NOUN)})"
    rf"(?:\s+(?:client|cliente|klant|kunde|klienta))?\s+(?:(?:{alternatives(FROM_WHOM)})(?:(?<=['’])|(?!\w))\s*"
    rf"(?:{_CUSTOMER}\s+)?|(?:des|der)\s+{_CUSTOMER}\s+|(?:klienta|klientki)\s+)"
    r"(?P<who>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}?)\s*(?::|\s[-–—])\s*(?P<body>\S.*)$",
    re.IGNORECASE | re.DOTALL)


_NOBODY = {"the customer", "a customer", "customer", "the client", "a client", "client",
           "walk-in customer", "a walk-in customer"}


@dataclass(frozen=True)
class Headed:
    customer: str  # as typed; resolved (or asked about) when saving
    text: str


def headed(message: str | None) -> Headed | None:
    """The customer and the statement of a message headed "<feedback> <from> <name>:"."""
    match = _HEADED.match(message or "")
    if match is None or match.group("who").lower() in _NOBODY:
        return None
    return Headed(customer=match.group("who").strip(" .,"), text=match.group("body").strip())
