"""A feedback request typed in chat, taken apart: who it is about, what the customer said,
and any compensation, and whether it is a customer's statement at all.

"i need to log some feedback" and "feedback for hanna wagner" are requests only (the form
then asks what the customer said); "tell me about Paul Lund and log that his complaint is
resolved" is not a statement; "we gave her a 100 EUR goodwill credit" is a compensation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from knowledge.access.policy import can_see_customer
from knowledge.answer import ChatAnswer
from knowledge.customers.in_text import named_in_full
from knowledge.customers.resolver import resolve_customer
from knowledge.customers.typed_ids import first_typed_id
from knowledge.feedback.amounts import as_english, spelt_as_digits
from knowledge.feedback.announce import announcement
from knowledge.feedback.given_back import ASKED_FOR as _ASKED_FOR
from knowledge.feedback.given_back import Found as _Found
from knowledge.feedback.given_back import compensated as _compensated
from knowledge.feedback.headed import headed
from knowledge.feedback.service import (
    NO_CUSTOMER,
    FeedbackRejected,
    clean_text,
    forget_theming,
    parse_compensation,
    save_chat_feedback,
)
from knowledge.feedback.speaker import not_the_customers
from knowledge.models.bank import Feedback, Staff
from knowledge.settings import get_settings
from knowledge.writes.pending import (
    confirm,
    customer_name,
    done,
    no_longer_yours,
    nothing_to_undo,
    same_as_last,
    take_back,
)
from knowledge.writes.unsure import CONDITION, HEDGE, Unsure, unsure_about


@dataclass
class ChatFeedback:
    text: str | None  # None: nothing but the request, so the form asks for the statement
    customer: str | None  # a name or id as typed, resolved when saving
    compensation: Decimal | None


_REQUEST = re.compile(
    r"^\s*(?:please\s+|can you\s+|could you\s+)?(?:log|record|note|add|save|register|file|"
    r"capture)\b(?P<head>.*?)(?:(?::|,\s+|\s+that\s+|\s+saying\s+|\s+[-–—]\s+)(?P<body>.*))?$",
    re.IGNORECASE | re.DOTALL)
_PREAMBLE = re.compile(
    r"^\s*(?:(?:hi|hey|ok|so)[,!]?\s+)?(?:(?:i|we)\s+(?:need|want|would like|'d like|have|got)\s+"
    r"to\s+|(?:i|we)['’]?d like to\s+|(?:i|we) wanna\s+|i['’]?m (?:going|trying) to\s+|"
    r"(?:i|we)\s+(?:have|got)\s+|(?:need|want|have) to\s+|wanna\s+|gotta\s+|got\s+|"
    r"please\s+|pls\s+|(?:can|could|may|shall) (?:you|i|we)\s+|let me\s+|let's\s+|quick\s+)+",
    re.IGNORECASE)
_FEEDBACK_FIRST = re.compile(
    r"^\s*(?:(?:some|a|new|customer|the|this|more)\s+)*(?:feedback|fb|complaint)\b(?P<head>.*?)"
    r"(?:(?::|,\s+|\s+that\s+|\s+saying\s+|\s+[-–—]\s+)(?P<body>.*))?$", re.IGNORECASE | re.DOTALL)
_AMOUNT_FIRST = re.compile(
    r"(?P<amount>\d[\d,]{0,14}(?:\.\d{1,2})?)\s*(?:euros?|eur|€)\s+(?:goodwill|compensation|refund|"
    r"credit|gesture)", re.IGNORECASE)
_GAVE = re.compile(
    r"\b(?:gave|give|paid|credited|refunded|offered|granted)\s+"
    r"(?:(?:her|him|them|the customer)\s+)?"
    r"(?:(?:a|an)\s+)?(?:EUR|€|\$|£)?\s*(?P<amount>\d[\d,]{0,14}(?:\.\d{1,2})?)\s*(?:euros?|EUR|€)?"
    r"\s*(?:goodwill|courtesy)?\s*(?:credit|refund|compensation|gesture|payment|voucher)?",
    re.IGNORECASE)
# "we gave nicolas dubois 50 eur for …": the customer named between the verb and the money
# (then a currency must follow the amount: "gave anna 3 days" is no compensation).
_GAVE_NAMED = re.compile(
    r"\b(?:gave|give|credited|refunded|offered|granted)\s+(?:[^\W\d_][\w'’-]*\s+){1,3}?"
    r"(?:(?:EUR|€)\s*(?P<amount>\d[\d,]{0,14}(?:\.\d{1,2})?)|(?P<amount2>\d[\d,]{0,14}(?:\.\d{1,2})?)"
    r"\s*(?:euros?|EUR|€))", re.IGNORECASE)
_NOT_A_STATEMENT = re.compile(
    r"^\s*(?:tell me|show me|who|what|which|how many|give me|pull up|open)\b|"
    # a call report, not what the customer said ("rang X, nobody picked up")
    r"^\s*(?:i\s+)?(?:rang|called|phoned|spoke|talked|tried|reached|"
    r"left a (?:voice ?mail|message))\b|"
    r"\b(?:asked for|wants?|requested) a (?:call ?back|meeting|appointment)\b|"
    # "log that his complaint is resolved" (but "log that X complained the app …" is one)
    # ("... the queue was way too long log that": the message itself asked to be stored)
    r"\blog that\b(?![\s.!]*(?:(?:pls|please|plz|thx|thanks|as (?:fb|feedback))[\s.!]*)?$)"
    r"(?![^.;!?]*\b(?:complained|complains|complaining|moaned|praised)\b)"
    # "log that she wants her statements by post, she can't open the pdfs": her words
    r"(?!\s+(?:she|he|they|the customer|the client)\s+(?:wants|would like|can['’]?t|cannot|"
    r"doesn['’]?t|does not|finds|hates|loves|likes|thinks|is (?:unhappy|annoyed|"
    r"upset|happy|not happy))\b)|"
    r"\bcomplaint\w*\b[^.;!?]{0,40}?\b(?:is |was |got )?(?:resolved|closed)\b|"
    # the advisor's remark about the assistant itself, not a customer's statement
    r"\bthis (?:bot|chat ?bot|assistant|chat)\b|\babout you\b|"
    # the advisor's own to-do ("i need to call her back tomorrow", "remind me to …")
    r"\b(?:i|we)(?:['’]?ll|\s+will|\s+(?:need|have|must|want|got|ought)\s+to|\s+must|"
    r"\s+should|\s+gotta|['’]?m\s+going\s+to|\s+am\s+going\s+to|\s+plan\s+to)\s+"
    r"(?:(?:try\s+(?:to\s+)?|quickly\s+|also\s+)?(?:call|ring|phone|email|e-mail|text|"
    r"message|contact|visit|see|meet|chase|remind|get back to|follow up with|write to|send))"
    r"\s+(?:her|him|them|the (?:customer|client))\b|"
    r"\bremind me\b|\bnote to self\b|^\s*(?:to-?do|todo)\b|"
    # the advisor's own opinion ("just my 2 cents", "imo")
    r"\bmy (?:2|two) cents\b|\bimh?o\b|\bin my (?:humble )?opinion\b|\bjust saying\b",
    re.IGNORECASE)
# "fb: i think our mortgage rates are too high": the advisor's own view of the bank ("our")
# opening the message (a customer's words follow a name, or say "your", or are in quotes).
_ADVISORS_VIEW = re.compile(
    r"^\s*(?:(?:log\s+)?(?:fb|feedback)\s*[:\-–—]?\s*)?(?:(?:tbh|honestly|personally)[,\s]+)?"
    r"i\s+(?:(?:really|personally|honestly)\s+)?(?:think|feel|reckon|believe|find)\b"
    r"[^\"“”]*\bour\b", re.IGNORECASE)
# "marieke visser feedback: the menu is a mess" (the name first)
_NAME_FIRST = re.compile(
    r"^\s*(?P<who>[^\W\d_][\w'’. -]{2,60}?)\s+(?:feedback|fb)\s*(?::|[-–—])\s*(?P<body>.+)$",
    re.IGNORECASE | re.DOTALL)
_GENERIC_WHO = {"a customer", "the customer", "customer", "a client", "client", "pls", "please",
                "walk-in customer", "a walk-in customer", "this", "that", "some", "new"}
_FOR_WHOM = re.compile(r"\b(?:for|from|by|re|regarding)\s+(?:customer\s+|client\s+)?"
                       r"(?P<who>.+?)\s*$", re.IGNORECASE)
_PAID = re.compile(
    r"[(;,.\s]{0,8}\b(?:compensation|compensated|goodwill|refund(?:ed)?|"
    r"we paid(?: (?:her|him|them))?|paid (?:her|him|them))\b\s*(?:of|:|with)?\s*"
    r"(?:EUR|€|\$|£)?\s*(?P<amount>\d[\d,]{0,14}"
    r"(?:\.\d{1,2})?)\s*(?:euros?|EUR|€)?\)?[.\s]*", re.IGNORECASE)


# Dictation's quotation marks: "feedback X quote i love the new savings pots unquote"
# (separators bounded: a run of 4,000 tabs took minutes with open-ended ones)
_DICTATED_QUOTE = re.compile(
    r"[\s:,]{0,8}\bquote\b[\s:,]{0,8}(.{1,1000}?)[\s,.]{0,8}\b(?:unquote|end quote)\b",
    re.IGNORECASE)


def split_chat_message(message: str | None) -> ChatFeedback:
    """"log feedback for Maria Keller: the app logs her out (compensation 50 EUR)" → parts.

    A message that is not a request ("the app logs her out") is all statement; one that only
    announces feedback ("need to jot down some fb") has none (knowledge.feedback.announce).
    """
    message = message or ""
    if "quote" in message.lower():
        message = _DICTATED_QUOTE.sub(r': "\1"', message)
    announced = announcement(message)
    if announced is not None:
        return ChatFeedback(text=None, customer=announced.customer, compensation=None)
    text = _PREAMBLE.sub("", (message or "").strip(), count=1)
    customer = None
    named_first = _NAME_FIRST.match(text)
    request = _REQUEST.match(text) or _FEEDBACK_FIRST.match(text)
    foreign = headed(text)  # "Feedback von X: …", "reclamo da X: …", "Retour de X : …"
    if foreign is not None:
        customer, text = foreign.customer, foreign.text
    elif named_first and not request:
        customer = named_first.group("who").strip(" .,-–—")
        text = named_first.group("body").strip()
    elif request:
        head = request.group("head") or ""
        whom = _FOR_WHOM.search(head)
        if whom and whom.group("who").lower() not in _GENERIC_WHO:
            customer = whom.group("who").strip(" .,")
        elif not whom and (request.re is _FEEDBACK_FIRST
                           or re.match(r"\s*(?:feedback|fb)\b", head, re.I)):
            # "feedback heinrich schroder: …", "log fb fleur vos: …": the words before the colon
            who = re.sub(r"^\s*(?:feedback|fb)\b", "", head, flags=re.I).strip(" .,")
            if who and who.lower() not in _GENERIC_WHO and len(who.split()) <= 4:
                customer = who
        text = (request.group("body") or "").strip()
    if customer and not text:
        # "feedback from olivier faure he says the queue was too long" (no colon): the name
        # ends where the customer's words begin.
        said = _SAYS.search(customer)
        if said is not None and said.start() > 0 and len(customer[: said.start()].split()) <= 4:
            customer, text = customer[: said.start()].strip(" .,"), customer[said.start():].strip()
    text = _LOG_IT_AT_END.sub("", text or "")
    compensation = None
    read = spelt_as_digits(as_english(text))  # "12,50 €": 12.50, "fifty eur": 50 (same length)
    paid = (_PAID.search(read) or _GAVE.search(read) or _AMOUNT_FIRST.search(read)
            or _gave_named(read) or _compensated(read))
    if paid and _ASKED_FOR.search(text[: paid.start()].rstrip(" (;,.")):
        paid = None  # "she wants a refund of 30 eur": asked for, not given
    if paid:
        compensation = parse_compensation(paid.group("amount"))
        # A trailing note ("…, compensation 50 EUR") is the advisor's, not the customer's
        # words; mid-sentence ("we paid her 40 euros because …") the sentence is kept whole.
        if paid.end() == len(text) and paid.start() > 0:
            text = re.sub(r"(?:[\s,;.(–-]+(?:and|so)?\s*(?:we|i)?)+$", "", text[: paid.start()])
    return ChatFeedback(text=text or None, customer=customer, compensation=compensation)


_SAYS = re.compile(r"\s(?:(?:he|she|they)\s+)?(?:says|said|told (?:me|us)|thinks|finds|"
                   r"complain(?:s|ed)|mentioned|is (?:unhappy|upset|happy|annoyed))\b",
                   re.IGNORECASE)
# "… log that", "… - pls log as fb": the advisor's request at the end, not the customer's words
_LOG_IT_AT_END = re.compile(
    r"[\s,.;:–—-]{0,8}\b(?:(?:pls|please|plz|can you|could you)\s+)?(?:log (?:that|it|this)"
    r"(?:\s+as\s+(?:fb|feedback))?|(?:put|add|save|store|record|note|enter|file) (?:that|it|this)"
    r"(?: down| in)?\s+as\s+(?:(?:a|an|customer)\s+)?(?:fb|feedback|complaint))"
    r"(?:\s+(?:pls|please|plz))?[\s.!]*$", re.IGNORECASE)


def _gave_named(text: str) -> _Found | None:
    match = _GAVE_NAMED.search(text)
    if match is None:
        return None
    # Past the end: the sentence stays whole (the customer's name and reason are in it).
    return _Found(match.group("amount") or match.group("amount2"), match.start(), len(text) + 1)


def not_a_statement(text: str | None) -> bool:
    """A request to the assistant ("tell me about …", "log that his complaint is resolved"),
    not what a customer said: never stored as feedback."""
    from knowledge.call_reports.plans import plan_or_question
    from knowledge.feedback.chatter import only_chatter
    from knowledge.feedback.market_news import rate_news
    from knowledge.feedback.not_said import (
        a_call_opening,
        about_a_complaint,
        asks_for_a_call,
        own_note,
        the_advisors_sale,
    )

    return bool(_NOT_A_STATEMENT.search(text or "") or _ADVISORS_VIEW.search(text or "")
                or plan_or_question(text) in ("plan", "hypothetical", "greeting")
                or rate_news(text) or about_a_complaint(text) or asks_for_a_call(text)
                or a_call_opening(text) or own_note(text) or the_advisors_sale(text)
                or only_chatter(text))


def save_or_confirm(*, session: Any, staff: Any, customer: str | None, text: str | None,
                    compensation: str | None, last_write: dict[str, Any] | None = None,
                    channel: str = "other") -> Any:
    """The form's statement: stored at once when the customer was given by id or exact full
    name (or chosen from a list), else shown first ("Save feedback for … OK?")."""
    write: dict[str, Any] = {"kind": "feedback", "text": clean_text(text),
                             "compensation": compensation if compensation not in (None, "none")
                             else None}
    if write["compensation"] is not None:
        write["currency"] = get_settings().currency
    from knowledge.feedback.pointed import unmarked

    customer, inferred = unmarked(customer)  # "she says …": the customer in focus, inferred
    sure = not inferred
    if customer in (None, "", NO_CUSTOMER):
        write["customer_id"] = None
    elif can_see_customer(session=session, staff=staff, customer_id=customer):
        write["customer_id"] = customer
    else:
        found = resolve_customer(session=session, staff=staff, customer_id=customer, name=customer)
        if found.status != "found" or not found.customer_id:
            # Resolved (and refused with the reason) by saving, as before: never a guess.
            write["customer_id"] = customer
            return store_feedback(session=session, staff=staff, write=write, channel=channel)
        write["customer_id"] = found.customer_id
        sure = found.certainty in ("id", "name")
    if write["customer_id"] and write["customer_id"] != customer or not sure:
        write["name"] = customer_name(session, write["customer_id"])
    if (not_theirs := not_the_customers(session, write)) is not None:
        return not_theirs  # "my colleague thinks the fees are too high": no statement of theirs
    if same_as_last(write, last_write):
        return confirm(write, why="You saved exactly this feedback a moment ago. Save it again?")
    if not sure:
        write["name"] = customer_name(session, write["customer_id"])
        return confirm(write, why="The customer we were just talking about:" if inferred
                       else "Please check the customer:")
    if (doubt := advisor_unsure(text)) is not None or customer in (None, ""):
        return confirm(write, why=doubt.why() if doubt else "Nobody named; without a customer:")
    return store_feedback(session=session, staff=staff, write=write, channel=channel)


def advisor_unsure(text: str | None) -> Unsure | None:
    """The advisor unsure whether the customer said it at all ("maybe she said …", "not sure
    if he …", "if she calls again …"): a hedge or condition about the customer opening the
    statement. The customer's own words may hold any of them (“I think your fees are too
    high”, “I will close my account if …”), so only the advisor's framing counts."""
    opening = _HEARSAY.match(text or "")
    if opening is None:
        return None
    return unsure_about(opening.group(0), kinds=(HEDGE, CONDITION))


_HEARSAY = re.compile(
    r"^\s*(?:maybe|perhaps|probably|apparently|not sure(?: if| whether| but)?|i think|i guess|"
    r"i believe|if|once|in case)\s+(?:she|he|they|the (?:customer|client))\b[^.,;!?]*",
    re.IGNORECASE)


def store_feedback(*, session: Session, staff: Staff, write: dict[str, Any], channel: str
                   ) -> ChatAnswer:
    """Save the confirmed statement (re-checked by `save_chat_feedback`: book, text, amount;
    and that it is the customer's statement at all)."""
    if (not_theirs := not_the_customers(session, write)) is not None:
        return not_theirs
    try:
        logged = save_chat_feedback(session=session, staff=staff,
                                    customer=write.get("customer_id"), text=write.get("text"),
                                    compensation=write.get("compensation"), channel=channel)
    except FeedbackRejected as exc:
        return ChatAnswer(f"Not saved: {exc}", slots={"pending_write": None})
    item = logged.feedback
    who = f" for {item.customer_id}" if item.customer_id else ""
    paid = f" (compensation {item.compensation} {item.currency})" if item.compensation else ""
    ref = {"kind": "feedback", "id": item.id, "customer_id": item.customer_id}
    return done(f"Saved the feedback{who}{paid} as {item.id}. It will be added to the themes "
                "shortly.", ref, write, {"type": "feedback_saved", "feedback_id": item.id,
                 "customer_id": item.customer_id, "text": item.text},
                focus=item.customer_id)


def reverse_feedback(*, session: Session, staff: Staff, last: dict[str, Any] | None,
                     channel: str = "other") -> ChatAnswer:
    """Take back the statement the asker saved last, and its place in the themes."""
    if not last or not last.get("id"):
        return nothing_to_undo()
    record_id = str(last["id"])
    row = session.get(Feedback, record_id)
    if row is None or row.logged_by != staff.id:
        return no_longer_yours()
    forget_theming(session=session, feedback_ids=[record_id])
    return take_back(session=session, staff=staff, kind="feedback", row=row, last=last,
                     channel=channel)


def is_cancel(text: str) -> bool:
    """The whole message only cancels or takes back (knowledge.writes.take_back_words)."""
    from knowledge.writes.take_back_words import is_take_back

    return is_take_back(text)


def customer_id_in(text: str) -> str | None:
    """The first id the text types: the id itself, or as typed when read loosely ("C9",
    "CUST 000045"), which the resolver then reads, and which is shown for a yes."""
    typed = first_typed_id(text)
    if typed is None:
        return None
    return typed.customer_id if typed.exact else typed.typed.lstrip("#").upper()


def looks_like_a_note(text: str) -> bool:
    """Several words that are not a choice ("the second one", "the one in Hamburg", an id)."""
    words = (text or "").split()
    lowered = (text or "").strip().lower()
    choice = lowered.startswith(("the one", "that one", "number", "option", "none",
                                 "no customer")) or lowered.endswith((" one", " one please"))
    choice = choice or bool(re.match(r"the (first|second|third|fourth|fifth|last|\d+\w*)\b",
                                     lowered))
    return len(words) >= 4 and not choice


def full_name_in(*, session: Any, staff: Any, text: str) -> str | None:
    """One customer whose full name (as spelt) is in the message, else None: never a guess."""
    found = full_names_in(session=session, staff=staff, text=text)
    return found[0] if len(found) == 1 else None


def full_names_in(*, session: Any, staff: Any, text: str) -> list[str]:
    """The customers of the book a statement names in full ("hanna wagner's card …"); several
    are asked about. Written out exactly first, else the resolver's exact-name reading."""
    exact = named_in_full(session, staff, text)
    if exact:
        return exact
    found = resolve_customer(session=session, staff=staff, text=text)
    if found.status == "found" and found.customer_id and found.certainty in ("id", "name"):
        return [found.customer_id]
    return []


def correct_last_feedback(*, session: Any, staff: Any, last: dict[str, Any] | None,
                          text: str | None, channel: str = "other") -> Any:
    """ "no, that was for joana costa" after saving feedback: the statement taken back and
    shown again for the one customer the correction names in full ("… OK?"); with nobody
    named (or several), only taken back, and the answer asks for the customer."""
    if not last or last.get("kind") != "feedback" or not isinstance(last.get("write"), dict):
        return None
    old = last["write"]
    typed = customer_id_in(text or "")
    named = [typed] if typed else [c for c in named_in_full(session, staff, text or "")
                                   if c != old.get("customer_id")]
    undone = reverse_feedback(session=session, staff=staff, last=last, channel=channel)
    if not undone.text.startswith("Undone") or len(named) != 1:
        undone.text += " Which customer was it? Log the feedback again with their name or id."
        return undone
    if not can_see_customer(session=session, staff=staff, customer_id=named[0]):
        undone.text += f" {named[0]} is not a customer in your book; nothing else was saved."
        return undone
    write = {**old, "customer_id": named[0], "name": customer_name(session, named[0])}
    question = confirm(write, why=f"{undone.text} The same statement, for the customer you "
                                  "named now:")
    question.slots = {**undone.slots, **question.slots}
    return question
