"""Is the message a report of something that happened, or the advisor's plan or question?

"will call greta müller tomorrow", "need to cb laura sanchez this week", "will close greta
klein's complaint once the refund lands" are the advisor's own plans: no call happened and
nobody said anything, so nothing is logged (not a call, not a follow-up, not feedback).
"is dieter braun's complaint resolved yet?" asks; it closes nothing. A request to the
assistant in question form ("can you log X as reached?") is no question of that kind.
"""

from __future__ import annotations

import re

from knowledge.call_reports import plan_words as _w

# A first-person plan opening the message (after a pasted time stamp): "will call …",
# "i'll ring …", "need to cb …", "gonna try …", "have to close …".
_PLAN = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*[-–—:]?\s*)?(?:(?:ok|so|right|also|and|then|btw)[,\s]+)?"
    r"(?:(?:i|we)\s*(?:['’]ll|\s+will|\s+shall|['’]?m\s+going\s+to|\s+am\s+going\s+to|"
    r"\s+are\s+going\s+to|\s+need\s+to|\s+have\s+to|\s+must|\s+got\s+to|\s+gotta|\s+should|"
    r"\s+plan\s+to|\s+want\s+to|\s+wanna|\s+am\s+about\s+to|['’]?m\s+about\s+to)|"
    r"will|shall|gonna|going\s+to|need\s+to|needs\s+to|have\s+to|must|got\s+to|gotta|should|"
    r"plan\s+to|to[- ]?do:?|reminder:?)\s+"
    r"(?:(?:try\s+(?:to\s+)?|quickly\s+|also\s+|then\s+|first\s+|definitely\s+)?)"
    r"(?:call|ring|phone|cb|call\s+back|ring\s+back|email|e-mail|text|contact|visit|see|meet|"
    r"chase|try|reach|close|resolve|follow\s+up|f/u|get\s+back|sort|book|set\s+up)\b"
    # "I will close my account if …": a customer's own words, not the advisor's plan
    # (and "will close the account if …", "going to close her account": an account, a card
    # or the relationship closed is what a customer threatens, reported)
    r"(?!\s+(?:(?:my|our|mine)\b|(?:the|her|his|their|an?)\s+(?:\w+\s+)?"
    r"(?:accounts?|cards?|relationship)\b))",
    re.IGNORECASE)
# A list headed as a plan: "plan for tmrw: monika weber, fleur vos, c44", "to call today: …",
# "todo -", "calls for friday:".
_PLAN_HEADING = re.compile(
    r"^\s*(?:(?:my|the|today'?s|tomorrow'?s|tmrw'?s)\s+)?(?:(?:plans?|to[- ]?dos?|to\s+call|"
    r"calls?\s+to\s+make|call\s+plan)(?:\s+(?:for|on)\s+[\w.]+(?:\s+\w+)?|\s+\w+)?|"
    r"calls\s+(?:for|on)\s+[\w.]+)\s*[:\-–—]",
    re.IGNORECASE)
# "is X's complaint resolved yet?", "did she pick up?", "has C000061 been called?"
_QUESTION = re.compile(
    r"^\s*(?:is|are|was|were|has|have|had|did|does|do|can|could|would|will|shall|should)\b"
    r"[^?]*\?\s*$", re.IGNORECASE)
# "can you log X as reached?", "could you close her complaint?": a request, not a question
_ASKS_TO_WRITE = re.compile(
    r"^\s*(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|plz\s+)?"
    r"(?:log|record|note|mark|put|add|close|set|save|enter|book|store)\b", re.IGNORECASE)


# The same in the advisors' other languages (knowledge.call_reports.plan_words): a note to
# self ("da fare: …"), a plan said in the present ("domani chiamo X", "I call X tomorrow",
# "morgen rufe ich X an"), a hypothetical ("imagine X says no …", "angenommen …").
_OPENING = r"^\s*(?:(?:ok|okay|so|also|and|then|btw|e|et|y|und|en|och|i)[,\s]+){0,2}"
_NOTE_HEADING = re.compile(rf"{_OPENING}(?:{_w.alt(_w.NOTE_HEADING)})\s*[:\-–—]",
                           re.IGNORECASE)
_LATER = _w.alt(_w.LATER)
_CONTACT = _w.alt(_w.CONTACT_NOW)
_PRESENT_PLAN = re.compile(
    rf"{_OPENING}(?:(?:{_LATER})[,\s]+(?:{_CONTACT})\s+(?=\w)|"
    rf"(?:{_w.alt(_w.CONTACT_LATER)})\b|"
    rf"(?:{_CONTACT})\s+(?=\w)(?=[^.;!?]*?(?<![\w-])(?:{_LATER})(?![\w-])))", re.IGNORECASE)
# "have a nice day, and greetings to X if you see her": good wishes, no call in them (the
# greeting runs to its sentence's end, so "if you see her" is part of it).
_GREETING = re.compile(
    rf"(?:^|[,.;!]\s*|\s(?:and|und|en|e|et|y|i|och)\s+)(?:please\s+|pls\s+)?"
    rf"(?:{_w.alt(_w.GREETING_TO)})\s+[^.;!?]*", re.IGNORECASE)
_WISH = re.compile(rf"(?<!\w)(?:{_w.alt(_w.WISH)})(?!\w)", re.IGNORECASE)
_HYPOTHETICAL = re.compile(rf"{_OPENING}(?:{_w.alt(_w.HYPOTHETICAL)})\b[,:\s]+\S",
                           re.IGNORECASE)
# "ska fråga X vad han tycker om appen", "werde X morgen fragen", "je vais lui demander …":
# the advisor means to ask (or contact) someone; the verb within a few words of the modal.
_INTENDS = re.compile(
    rf"{_OPENING}(?:(?:{_w.alt(_w.INTEND)})\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_w.alt(_w.ASK)})|"
    rf"(?:{_w.alt(_w.ASK_LATER)}))(?![\w-])", re.IGNORECASE)


def plan_or_question(text: str | None) -> str | None:
    """"plan", "hypothetical", "greeting" or "question" when the message reports nothing
    that happened, else None."""
    words = " ".join((text or "").split())
    if _PLAN.match(words) or _PLAN_HEADING.match(words) or _NOTE_HEADING.match(words):
        return "plan"
    if _PRESENT_PLAN.match(words) or _INTENDS.match(words):
        return "plan"
    if _HYPOTHETICAL.match(words):
        return "hypothetical"
    if _only_greetings(words):
        return "greeting"
    if _resolution_to_come(words):
        return "plan"
    if _QUESTION.match(words) and not _ASKS_TO_WRITE.match(words):
        return "question"
    return None


def _only_greetings(words: str) -> bool:
    """Greetings to a customer or wishes, and no call told beside them."""
    if not _GREETING.search(words):
        return False
    from knowledge.call_reports.said import _CALL_WORDS

    rest = _WISH.sub(" ", _GREETING.sub(" ", words))
    return not any(pattern.search(rest) for pattern in _CALL_WORDS)


def _resolution_to_come(words: str) -> bool:
    """"complaint X - will be solved next week", "reclamo di X sarà risolto venerdì": the
    complaint's resolution still to come, and no call told beside it."""
    from knowledge.call_reports.complaint_words import resolved_later
    from knowledge.call_reports.said import _CALL_WORDS

    later = resolved_later(words)
    if later is None:
        return False
    rest = words[: later.start()] + " " + words[later.end():]
    return not any(pattern.search(rest) for pattern in _CALL_WORDS)


def nothing_logged(kind: str) -> str:
    if kind == "plan":
        return ("That sounds like a plan, not a call that happened, so nothing was logged. "
                "When you have spoken to them, tell me how it went (e.g. “<name> reached”).")
    if kind == "greeting":
        return "That reads as a greeting, not a call report, so nothing was logged."
    if kind == "hypothetical":
        return ("That reads as “what if”, not a call that happened, so nothing was logged or "
                "saved.")
    if kind == "someone_else":
        return ("That was a colleague's call, not yours, so nothing was logged as yours. If "
                "you spoke to them yourself, tell me how it went (e.g. “<name> reached”).")
    if kind == "condition":
        return ("That depends on something that has not happened yet, so nothing was logged. "
                "When it has, tell me how it went (e.g. “<name> reached”).")
    return ("That reads like a question, so nothing was logged or closed. To record it, say "
            "what happened (e.g. “<name> complaint resolved”).")
