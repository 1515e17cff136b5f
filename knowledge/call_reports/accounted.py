"""What a call report's readers took from the message, and what is left that may change it.

The outcome readers (knowledge.call_reports.said) take the outcome words ("no answer", "didn't
pick up", "not interested", "call back"), the date phrase and, through the customer's name
and id, who it was; CRM shorthand is spelt out first, as it is for them. Whatever else the
message says is plain note ("re mortgage", "about her savings", "all fine") unless it is one
of the word classes of knowledge.writes.unsure, which then asks before the call is stored.
"""

from __future__ import annotations

import re

from knowledge.call_reports.complaint_words import without_open_complaint
from knowledge.call_reports.said import (
    _COMPLAINT_RESOLVED,
    _FOLLOW_UP,
    _NO_ANSWER,
    _NOT_INTERESTED,
    _REACHED,
    _SALE,
    CallReport,
)
from knowledge.call_reports.shorthand import spelt_out
from knowledge.call_reports.someone_else import SOMEONE_ELSE, someone_elses_call
from knowledge.models.bank import Outcome
from knowledge.writes.unsure import (
    CONDITION,
    PLAN,
    QUESTION,
    Unsure,
    scope,
    sentence_start,
    spans_of,
    unsure_about,
)

# The advisor's next attempt after the call reported ("no answer, will try later", "spoke
# w X, need to follow up end of month", "ring her again the 15th"): the follow-up the report
# states, not a plan instead of it; only after an outcome the words stated ("was going to
# call" and a plan opening the message stay unsure).
_NEXT_STEP = re.compile(
    r"(?<!was )(?<!were )\b(?:(?:i|we)\s*['’]ll|(?:i |we )?(?:will|need to|have to|gonna|"
    r"going to|should|must|to))\s+(?:(?:try|retry)\s+(?:to\s+|and\s+)?)?"
    r"(?:try|retry|call|ring|phone|follow up|call back|ring back|get back|chase|see|meet|"
    r"send|book)\b(?:\s+(?:her|him|them|again|back|later))*", re.IGNORECASE)
# "called her again, no answer": one more attempt, one call (a count is still asked: "x2")
_ONE_MORE_TRY = re.compile(r"\b(?:called|rang|tried|phoned|call|ring|try)(?:\s+(?:her|him|them))?"
                           r"\s+again\b", re.IGNORECASE)
# "not interested, dont call again": what not being interested means, not another negation
_NO_MORE_CALLS = re.compile(
    r"\b(?:do ?n['’]?t|do not|never|no more)\s+(?:call|ring|contact|phone)\w*"
    r"(?:\s+(?:her|him|them))?(?:\s+(?:again|back))?", re.IGNORECASE)
# The customer's own next step, reported ("said he will think about it", "told me she'd come
# back to me"): what was said on the call, not the advisor's plan.
_REPORTED_INTENT = re.compile(
    r"\b(?:said|says|told (?:me|us)|promised|mentioned)\s+(?:that\s+)?(?:he|she|they)"
    r"\s*(?:['’]ll|['’]d|\s+will|\s+would|\s+is going to|\s+was going to)\b", re.IGNORECASE)
_IDS = re.compile(r"(?<![\w-])#?c(?:ust(?:omer)?\.?\s*)?\d{1,9}(?![\w-])", re.IGNORECASE)


def call_doubt(text: str | None, *, report: CallReport, name: str | None,
               customer_id: str | None) -> Unsure | None:
    """The left-over words that may change the meaning of this call report, if any."""
    return _doubt_and_outcome(text, report=report, name=name, customer_id=customer_id)[0]


def nothing_happened(text: str | None, *, report: CallReport, name: str | None,
                     customer_id: str | None) -> str | None:
    """"someone_else" when a colleague made the call (knowledge.call_reports.someone_else);
    "plan", "condition" or "question" when such words govern the very words the outcome
    was read from ("remind me to call X friday", "if X calls back, book a meeting", "didn't X
    want a meeting?"): nothing happened, so there is no call to show for a yes. None when
    an outcome is stated outside them ("reached X, if rates drop she'll move her savings",
    "spoke to X. if rates fall she wants a meeting"): the call is shown with them quoted."""
    if someone_elses_call(text, name) is not None:
        return SOMEONE_ELSE  # "sofia rang X for me": a colleague's call, never the sender's
    doubt, words, said = _doubt_and_outcome(text, report=report, name=name,
                                            customer_id=customer_id)
    if doubt is None or doubt.kind not in (PLAN, CONDITION, QUESTION):
        return None
    if report.date_words:  # a follow-up may be read from its date alone ("… friday")
        said = said + spans_of(re.compile(re.escape(report.date_words), re.IGNORECASE), words)
    start, end = scope(words, doubt)
    if doubt.kind == CONDITION and sentence_start(words, doubt.at) != doubt.at:
        return None  # only a condition that opens its sentence governs it ("if X calls back, …")
    return doubt.kind if said and all(start <= a < end for a, _ in said) else None


def _doubt_and_outcome(text: str | None, *, report: CallReport, name: str | None,
                       customer_id: str | None
                       ) -> tuple[Unsure | None, str, list[tuple[int, int]]]:
    """The doubt, the text it was read in, and the spans the outcome was read from."""
    words = spelt_out(" ".join((text or "").split()))
    consumed: list[tuple[int, int]] = []
    for pattern in (_NO_ANSWER, _NOT_INTERESTED, _FOLLOW_UP, _REACHED):
        consumed += spans_of(pattern, words)
    # "complaint X - will be solved next week": a resolution still to come takes no words
    # (its "will" is then the plan it is)
    consumed += spans_of(_COMPLAINT_RESOLVED, without_open_complaint(words))
    consumed += spans_of(_SALE, words, 1)  # the verb; what was sold is read on
    outcome = [span for span in consumed if span[1] > span[0]]
    consumed += spans_of(_IDS, words)
    said = [span for span in consumed if span[1] > span[0]]
    first = min((start for start, _ in said), default=None)
    if report.explicit and first is not None:
        consumed += [span for span in spans_of(_NEXT_STEP, words) if span[0] > first]
    consumed += spans_of(_ONE_MORE_TRY, words)
    consumed += spans_of(_REPORTED_INTENT, words)
    if report.outcome is Outcome.not_interested:
        consumed += spans_of(_NO_MORE_CALLS, words)
    if report.date_words:
        consumed += spans_of(re.compile(re.escape(report.date_words), re.IGNORECASE), words)
    doubt = unsure_about(words, consumed=consumed, names=[n for n in (name, customer_id) if n])
    return doubt, words, outcome
