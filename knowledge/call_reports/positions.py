"""The call list by position, after it was shown: "#2 no answer", "2nd one know answer", "the
top one wants a meeting thurs", "called the fourth one, reached her", "same for the next one".

The position refers to the list as it was shown in this conversation (its numbering: page 2
goes on from 9), never to the list as it would be ranked now. Strict, never a guess: a
position with no list shown, or past its end, names nobody; "same for the next one" needs the
last call to have been logged by its position too; a message naming two positions is asked
to be told one call at a time. The caller shows the call for a yes
whenever the list is older than the turn before the message or anything else was inferred
("same", "next").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

import knowledge.languages as _lang
from knowledge.answer import ChatAnswer
from knowledge.call_reports.position_words import FOREIGN, LAST_ABROAD, foreign_number
from knowledge.conversation.state import LAST_PLACE, ConversationState
from knowledge.languages import alternatives as _alt
from knowledge.models.bank import Staff

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
             "top": 1}
_ORDINAL = r"(?:" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
# "call" only with "on the list": "second call today" counts attempts
_WHO = r"(?:one|customer|client|name|person|guy|lady|entry|call(?= on (?:the|my) list))"
_POSITION = re.compile(
    r"(?:^|(?<=[\s(,]))#\s?(?P<hash>\d{1,2})\b"
    # not a phone's number, nor a count ("tried her number 2 times")
    r"|(?<!her )(?<!his )(?<!their )(?<!phone )(?<!mobile )(?<!my )"
    r"\b(?:number|no\.|nr\.?|num\.?)\s?(?P<number>\d{1,2})\b(?!\s*(?:times|x)\b)"
    # "no 4 not interested": "no" as "number" only opening the message or a clause, before
    # a word (never "no 2 times", "no, 3 days", "no 10:30")
    r"|(?:^|(?<=[,;.!]\s))no\s?(?P<no>\d{1,2})(?=\s+[^\W\d_])(?!\s+(?:times|x|min\w*|"
    r"hours?|days?|weeks?|months?|years?|calls?|attempts?|tries)\b)"
    rf"|\b(?:the )?(?P<ordinal>{_ORDINAL}) {_WHO}\b(?: on (?:the|my) list)?"
    rf"|\b(?:the )?(?P<listed>{_ORDINAL}) (?:on|of) (?:the|my) list\b"
    rf"|\b(?:the )?(?P<next>next) {_WHO}\b(?: on (?:the|my) list)?"
    # "samma för nästa", "idem per il prossimo", "dasselbe für den nächsten": ending a clause
    # (an article, a "for" or the clause's start before it: "lunedì prossimo" is a day)
    r"|(?:\b(?:il|la|le|el|den|der|die|de|the|för|per|pour|für|voor|para|z|dla)\s+|^\s*|"
    r"(?<=[,;:.!]\s))(?P<next_abroad>nästa|nächsten?|nächster|"
    r"prossim[oa]|suivante?|volgende|siguiente|następn\w+)(?=\s*(?:$|[.,;:!?]))"
    # "same for the 4th": a place, not a date, after "same for"
    r"|(?:(?<=same for )|(?<=ditto for )|(?<=same with ))the (?P<same_place>\d{1,2}(?:st|nd|rd|th))"
    r"(?=\s*(?:$|[.,;:!?]|one\b))"
    # "the one after that", "the guy after her": the place after the one last named
    rf"|\bthe (?P<after>{_WHO}) (?:right |just )?after (?:that|this|him|her|them|it)"
    r"(?: one)?\b"
    # "the last one on there", "the bottom one", "last on my list", "der letzte auf der Liste"
    rf"|\b(?:the )?(?:very )?(?P<last>(?:last|bottom|final)(?: {_WHO})? (?:on|of|in|at) "
    r"(?:the|my|that|this|your|today'?s) (?:list|call list|calls)\b|(?:last|bottom|final) "
    rf"{_WHO} on (?:there|it)\b|bottom {_WHO}\b|{LAST_ABROAD})"
    rf"|{FOREIGN}",  # "il primo", "le 3 :", "der dritte" (knowledge.call_reports.position_words)
    re.IGNORECASE)
# "and the top one?", "ok, #3 now": a place named alone, the focus moves there (how did it go?)
_BARE = re.compile(r"(?:\W|and|ok|okay|so|now|then|what about|how about|next|\?)*",
                   re.IGNORECASE)
# "feedback for the first one: …": the customer's words to log, no call report
_FEEDBACK = re.compile(r"\b(?:feedback|fb)\b", re.IGNORECASE)
_SAME = re.compile(rf"\b(?:same|likewise|ditto|{_alt(_lang.SAME)})\b(?: (?:again|here|story))?"
                   r"(?: (?:for|with|för|per|pour|für|bei|voor|para|z|dla))?", re.IGNORECASE)


@dataclass(frozen=True)
class ListedCall:
    customer_id: str
    name: str
    position: int
    said: str  # the message without the position ("#2 no answer" → "no answer")
    fresh: bool  # the list was shown in the answer just before this message
    same: bool  # "same for the next one": the outcome is the last call's


def position_in(text: str | None) -> tuple[int | None, bool, re.Match[str] | None]:
    """(the list position the message names, whether it is "the next one", the match)."""
    match = _POSITION.search(text or "")
    if match is None:
        return None, False, None
    if match.group("next") or match.group("after") or match.group("next_abroad"):
        return None, True, match
    if match.group("last"):
        return LAST_PLACE, False, match
    foreign = foreign_number(match.groupdict())
    if foreign is not None:
        return foreign, False, match
    raw = (match.group("hash") or match.group("number") or match.group("no")
           or match.group("ordinal") or match.group("listed") or match.group("same_place")).lower()
    number = _ORDINALS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
    return (number or None), False, match


def listed_call(text: str | None, state: ConversationState,
                last_position: int | None) -> ListedCall | None:
    """The customer the message names by list position, None when it names none (or no list
    was shown, or the position is past the list's end)."""
    words = " ".join((text or "").split())
    number, is_next, match = position_in(words)
    if match is None:
        return None
    if is_next:
        if last_position is None:
            return None
        number = last_position + 1
    listed = state.at(number)
    if number is None or listed is None:
        return None
    last = number == LAST_PLACE  # "the last one on the list": its place as shown, never fresh
    if last:
        number = max(state.shown)
    customer_id, name = listed.customer_id, listed.name
    said = f"{words[: match.start()]} {words[match.end():]}"
    same = bool(_SAME.search(said))
    said = " ".join(_SAME.sub(" ", said).split()).strip(" ,-–—:")
    return ListedCall(customer_id, name, number, said,
                      number in state.fresh and not (is_next or last), same)


def listed_call_answer(*, session: Session, staff: Staff, as_of: dt.date, text: str | None,
                       state: ConversationState, last_write: Any, channel: str = "other"
                       ) -> ChatAnswer | None:
    """The call for the customer the message names by list position: stored when the list
    was the answer just before and the outcome is said, else shown for a yes; None when the
    message names no listed customer or reports no call."""
    from knowledge.call_reports.call_writes import propose_call
    from knowledge.call_reports.said import read_call
    from knowledge.customers.in_text import named_in_full

    last = last_write if isinstance(last_write, dict) else None
    before = ((last or {}).get("write") or {})
    listed = listed_call(text, state, before.get("list_position") or state.last_position)
    if listed is None or _FEEDBACK.search(text or "") or named_in_full(session, staff,
                                                                       text or ""):
        return None
    if len(_POSITION.findall(" ".join((text or "").split()))) > 1:
        # "the first one - no answer. 2nd one reached": each call from its own words
        several = _several_positions(session=session, as_of=as_of, text=text or "",
                                     state=state)
        if several is not None:
            return several
        return ChatAnswer("That names more than one place on the list; please log the calls "
                          "one at a time (e.g. “#2 no answer”). Nothing is stored.",
                          slots={"pending_write": None})
    outcome = follow_up = None
    if listed.same:  # "same for the next one": the last call's outcome, shown first
        if before.get("kind") != "call" or read_call(listed.said, as_of).explicit:
            return None
        outcome, follow_up = before.get("outcome"), before.get("follow_up_on")
    elif not read_call(listed.said, as_of).explicit and (
            state.offered or not _BARE.fullmatch(listed.said)):
        return None  # "tell me about number 3": no call report; "the second one": a choice
    why = None if listed.fresh and not listed.same else (
        f"(Number {listed.position} on the list I showed = {listed.name}"
        f"{', the same outcome as the last call' if listed.same else ''}.)")
    answer = propose_call(session=session, staff=staff, customer_id=listed.customer_id,
                          name=listed.name, text=listed.said or None, as_of=as_of,
                          outcome=outcome, follow_up=follow_up, sure=True, last_write=last,
                          channel=channel, always_ask=why)
    pending, stored = answer.slots.get("pending_write"), answer.slots.get("last_write")
    if isinstance(pending, dict) and pending.get("kind") == "call":  # "the next one" after it
        answer.slots["pending_write"] = {**pending, "list_position": listed.position}
    if isinstance(stored, dict) and isinstance(stored.get("write"), dict):
        answer.slots["last_write"] = {**stored, "write": {**stored["write"],
                                                          "list_position": listed.position}}
    return answer


def place_not_shown(*, session: Session, staff: Staff, as_of: dt.date, text: str | None,
                    state: ConversationState) -> ChatAnswer | None:
    """A call reported by its place on a list this conversation never showed, or past the end
    of the one it showed ("la 3e : pas de réponse" with no list yet): asked which customer,
    never looked up as a name ("3e", "trzecia" are nobody's name); None when the message names
    no such place, names the customer itself, answers a choice just offered, or reports no
    call."""
    from knowledge.call_reports.said import read_call
    from knowledge.customers.in_text import named_in_full
    from knowledge.customers.typed_ids import typed_ids

    words = " ".join((text or "").split())
    number, is_next, match = position_in(words)
    if (match is None or is_next or number is None or state.at(number) is not None
            or state.offered or _FEEDBACK.search(words)):
        return None
    said = f"{words[: match.start()]} {words[match.end():]}".strip(" ,-–—:")
    if (not read_call(said, as_of).explicit or named_in_full(session, staff, words)
            or typed_ids(words)):  # "cust no. 45 reached": a customer id, no place
        return None
    shown = (f"The list I showed goes up to number {max(state.shown)}"
             if state.shown else "I haven't shown you a call list in this conversation")
    place = "the last one" if number == LAST_PLACE else f"number {number}"
    return ChatAnswer(f"{shown}, so I can't tell who {place} is. Ask for the list "
                      "(“who should I call today?”) or tell me the customer's name. Nothing "
                      "is logged.", slots={"pending_write": None})


def _several_positions(*, session: Session, as_of: dt.date, text: str,
                       state: ConversationState) -> ChatAnswer | None:
    """ "the first one you showed - no answer. 2nd one reached": each position's call read
    from the words up to the next position, all shown for one yes; None when one of them is
    not a call stated in full (or two name one customer): the caller then stores nothing."""
    from knowledge.call_reports.call_writes import call_write
    from knowledge.call_reports.said import read_call
    from knowledge.writes.pending import confirm

    words = " ".join(text.split())
    starts = [m.start() for m in _POSITION.finditer(words)]
    bounds = [0, *starts[1:], len(words)]
    writes: list[dict[str, Any]] = []
    places: list[str] = []
    for begin, end in zip(bounds, bounds[1:], strict=False):
        listed = listed_call(words[begin:end], state, None)
        if listed is None or listed.same:
            return None
        report = read_call(listed.said, as_of)
        if (not report.explicit or report.date_unreadable or report.date_approximate
                or (report.follow_up_on is not None and report.follow_up_on < as_of)):
            return None
        write, _ = call_write(customer_id=listed.customer_id, name=listed.name,
                              text=listed.said, as_of=as_of, outcome=None, follow_up=None)
        writes.append(write)
        places.append(f"number {listed.position} = {listed.name}")
    if len({w["customer_id"] for w in writes}) != len(writes):
        return None
    return confirm({"kind": "calls", "writes": writes, "as_of": as_of.isoformat()},
                   why=f"(On the list I showed: {'; '.join(places)}.) That reports "
                       f"{len(writes)} calls; I'll log them together:")
