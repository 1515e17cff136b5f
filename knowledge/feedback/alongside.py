"""What the customer said, told alongside a call ("antoine fontaine reached and he said the new
app is great"): the call is the call, and the customer's words are feedback for the same
customer, shown for a yes (never stored unasked, never dropped without a word).

Strict: only words the message itself gives as the customer's ("he said …", "she mentioned
that …", "they complained …") after the call, for the customer the call was logged with;
a request, a plan or a call report in those words is no statement. The advisor's own request
at the end ("- pls log as fb") is left out of the statement. While the call itself waits for
a yes, nothing more is asked in the same turn (one question at a time): the reply says the
feedback is not saved yet.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said_today import day_said
from knowledge.customers.mentioned import about_someone_else
from knowledge.models.bank import Staff

_SAID = re.compile(
    # (also run on from the name: "spoke w X she hates the new statement layout")
    r"(?:^|[,;.]\s*|\s(?:and|but|also|plus)\s+|\s)(?:he|she|they|the customer|customer)\s+"
    r"(?:said|says|mentioned|told me|complained|thinks|thought|feels|finds|found|"
    r"(?P<feels>loves|likes|hates|dislikes|is unhappy with|was unhappy with|is happy with|"
    r"was happy with)|is unhappy|was unhappy|is happy|was happy)\b(?:\s+that)?\s*[:,]?\s*"
    r"(?P<what>[^;]{6,})$", re.IGNORECASE)


_REQUEST_AT_END = re.compile(
    r"(?<![\s,.;:–—-])[\s,.;:–—-]*"  # from the run's start only: linear on long runs
    r"\b(?:(?:pls|please|plz|can you|could you)\s+)?(?:log|save|record|add|keep)\b"
    r"[^.;!?]{0,20}?\b(?:fb|feedback)\b[\s.!]*$", re.IGNORECASE)
# What the customer says about themselves is a call note, not feedback on the bank, unless
# the advisor asks for it as feedback ("pls log as fb", "fb:"). "we" told by the advisor is
# the bank ("he said we send way too many marketing emails"): that is feedback.
_ABOUT_THEMSELVES = re.compile(r"(?:she|he|they|i)(?:['’]s|['’]re|['’]m|\s)", re.IGNORECASE)
# ... unless it is trouble they had with the bank's service ("she says she can't read the
# statements", "he said he got charged twice", "they never received the new card"): a
# complaint in their own person is feedback.
_TROUBLE = re.compile(
    r"^(?:she|he|they|i)\s+(?:still\s+|just\s+|really\s+)?(?:(?:can['’]?t|cannot|"
    r"could(?:n['’]?t| not)|(?:is|was|were|are) (?:unable|not able) to)\s+(?:even\s+)?"
    r"(?:read|open|log ?in|login|log on|sign in|access|see|find|use|pay|transfer|withdraw|"
    r"reach|get through|understand|download|activate|reset|view|print|load|unlock|cancel|"
    r"update|change)|(?:never|didn['’]?t|did not|hasn['’]?t|"
    r"has not|haven['’]?t) (?:got|get|gotten|received|receive|been able)|"
    r"(?:got|was|were|has been|have been|keeps? getting) (?:charged|billed|overcharged|"
    r"blocked|locked out|logged out|cut off|put on hold)|keeps? (?:getting|being) "
    r"(?:charged|blocked|locked out|logged out)|had to wait|waited)\b", re.IGNORECASE)
_ASKS_FEEDBACK = re.compile(
    r"\b(?:log|save|record|note|add|keep)\b[^.;!?]{0,20}?\b(?:fb|feedback)\b|"
    r"\b(?:fb|feedback)\s*[:–—]", re.IGNORECASE)
NOT_SAVED = (" (The feedback in your message is not saved yet: once the call is settled, send "
             "it on its own, e.g. “log feedback for <name>: …”.)")


THEN_FEEDBACK = "then_feedback"
WAITS = "(What the customer said comes next, as their feedback.) OK?"


def then_feedback(write: dict[str, Any], stored: ChatAnswer) -> ChatAnswer:
    """After a call shown with a statement is stored on its yes: the statement, shown as
    that customer's feedback for a yes in the same reply (nothing stored without it)."""
    from knowledge.writes.pending import confirm

    statement = write.get(THEN_FEEDBACK)
    last = stored.slots.get("last_write")
    if not statement or not isinstance(last, dict) or not last.get("id"):
        return stored
    if isinstance(last.get("write"), dict):  # a call re-logged by a correction asks no more
        last["write"] = {k: v for k, v in last["write"].items() if k != THEN_FEEDBACK}
    feedback = {"kind": "feedback", "customer_id": write["customer_id"],
                "name": write.get("name") or write["customer_id"], "text": str(statement),
                "compensation": None}
    asked = confirm(feedback, why="You also told me what the customer said; as feedback:")
    stored.text = f"{stored.text.rstrip()}\n{asked.text}"
    stored.slots["pending_write"] = feedback
    return stored


def statement_alongside(text: str | None) -> str | None:
    """The customer's words a call report gives after the call, None when it gives none."""
    from knowledge.feedback.chat import not_a_statement

    match = _SAID.search(_REQUEST_AT_END.sub("", " ".join((text or "").split())))
    if match is None:
        return None
    from knowledge.call_reports.said import read_call

    what = match.group("what").strip(" .")
    if (((_ABOUT_THEMSELVES.match(what) and not _TROUBLE.match(what))
         or about_someone_else(what)) and not _ASKS_FEEDBACK.search(text or "")):
        # "she said she is fine", "he mentioned his neighbour X banks with us too": a call note
        return None
    if (not_a_statement(what) or len(what.split()) < 2
            or read_call(match.group(0), day_said()).explicit):
        return None  # "he said call back tomorrow", "she said no to the fund": the call's
    if match.group("feels"):  # "she hates the new layout": the feeling is the statement's
        what = f"{match.group('feels')} {what}"
    return what[0].upper() + what[1:]


# The customer by name, opening the message with what they feel about the bank ("jan koch
# loves the new app, said it in the call. reached him"): their words, before the call.
_FEELS = (r"(?P<feels>loves|likes|hates|dislikes|is (?:unhappy|happy|annoyed|frustrated) with|"
          r"was (?:unhappy|happy|annoyed|frustrated) with|complained about|moaned about|"
          r"praised)")


def _named_feeling(text: str | None, name: str) -> str | None:
    from knowledge.feedback.chat import not_a_statement

    words = " ".join((text or "").split())
    parts = [re.escape(p) for p in name.split() if len(p) >= 2]
    if not parts:
        return None
    who = rf"(?:{' '.join(parts)}|{parts[0]})"
    found = re.match(rf"\s*{who}\s+{_FEELS}\s+(?P<what>[^,.;!?]{{4,}})", words, re.IGNORECASE)
    if found is None or not_a_statement(found.group("what")):
        return None
    feels = found.group("feels")
    return f"{feels[0].upper()}{feels[1:]} {found.group('what').strip()}"


def feedback_alongside(*, session: Session, staff: Staff, text: str | None,
                       answer: ChatAnswer) -> ChatAnswer | None:
    """The statement told with a call, as feedback for that call's customer, shown for a yes
    once the call was stored; None when the message tells none or the call was not stored
    (a call still waiting for its yes gets a note that the feedback waits too)."""
    from knowledge.feedback.service import FeedbackRejected, clean_text
    from knowledge.writes.pending import confirm

    stored = answer.slots.get("last_write")
    call: Any = stored.get("write") if isinstance(stored, dict) and stored.get("id") else None
    pending = answer.slots.get("pending_write")
    named = next((w.get("name") for w in (call, pending) if isinstance(w, dict)), None)
    said = statement_alongside(text) or _named_feeling(text, str(named or ""))
    if said is None:
        return None
    try:
        statement = clean_text(said)
    except FeedbackRejected:
        return None
    if (isinstance(pending, dict) and pending.get("kind") == "call"
            and pending.get("customer_id") and not pending.get("candidates")
            and answer.text.rstrip().endswith("OK?")):
        # The call waits for its yes: the statement waits with it and is shown once the
        # call is stored (knowledge.writes.dispatch, `then_feedback`), one question a turn.
        pending[THEN_FEEDBACK] = statement
        answer.text = answer.text.rstrip()[:-len("OK?")] + WAITS
        return None
    if (pending or not isinstance(call, dict)
            or call.get("kind") != "call" or not call.get("customer_id")):
        if answer.text.rstrip().endswith("OK?"):
            answer.text = answer.text.rstrip() + NOT_SAVED
        return None
    write = {"kind": "feedback", "customer_id": call["customer_id"],
             "name": call.get("name") or call["customer_id"], "text": statement,
             "compensation": None}
    return confirm(write, why="You also told me what the customer said; as feedback:")
