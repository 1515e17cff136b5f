"""Customer ids as advisors type them: "C000045", "#C000045", "c45", "C-45", "cust 000045",
"cust no. 45", "customer id 45".

The bank's ids are "C" and six digits. An id typed as itself (case aside, a leading "#") is
exact; any other form is read loosely, as the one id it can stand for (the digits, padded),
and a write on a loose reading is shown for a yes first. A number too long for an id reads as
no id at all. "customer 2" (a choice in a list) is no id: after "customer" or "client" the
number needs a marker ("no.", "id", "#", "C") or three digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ID_DIGITS = 6

_TYPED = re.compile(
    r"(?<![\w/-])#?\s?(?:"
    r"(?P<c>[Cc])-?(?P<a>\d{1,9})"
    r"|(?:cust|kd)\.?[-\s]*(?:(?:no|nr|num|id|#)\.?:?\s*)?#?(?:[Cc]-?)?(?P<b>\d{1,9})"
    r"|(?:customer|client|kunde|kunden)[-\s]*"
    r"(?:(?:no|nr|num|number|nummer|id|#)\.?:?\s*#?(?:[Cc]-?)?|[Cc]-?|(?=\d{3}))(?P<d>\d{1,9})"
    r")(?![\w-])(?![.,:/]\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TypedId:
    typed: str  # as written in the message
    customer_id: str  # the id it stands for
    exact: bool  # written as the id itself


def typed_ids(text: str | None) -> list[TypedId]:
    """The ids a message types, in order (each distinct id once)."""
    found: dict[str, TypedId] = {}
    for match in _TYPED.finditer(text or ""):
        digits = match.group("a") or match.group("b") or match.group("d") or ""
        typed = match.group(0).strip()
        number = int(digits)
        if number <= 0 or len(str(number)) > ID_DIGITS:
            # Not an id of this bank's form: kept as typed (an unknown id, audited as such).
            reading = typed.lstrip("#").strip().upper()
            exact = False
        else:
            reading = f"C{number:0{ID_DIGITS}d}"
            exact = bool(match.group("a")) and len(digits) == ID_DIGITS
        found.setdefault(reading, TypedId(typed, reading, exact))
    return list(found.values())


def first_typed_id(text: str | None) -> TypedId | None:
    ids = typed_ids(text)
    return ids[0] if ids else None


def without_ids(text: str | None) -> str:
    """The message with its typed ids taken out (what is left to read as words)."""
    return _TYPED.sub(" ", text or "")
