"""Whether a call report closes the customer's open complaint: the resolving words, unless
the message keeps the complaint open ("wip, not closed yet", "still pending", "noch offen",
"couldn't resolve it") — then nothing is closed, and the rest of the message says what the
call was (or it is asked).

Word lists, not a parse (see knowledge.writes.unsure for why): the in-progress and negation
words that govern a complaint's state in advisors' notes, English and German.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import knowledge.languages as _lang
from knowledge.answer import ChatAnswer
from knowledge.languages import alternatives as _alt
from knowledge.models.bank import Customer, Interaction, InteractionKind, Outcome
from knowledge.writes.unsure import CONDITION, PLAN, QUESTION, unsure_about

if TYPE_CHECKING:
    from knowledge.call_reports.call_writes import Who

_DONE = r"(?:resolved|closed|sorted(?: out)?|fixed|settled|solved|done|finished|over|erledigt|" \
        r"gelöst|geloest|geklärt|geklaert|abgeschlossen)"
# To be resolved later, not now: "will be solved next week hopefully", "should be closed by
# friday", "to be closed after the refund", "nearly sorted", "wird nächste Woche gelöst",
# "sarà risolto", "zostanie rozwiązana".
_LATER = (
    rf"\b(?:will|shall|should|going to|expected to|supposed to|hopefully|soon|nearly|almost|"
    rf"close to being|(?:(?<=complaint )|(?<=case )|(?<=needs )|(?<=has )|(?<=have )|"
    rf"(?<=still )|(?<=yet )|(?<=is ))to be|wird|werden|"
    rf"sollte|soll|zal|wordt|sarà|verrà|dovrebbe|sera|va être|devrait|será|va a ser|debería|"
    rf"zostanie|będzie|bedzie|powinna|powinien|kommer att|ska|bör)"
    rf"(?:\s+(?:\w+\s+){{0,3}}?(?:be|been|get|werden|worden|essere|être|ser|być|bli))?"
    rf"(?:\s+\w+){{0,2}}?\s+(?:{_DONE}|{_alt(_lang.RESOLVED)}|lösas|losas|löses)\b")
_OPEN_NOW = (
    # "not closed yet", "isn't resolved", "hasn't been sorted", "not yet done", "nicht erledigt"
    rf"\b(?:not|isn'?t|isnt|wasn'?t|wasnt|hasn'?t|hasnt|haven'?t|never|nicht|noch nicht|kein)"
    rf"(?:\s+(?:yet|been|quite|fully|really|completely|ganz|noch))*\s+{_DONE}\b|"
    # "couldn't resolve it", "did not close the complaint", "unable to fix"
    r"\b(?:couldn'?t|could not|didn'?t|did not|can'?t|cannot|unable to|won'?t|will not|"
    r"don'?t|do not|dont)\s+"
    r"(?:\w+\s+)?(?:resolve|close|fix|sort|settle|solve)\b|"
    # "still open", "remains pending", "keep it open"
    r"\b(?:still|remains?|stays?|keep(?: it)?|leave(?: it)?|is|as)\s+(?:open|pending|ongoing|"
    r"unresolved|in progress|active)\b|"
    r"\b(?:wip|w\.i\.p\.?|in prog(?:ress)?|work in progress|ongoing|pending|unresolved|"
    r"open still|working on it|being worked on|not yet|noch offen|offen|in bearbeitung|"
    r"läuft noch|laeuft noch|en cours|pas encore|sigue abierta|en curso)\b")
_STILL_OPEN = re.compile(f"{_OPEN_NOW}|{_LATER}", re.IGNORECASE)
_RESOLVED_LATER = re.compile(_LATER, re.IGNORECASE)


# "pls close it", "close the complaint", "can be closed" in a message about a complaint
_CLOSE_IT = re.compile(
    r"\b(?:close|resolve|mark)\s+(?:it|that|this|the (?:complaint|case|ticket)|her complaint|"
    r"his complaint|their complaint)(?:\s+as\s+(?:resolved|closed|done))?\b|"
    r"\bclose\s+(?:[\w'’]+\s+){0,3}?complaint\b|\bcan be (?:closed|resolved)\b|"
    r"\bbitte schlie(?:ß|ss)en\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:when|whenever|after|before|until|till)\b", re.IGNORECASE)
_COMPLAINT = re.compile(r"\b(?:complaint|compl\.?|beschwerde|reklamation)", re.IGNORECASE)


def asks_to_close(words: str | None) -> bool:
    """A message about a complaint that asks for it to be closed ("X's complaint: nothing
    more we can do, pls close it")."""
    text = words or ""
    if _CONDITIONAL.search(text) or unsure_about(text, kinds=(CONDITION, PLAN, QUESTION)):
        return False  # "if X calls back about her complaint, close it": not yet
    return bool(_COMPLAINT.search(text) and _CLOSE_IT.search(text))


def keeps_complaint_open(words: str | None) -> bool:
    """The message says the complaint is not closed (yet) or still being worked on."""
    return bool(_STILL_OPEN.search(words or ""))


def resolved_later(words: str | None) -> re.Match[str] | None:
    """The words that put the complaint's resolution in the future ("will be solved next
    week", "sarà risolto venerdì"), if any."""
    return _RESOLVED_LATER.search(words or "")


def without_open_complaint(words: str) -> str:
    """The message with what keeps the complaint open blanked (same length), so "not sorted
    yet" is not read as a call that got through."""
    return _STILL_OPEN.sub(lambda m: " " * len(m.group(0)), words)


def the_one_complaining(session: Session, who: Who, text: str | None) -> Who:
    """Of the namesakes a name means (each one's full name as typed: "florian fischer
    complaint done", two of that name), the only one with an open complaint, when the report
    closes one: offered for a yes, saying why. `who` as it was when none or several have one,
    or when the name as typed is not theirs (another book's "johanna wagner" offered as my
    "Johanna Vogel" stays a choice)."""
    from knowledge.call_reports.call_writes import Who
    from knowledge.customers.in_text import spelt_out_among

    namesakes = spelt_out_among(session, tuple(who.candidates), text or "")
    if len(who.candidates) < 2 or len(namesakes) != len(who.candidates):
        return who
    open_ = sorted(set(session.scalars(select(Interaction.customer_id).where(
        Interaction.customer_id.in_(who.candidates),
        Interaction.kind == InteractionKind.complaint, Interaction.outcome == Outcome.open))))
    if len(open_) != 1:
        return who
    name = session.scalar(select(Customer.name).where(Customer.id == open_[0])) or open_[0]
    return Who("found", open_[0], name, said_as=(
        f"Of the {len(who.candidates)} customers of that name, only {name} "
        f"({open_[0]}) has an open complaint; please check."))


# A contact reported: then the message is a call report, whatever it asks of the complaint.
_CONTACT = re.compile(
    r"\b(?:spoke|speak|spoken|talked|talk|called|rang|phoned|reached|met|saw|visited|"
    r"came in|dropped by|call with|meeting|chatted|emailed|wrote|sprach|gesprochen|"
    r"telefoniert|erreicht|angerufen)\b", re.IGNORECASE)


def open_complaints(session: Session, customer_id: str) -> list[str]:
    return list(session.scalars(select(Interaction.id).where(
        Interaction.customer_id == customer_id, Interaction.kind == InteractionKind.complaint,
        Interaction.outcome == Outcome.open)))


def nothing_to_close(session: Session, write: dict[str, Any], text: str | None
                     ) -> ChatAnswer | None:
    """The answer when a closure of a complaint that is not open is all the message asks
    for; None when there is one to close or the message reports a contact."""
    cid = str(write.get("customer_id") or "")
    if (not write.get("close_complaint") or not cid or _CONTACT.search(text or "")
            or write.get("outcome") not in ("reached", None) or open_complaints(session, cid)):
        return None
    who = f"{write.get('name') or cid} ({cid})"
    return ChatAnswer(f"{who} has no open complaint on record, so there is nothing to close; "
                      "nothing was logged. If you spoke to them, tell me how the call went.",
                      slots={"pending_write": None})
