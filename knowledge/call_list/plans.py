"""Is the message a report of something that happened, or the advisor's plan or question?

"will call greta müller tomorrow", "need to cb laura sanchez this week", "will close greta
klein's complaint once the refund lands" are the advisor's own plans: no call happened and
nobody said anything, so nothing is logged (not a call, not a follow-up, not feedback).
"is dieter braun's complaint resolved yet?" asks; it closes nothing. A request to the
assistant in question form ("can you log X as reached?") is no question of that kind.
"""

from __future__ import annotations

import re

# A first-person plan opening the message (after a pasted time stamp): "will call …",
# "i'll ring …", "need to cb …", "gonna try …", "have to close …".
_PLAN = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*[-–—:]?\s*)?(?:(?:ok|so|right|also|and|then|btw)[,\s]+)?"
    r"(?:(?:i|we)\s*(?:['’]ll|\s+will|\s+shall|['’]?m\s+going\s+to|\s+am\s+going\s+to|"
    r"\s+are\s+going\s+to|\s+need\s+to|\s+have\s+to|\s+must|\s+got\s+to|\s+gotta|\s+should|"
    r"\s+plan\s+to|\s+want\s+to|\s+wanna|\s+am\s+about\s+to|['’]?m\s+about\s+to)|"
    r"will|shall|gonna|going\s+to|need\s+to|needs\s+to|have\s+to|must|got\s+to|gotta|should|"
    r"plan\s+to|to-?do:?|reminder:?)\s+"
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
    r"^\s*(?:(?:my|the|today'?s|tomorrow'?s|tmrw'?s)\s+)?(?:(?:plans?|to-?dos?|to\s+call|"
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


def plan_or_question(text: str | None) -> str | None:
    """"plan" or "question" when the message reports nothing that happened, else None."""
    words = " ".join((text or "").split())
    if _PLAN.match(words) or _PLAN_HEADING.match(words):
        return "plan"
    if _QUESTION.match(words) and not _ASKS_TO_WRITE.match(words):
        return "question"
    return None


def nothing_logged(kind: str) -> str:
    if kind == "plan":
        return ("That sounds like a plan, not a call that happened, so nothing was logged. "
                "When you have spoken to them, tell me how it went (e.g. “<name> reached”).")
    if kind == "someone_else":
        return ("That was a colleague's call, not yours, so nothing was logged as yours. If "
                "you spoke to them yourself, tell me how it went (e.g. “<name> reached”).")
    if kind == "condition":
        return ("That depends on something that has not happened yet, so nothing was logged. "
                "When it has, tell me how it went (e.g. “<name> reached”).")
    return ("That reads like a question, so nothing was logged or closed. To record it, say "
            "what happened (e.g. “<name> complaint resolved”).")
