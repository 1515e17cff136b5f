"""Customer ids as advisors type them: "C000045", "#C000045", "c45", "C-45", "cust 000045",
"cust no. 45", "customer id 45"; slips read loosely: "c000O57" (an O for a zero), "c 000 024".

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
_O_AS_ZERO = str.maketrans("Oo", "00")

_TYPED = re.compile(
    r"(?<![\w/-])#?\s?(?:"
    r"(?P<c>[Cc])-?(?P<a>\d{1,9})"
    r"|(?:cust|kd)\.?[-\s]*(?:(?:no|nr|num|id|#)\.?:?\s*)?#?(?:[Cc]-?)?(?P<b>\d{1,9})"
    r"|(?:customer|client|kunde|kunden)[-\s]*"
    r"(?:(?:no|nr|num|number|nummer|id|#)\.?:?\s*#?(?:[Cc]-?)?|[Cc]-?|(?=\d{3}))(?P<d>\d{1,9})"
    r")(?![\w-])(?![.,:/]\d)",
    re.IGNORECASE,
)


# Slips in an id typed by hand, read loosely (so shown for a yes): the letter O for a zero
# among the digits ("c000O57"), the digits spaced in groups ("c 000 024").
_SLIPPED = re.compile(
    r"(?<![\w/-])#?[Cc][-\s]?(?P<e>\d[\dOo]*[Oo][\dOo]*\d|\d{1,3}(?:\s\d{3}){1,2})(?![\w-])"
    r"(?![.,:/]\d)")


@dataclass(frozen=True)
class TypedId:
    typed: str  # as written in the message
    customer_id: str  # the id it stands for
    exact: bool  # written as the id itself


def typed_ids(text: str | None) -> list[TypedId]:
    """The ids a message types, in order (each distinct id once)."""
    found: dict[str, TypedId] = {}
    matches = sorted([*_TYPED.finditer(text or ""), *_SLIPPED.finditer(text or "")],
                     key=lambda m: m.start())
    for match in matches:
        if match.re is _SLIPPED:
            typed = match.group(0).strip()
            digits = re.sub(r"\s", "", match.group("e")).translate(_O_AS_ZERO)
            if 0 < int(digits) < 10 ** ID_DIGITS:
                found.setdefault(f"C{int(digits):0{ID_DIGITS}d}",
                                 TypedId(typed, f"C{int(digits):0{ID_DIGITS}d}", False))
            continue
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
    return _SLIPPED.sub(" ", _TYPED.sub(" ", text or ""))
