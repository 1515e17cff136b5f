"""Someone a call report only mentions ("reached marcin kowalski. he mentioned his neighbour jan
koch banks with us too", "reached giulia ferrari - she said her colleague laura sanchez might
want a mortgage"): named after a possessive and a relation, as a person talked about, not the
one the call was with. knowledge.call_reports.call_writes reads the customer again without these
words when the message named two customers, and takes the result only when one customer is
still named in full."""

from __future__ import annotations

import re

from knowledge.customers.relatives import RELATION_WORDS

_MENTION = re.compile(
    r"(?<=\s)(?:his|her|their|a|my|our)\s+(?:(?:new|old|former|best|next-door)\s+)?"
    rf"(?:neighbou?rs?|friends?|boss|cousin|flatmate|room-?mate|landlord|tenant|co-?worker|"
    rf"mates?|uncle|aunt|niece|nephew|in-laws?|{RELATION_WORDS})"
    r"(?:\s+(?!(?:is|was|has|had|banks|wants|said|says|might|may|will|would|and|"
    r"but|who|that|too|also)\b)[^\W\d_][\w'’-]*){1,3}", re.IGNORECASE)


def without_mentions(text: str | None) -> str | None:
    """The message with each person it only mentions blanked out; None when it mentions
    nobody so (nothing to read again)."""
    words = text or ""
    blanked = _MENTION.sub(lambda m: " " * len(m.group(0)), words)
    return blanked if blanked != words else None


_ABOUT_SOMEONE = re.compile(
    r"^\s*(?:his|her|their|a|my|our)\s+(?:(?:new|old|former|best|next-door)\s+)?"
    rf"(?:neighbou?rs?|friends?|boss|cousin|flatmate|room-?mate|landlord|tenant|co-?worker|"
    rf"mates?|uncle|aunt|niece|nephew|in-laws?|{RELATION_WORDS})\b", re.IGNORECASE)


def about_someone_else(words: str | None) -> bool:
    """The words are about another person the customer talked of ("his neighbour jan koch
    banks with us too"): news of a third person, not what the customer thinks of the bank."""
    return bool(_ABOUT_SOMEONE.match(words or ""))
