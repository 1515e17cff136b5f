"""Text typed by people, made safe to compare and to store.

A chat message can carry what no database or tokenizer takes: lone UTF-16 surrogates
(JSON allows "\\ud800"; Rasa passes them on, and UTF-8 cannot encode them: SQLite, psycopg
and spaCy raised UnicodeEncodeError, a fuzz got 101 apologies from the customer lookup) and
NUL characters (PostgreSQL refuses them in text). No name, id or statement needs either.
"""

from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def well_formed(value: str) -> str:
    """`value` with lone surrogates replaced by U+FFFD and NUL characters removed."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    return _SURROGATE.sub(REPLACEMENT, value)


# Typographic apostrophes and quotes (phones and word processors put them in): the plain
# ones, so "didn\u2019t pick up" reads as "didn't pick up" everywhere after the boundary.
_TYPOGRAPHIC = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"',
                              "\u201d": '"', "\u201e": '"'})


def plain_quotes(value: str) -> str:
    """`value` with typographic apostrophes and quotes made plain."""
    return value.translate(_TYPOGRAPHIC)


def typed_message(message: Any) -> Any:
    """A tracker's latest message made well formed, its text with plain quotes and without
    the signature a phone or mail client appends."""
    message = well_formed_all(message)
    if isinstance(message, dict) and isinstance(message.get("text"), str):
        message = {**message, "text": without_signature(plain_quotes(message["text"]))}
    return message


# Where a phone's or mail client's signature starts ("Sent from my iPhone", "--" before the
# sender's name, "Get Outlook for iOS"), or a closing line with at most a name after it
# (capitalised: "thanks\ncall back friday" is a report, not a signature).
_SIGNATURE = re.compile(
    r"(?im)^[ \t]*(?:--|—|sent from my \S.*|sent from \S+ for \S.*|von meinem \S.* gesendet|"
    r"get outlook for \S.*|envoy[ée] de mon \S.*|enviado desde mi \S.*)[ \t]*$|"
    r"^[ \t]*(?:best|regards|best regards|kind regards|cheers|thanks|thx|br|lg|mfg|"
    r"liebe gr(?:ü|ue)(?:ß|ss)e|viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e)[ \t]*,?[ \t]*"
    r"(?:\n[ \t]*(?-i:[A-ZÀ-Ý])[^\n]{0,39}){0,3}\Z")


def without_signature(text: str) -> str:
    """The message up to a signature on a line of its own (the first line is never one)."""
    for match in _SIGNATURE.finditer(text):
        if text[: match.start()].strip():
            return text[: match.start()].rstrip()
    return text


def well_formed_all(value: Any) -> Any:
    """`well_formed` on every string in nested lists and dicts (a tracker's message, slots)."""
    if isinstance(value, str):
        return well_formed(value)
    if isinstance(value, list):
        return [well_formed_all(v) for v in value]
    if isinstance(value, dict):
        return {k: well_formed_all(v) for k, v in value.items()}
    return value
