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


# Amounts spelt out before a currency ("fifty euros", "a hundred quid", "twenty-five eur",
# "two hundred and fifty €"): English number words, units to thousands.
_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 100, "thousand": 1000}
_NUMBER_WORDS = {*_UNITS, *_TENS, *_SCALES, "a", "an", "and"}
_CURRENCY = re.compile(r"(?:(?:euros?|eur|quid|bucks|pounds?|dollars?|francs?)\b|€)", re.I)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s-]*$")


def _spelt_value(words: str) -> int | None:
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", words.lower().strip()):
        if word in _UNITS:
            current, seen = current + _UNITS[word], True
        elif word in _TENS:
            current, seen = current + _TENS[word], True
        elif word in ("a", "an") and not seen:
            current = 1  # "a hundred"
        elif word in _SCALES:
            current, seen = max(current, 1) * _SCALES[word], True
            if word == "thousand":
                total, current = total + current, 0
        elif word != "and":
            return None
    return total + current if seen else None


def spelt_as_digits(text: str) -> str:
    """`text` with each amount spelt out before a currency written in digits, padded to the
    same length ("fifty euros" → "50    euros"), so spans line up with what was typed. Read
    back from each currency word, a word at a time (linear in the message's length)."""
    text = text or ""
    out = text
    for currency in _CURRENCY.finditer(text):
        start = currency.start()
        window = max(0, start - 60)  # "two thousand three hundred and forty-five " at most
        while (word := _WORD_BEFORE.search(text, window, start)) and (
                word.group(1).lower() in _NUMBER_WORDS):
            start = word.start()
        said = text[start:currency.start()]
        value = _spelt_value(said) if said.strip() else None
        if value and len(str(value)) <= len(said.rstrip()):
            out = out[:start] + str(value).ljust(len(said)) + out[currency.start():]
    return out
