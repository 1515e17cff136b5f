"""A statement whose customer is only pointed at ("and log that she wants her statements by
post again", "he says the app font is too small") right after that customer was talked about:
the customer in focus, inferred, so the feedback is shown for a yes saying who it is about,
never stored at once. No customer in focus: no one is guessed.

The form's customer slot carries the inferred id with the POINTED mark; saving reads it
(knowledge.feedback.chat.save_or_confirm)."""

from __future__ import annotations

import re

POINTED = "~"  # the mark of a customer inferred from the focus

_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:(?:oh|and|also|plus|btw|ok(?:ay)?|so|pls|please)\W+)*"
    r"(?:(?:pls|please)\s+)?(?:(?:log|note|add|record|save|put down)\s+(?:down\s+)?"
    r"(?:that\s+)?)?(?:she|he|they|her|his|their)\b(?!\s+(?:name|id)\b)", re.IGNORECASE)


def pointed_customer(text: str | None, focus: str | None) -> str | None:
    """The focus customer, marked as inferred, when the statement's subject is a pronoun."""
    if not focus or not _PRONOUN_SUBJECT.match(text or ""):
        return None
    return f"{POINTED}{focus}"


_REQUEST = re.compile(r"^\s*(?:(?:and|also|plus|oh|ok(?:ay)?|so)\W+)*(?:(?:pls|please)\s+)?"
                      r"(?:log|note|add|record|save|put down)\s+(?:down\s+)?(?:that\s+)?",
                      re.IGNORECASE)


def without_request(statement: str) -> str:
    """ "and log that she wants …" -> "she wants …": the customer's words, not the request."""
    rest = _REQUEST.sub("", statement, count=1).strip()
    return rest[:1].upper() + rest[1:] if len(rest.split()) >= 3 else statement


# "and log that she wants her statements by post again": the advisor asks to log what the
# customer in focus wants, can't or thinks (a wish for a meeting or call is a call report).
_LOG_HER_WORDS = re.compile(
    r"^\s*(?:(?:and|also|plus|oh|ok(?:ay)?|so)\W+)*(?:(?:pls|please)\s+)?"
    r"(?:log|note|add|record|save|put down)\s+(?:down\s+)?(?:that\s+)?"
    r"(?P<who>she|he|they)\s+(?:wants|would like|can['’]?t|cannot|doesn['’]?t|does not|finds|"
    r"hates|loves|likes|thinks|is (?:unhappy|annoyed|upset|happy|not happy))\b"
    r"(?![^.;!?]*\b(?:a )?(?:call ?back|meeting|appointment)\b)", re.IGNORECASE)


def logged_words(text: str | None) -> re.Match[str] | None:
    """ "and log that she wants …": the pronoun (group `who`), else None."""
    return _LOG_HER_WORDS.match(text or "")


def unmarked(customer: str | None) -> tuple[str | None, bool]:
    """The customer without the mark, and whether it was inferred."""
    if isinstance(customer, str) and customer.startswith(POINTED):
        return customer[len(POINTED):], True
    return customer, False
