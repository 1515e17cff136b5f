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


def well_formed_all(value: Any) -> Any:
    """`well_formed` on every string in nested lists and dicts (a tracker's message, slots)."""
    if isinstance(value, str):
        return well_formed(value)
    if isinstance(value, list):
        return [well_formed_all(v) for v in value]
    if isinstance(value, dict):
        return {k: well_formed_all(v) for k, v in value.items()}
    return value
