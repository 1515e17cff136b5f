"""The pronouns that point at the customer in focus in the advisors' other languages ("lui
non risponde", "elle a rappelé", "er hat abgesagt", "ona nie odbiera", "hij neemt niet op",
"hon svarar inte"), as English "she" / "him" do: the call is then shown for a yes with the
customer it was read as (knowledge.call_reports.call_writes).

Words that are also articles or common words in another of the languages ("il", "la",
"le", "on", "han", "die") are left out: a pointer is never guessed from them.
"""

from __future__ import annotations

import re

from knowledge.languages import alternatives as _alt

POINTERS = [
    "lui", "lei", "loro",  # it (and "lui" in French)
    "elle", "elles", "eux",  # fr
    "él", "ella", "ellos", "ellas",  # es
    "er", "sie", "ihm", "ihn",  # de
    "hij", "zij", "hem", "haar",  # nl
    "ona", "oni", "jego", "jej", "niego", "niej", "nią",  # pl
    "hon", "honom", "henne",  # sv
]


def pointer_words() -> str:
    """One regular-expression alternative of the pointers, accents optional."""
    return _alt(POINTERS)


# A message that refers to the customer in focus: the pronouns, "same customer", "this client"
POINTER = re.compile(
    r"\b(her|him|his|she|he|them|they|their|same (?:customer|client|one|person|lady|guy)|"
    r"this (?:customer|client)|that (?:customer|client)|the customer|the client|"
    rf"{pointer_words()})\b",
    re.IGNORECASE,
)
