"""The same call for a relative, right after a call: "his wife too", "same for her husband",
"and the daughter as well" — the call just logged (outcome, follow-up date) for the member of
that customer's household the words name, always shown for a yes and saying who it was read
as. Several members who fit are offered as a choice; none is said, and nothing is written.
The household and birth dates decide who fits (knowledge.customers.relatives); the relative
is never guessed from a name alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.relative_abroad import in_english
from knowledge.customers.names import fold, name_parts
from knowledge.customers.relatives import RELATION_WORDS, relatives_of
from knowledge.models.bank import Customer, Staff
from knowledge.writes.pending import confirm, customer_name, describe

_WHO = (rf"(?P<who>(?:his|her|their|the|seine|ihre?n?|die|der)\s+(?:{RELATION_WORDS}|frau|mann)"
        r"(?:s|'s)?)")
# "too", "as well", ", same time", "- same day": the last call said again, its date with it
_AFTER = (r"(?:\s*[,;:–—-]?\s*(?:too|as well|also|likewise|auch|ebenso|(?:at )?(?:the )?same"
          r"(?: (?:thing|here|time|day|date|slot|appointment|meeting|outcome|result|story|"
          r"again|for (?:him|her|them)))?))")
# Words said after it that add nothing to the call: "…too actually, spoke to him right after"
_TAIL = (r"(?:\s*[,;.–—-]?\s*(?:actually|really|btw|tbh|i think|as it happens|"
         r"(?:i\s+)?(?:spoke|talked|chatted|got through)\s+(?:to|with)\s+(?:him|her|them)"
         r"(?:\s+(?:right|just|straight|shortly|too|as well|also))?(?:\s+after(?:wards)?)?|"
         r"(?:right|just|straight|shortly)\s+after(?:wards)?|afterwards|after that))*")
_RELATIVE_TOO = re.compile(
    rf"^\s*(?:(?:and|also|plus|ditto)\s+(?:for\s+|with\s+)?|same\s+(?:for|with)\s+|"
    rf"(?:the\s+)?same\s+(?:thing\s+)?(?:for|with)\s+|und\s+|auch\s+)?{_WHO}"
    # "her mum ana too": the relative's first name; ", both fine": the same said of both
    r"(?:\s+(?!(?:too|as|also|same|likewise|auch|ebenso|at|the)\b)(?P<first>[^\W\d_]{2,}))?"
    rf"(?P<after>{_AFTER}+)?(?:\s*[,;-]?\s*(?:both|beide)\s+(?:fine|ok|okay|good|well|"
    rf"happy|gut))?{_TAIL}\s*[.!]*\s*$", re.IGNORECASE)
_GERMAN = {"frau": "wife", "mann": "husband"}


def relative_too(text: str | None) -> str | None:
    """The words naming the relative ("his wife") when the message only says the last call
    goes for them too; None otherwise."""
    found = _RELATIVE_TOO.match(in_english(text))
    if found is None:
        return None
    opened = found.start("who") > found.start()
    if not (opened or found.group("after")):
        return None  # "his wife" alone: not said to be the same call
    return found.group("who")


def _first_name(text: str | None) -> str | None:
    found = _RELATIVE_TOO.match(in_english(text))
    return fold(found.group("first")) if found and found.group("first") else None


def same_call_for_relative(*, session: Session, staff: Staff, text: str | None, last: Any
                           ) -> ChatAnswer | None:
    """The last call shown for the relative the message names; a choice when several fit; a
    plain answer when none does. None when the message is not "<relative> too" after a
    call."""
    who = relative_too(text)
    if who is None or not (isinstance(last, dict) and last.get("kind") == "call"
                           and isinstance(last.get("write"), dict)):
        return None
    old = last["write"]
    anchor = str(old.get("customer_id") or "")
    words = who.lower()
    for german, english in _GERMAN.items():
        words = re.sub(rf"\b{german}\b", english, words)
    relative = relatives_of(session=session, staff=staff, customer_id=anchor,
                            text=re.sub(r"^(?:seine|ihre?n?|die|der)\b", "his", words))
    anchor_name = old.get("name") or anchor
    first = _first_name(text)
    if relative is not None and first:  # "her mum ana": the one of that first name
        relative = replace(relative, candidates=tuple(
            c for c in relative.candidates
            if (name_parts(customer_name(session, c)) or ("",))[0] == first))
    if relative is None or not relative.candidates:
        return ChatAnswer(f"I can't tell who “{who}” is: nobody in the household of "
                          f"{anchor_name} ({anchor}) in your book fits. Nothing was logged; "
                          "tell me their name if you want the call logged for them too.",
                          slots={"pending_write": None})
    same = {k: v for k, v in old.items() if k not in ("replaces", "note")}
    if len(relative.candidates) == 1:
        cid = relative.candidates[0]
        name = customer_name(session, cid)
        return confirm({**same, "customer_id": cid, "name": name, "note": text},
                       why=f"(“{who}” = {name}, of the household of {anchor_name}; the same "
                           f"as your last call: {describe(old)}.)")
    rows = dict(session.execute(select(Customer.id, Customer.name)
                                .where(Customer.id.in_(relative.candidates))).all())
    options = "\n".join(f"{i}. {rows.get(c, c)} ({c})"
                        for i, c in enumerate(relative.candidates, 1))
    waiting = {"kind": "call", "text": text, "outcome_entity": old.get("outcome"),
               "follow_up_entity": old.get("follow_up_on"), "as_of": old.get("as_of"),
               "candidates": list(relative.candidates)}
    return ChatAnswer(f"Who is “{who}”? Several of the household of {anchor_name} could be: "
                      f"which one gets the same call? Nothing is logged yet.\n{options}\n"
                      "Say the number or the customer id.",
                      {"type": "customer_choice", "choices": [
                          {"customer_id": c, "name": rows.get(c, c)}
                          for c in relative.candidates]},
                      {"customer_candidates": list(relative.candidates),
                       "pending_write": waiting})
