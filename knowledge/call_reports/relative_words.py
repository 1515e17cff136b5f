"""A relative of the customer in a call report: who picked up, or whose news follows the
customer's own outcome.

"reached X — well, her son picked up, she was out": the customer was not reached, whoever
answered the phone (the outcome is no answer, shown first as the message is unsure). "X sold
the fund his brother tomasz not home": the brother's outcome is his, never the customer's; the
customer's call is read from the words before the relative. A relative who hands the phone
over ("her husband picked up and put her on") leaves the call as reached.
"""

from __future__ import annotations

import re

from knowledge.customers.relatives import RELATION_WORDS

_WHOSE = r"(?:his|her|their|the|ihr|sein|seine|ihre)"
_RELATION = rf"(?:{RELATION_WORDS}|grandson|granddaughter|carer|housekeeper|flatmate)"
# The relative answered the phone ("her son picked up", "the husband answered")
_RELATIVE_ANSWERED = re.compile(
    rf"\b{_WHOSE}\s+{_RELATION}\s+(?:\w+\s+)?(?:picked up|answered|took the call|took it|"
    r"got the phone|came to the phone|was on the (?:phone|line)|hat abgehoben|ging ran)\b|"
    rf"\b(?:spoke|talked|got)\s+(?:to|with)?\s*{_WHOSE}\s+{_RELATION}\s+(?:instead|only)\b",
    re.IGNORECASE)
# …and handed the phone to the customer after all
_HANDED_OVER = re.compile(
    r"\b(?:put (?:her|him|them) on|passed (?:me|the phone|it) (?:on )?to|handed (?:me|the "
    r"phone|it) (?:over )?to|got (?:her|him|them) (?:after all|in the end|eventually)|"
    r"then (?:she|he|they) came to the phone|"
    # "her husband answered first, then her": the customer came to the phone after
    r"(?:picked up|answered|took the call) (?:at )?first|then (?:her|him|them|she|he|they)\b)\b",
    re.IGNORECASE)
# …and said the customer was not there ("she was out", "he's at work", "not home")
_ABSENT = re.compile(
    r"\b(?:(?:she|he|they)(?:['’]s|['’]re| was| is| were| are)|(?:she|he|they) (?:had|has) "
    r"(?:gone|left)|not|wasn['’]?t|isn['’]?t|nicht)\s+(?:(?:still|already|just|not)\s+)?"
    r"(?:out|away|at work|on holiday|on vacation|on leave|on a trip|travell?ing|"
    r"at the (?:office|doctor'?s?|hospital)|in hospital|abroad|asleep|"
    r"busy|(?:at )?home|in|there|around|available|gone|left|zu hause|da)\b|"
    r"\b(?:nobody|no one) else\b", re.IGNORECASE)
# A clause whose subject is a relative, after the customer's own words ("…, his brother
# tomasz not home", "… her husband wants a meeting too")
# (never the object of the call: "spoke to her son", "sold it for his wife", "via her husband")
_OBJECT_OF = ("to", "with", "for", "about", "from", "by", "via", "of", "and", "or", "called",
              "rang", "reached", "met", "saw", "phoned", "got", "caught", "told", "asked")
_RELATIVE_CLAUSE = re.compile(
    r"(?:[,;.!–—-]\s*|" + "".join(rf"(?<!\b{w})" for w in _OBJECT_OF) + r"\s)"
    rf"(?={_WHOSE}\s+{_RELATION}\b)", re.IGNORECASE)


def relative_answered(words: str) -> bool:
    """A relative answered the phone instead of the customer, who is said to be away, before
    or after ("ana wasn't there, her husband picked up", "her son answered, she was out") and
    never came to it ("her husband picked up, all fine" alone is a call with the husband)."""
    found = _RELATIVE_ANSWERED.search(words)
    return bool(found and not _HANDED_OVER.search(words) and (
        _ABSENT.search(words, found.end()) or _ABSENT.search(words[: found.start()])))


def before_a_relative(words: str) -> tuple[str, str] | None:
    """(the customer's words, the relative's) where a clause about a relative follows the
    customer's own words; None when none does (or the message opens with the relative)."""
    for match in _RELATIVE_CLAUSE.finditer(words):
        before = words[: match.start()].strip(" ,;.!-–—")
        if before:
            return before, words[match.end():]
    return None

