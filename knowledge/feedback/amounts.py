"""Amounts as the bank's advisors write them across Europe: "12,50 €" (a decimal comma),
"1.250,00 EUR" (dots between thousands), next to "1,250.50" and "50.00".

`as_english` rewrites each amount written the European way into the English form with the
same number of characters ("12,50" → "12.50", "1.250,00" → "1,250.00"), so the patterns that
find a compensation in a statement read it, and a span found in the rewritten text is the same
span in what was typed (the statement itself is kept as typed). `plain_number` is the value of
one amount, read either way.
"""

from __future__ import annotations

import re

# "1.250" / "1.250,50" (dots between thousands, maybe a decimal comma) or "12,50" / "12,5"
# (a decimal comma: one or two digits after it; three digits are thousands, "1,250").
_EUROPEAN = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,9},\d{1,2})(?![\d]|[.,]\d)")


def _swapped(match: re.Match[str]) -> str:
    return match.group(0).translate(str.maketrans(".,", ",."))


def as_english(text: str) -> str:
    """`text` with every European-style amount in the English form, same length."""
    return _EUROPEAN.sub(_swapped, text or "")


def plain_number(amount: str) -> str:
    """ "12,50" → "12.50", "1.250,00" → "1250.00", "1,250.50" → "1250.50"."""
    english = as_english(amount.strip())
    return english.replace(" ", "").replace(",", "")
