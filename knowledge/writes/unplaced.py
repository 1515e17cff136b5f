"""A message the NLU could not place (or placed in a form that does not fit it), read by its
own words: a read and a write at once, a call report, what a customer said, or a bare name.

Nothing is stored from here in the same turn: the NLU was unsure, so every write is shown
first ("… OK?"). A message none of these fit gets None (the caller says it did not understand).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said import _DATE, _NO_ANSWER, read_call
from knowledge.call_reports.said_today import day_said
from knowledge.call_reports.sale_marks import sale_mark
from knowledge.call_reports.several import told_calls
from knowledge.customers.typed_ids import typed_ids
from knowledge.feedback.speaker import not_the_customers
from knowledge.languages import RELAYED, alternatives
from knowledge.models.bank import Outcome, Staff
from knowledge.writes.quoted_words import outside_quotes

UNSURE = "I want to be sure I read that right:"
# What a customer said, reported by the advisor ("rita martins says …", "x: says …"), also in
# the advisors' languages ("dice che", "a dit", "mówi", "zegt", "säger").
_STATEMENT = re.compile(
    r"\b(?:says|told me|tells me|complain(?:s|ed|ing)|mentioned|wrote in|writes in|"
    r"wrote to (?:us|me|the bank)|is (?:unhappy|annoyed|"
    r"upset|angry|happy|pleased) (?:with|about|that)|hates|loves|likes|finds|"
    # German, French, Spanish complaints: "beschwert sich über …", "se plaint de …"
    r"beschwert sich|beschwerte sich|hat sich beschwert|ärgert sich|aergert sich|"
    r"ist (?:unzufrieden|verärgert|sauer) (?:mit|über|wegen)|"
    r"se plaint|s'est plaint|se queja|se quejó|se quejo|"
    # the customer's mood, as advisors write it in their languages ("…, jest zła")
    r"jest (?:\w+ )?(?:zł[ayo]|niezadowolon[ya]|wściekł[ya]|zdenerwowan[ya])|"
    r"è (?:\w+ )?(?:arrabbiat[oa]|scontent[oa]|delus[oa])|"
    r"est (?:\w+ )?(?:mécontente?|fâchée?|furieu(?:x|se))|"
    r"está (?:\w+ )?(?:enfadad[oa]|molest[oa]|descontent[oa])|is (?:\w+ )?(?:boos|ontevreden)|"
    r"är (?:\w+ )?(?:arg|missnöjd|irriterad)|"
    rf"{alternatives(RELAYED)})\b", re.IGNORECASE)
# "X said the branch hours are useless": a customer named (no pronoun, no colleague or branch)
# saying something of the bank, not what they will do ("said she'd think about it", "said no
# thanks": a call's outcome, read as one)
_SAID_OF_IT = re.compile(
    r"^(?!.*\b(?:i|we|you|he|she|they|branch|colleague|someone|somebody|team)\s+said\b)"
    r"(?:[\w'’.-]+\s+){1,4}?said\s+(?:that\s+)?(?:the|our|your|their|its|it'?s|there'?s|"
    r"nothing|everything)\b", re.IGNORECASE)
# "hannah meyer: 'your website is impossible to use on a phone'": a name, then their words in
# quote marks (not a mail, a forward or a note quoted: "fwd from X: '…'")
_QUOTED_WORDS = re.compile(
    r"^(?!.*\b(?:from|fwd?|mail|e-?mail|note|notes|copy\w*|re|subject|wrote|letter)\b[^:]*:)"
    r"(?:[^\W\d_][\w'’.-]*\s*){1,4}:\s*[\"'“‘„«]\s*\w", re.IGNORECASE)
# The words around a bare name that still ask for the customer ("rui pereira?", "… pls").
_FILLER = re.compile(
    r"\b(?:pls|please|plz|details|detail|info|summary|profile|overview|customer|client|"
    r"who'?s|who is|quick|the|"
    # asking for a briefing before a call: "anything i should know before calling X"
    r"anything (?:i should|i need to|to) know(?: before (?:calling|i call|ringing|i ring))?"
    r"(?: about)?|what (?:do|should) i (?:need to )?know(?: about| before calling)?|"
    r"brief me on|heads up on|"
    # "what's the latest on X", "any news on X", "update on X": the customer's profile
    r"what'?s (?:the )?(?:latest|news|new|up|happening) (?:on|with|about|for)|"
    r"any (?:news|updates?) (?:on|about|from|for)|(?:an )?update on)\b|[?!.:,]", re.IGNORECASE)


# Asking whether (or when) the customer was last contacted ("did i ever reach X last month?",
# "when did we last speak to X"): their profile answers it (its last contacts); nothing is
# logged from a question.
_CONTACT_QUESTION = re.compile(
    r"^\s*(?:when\s+)?(?:did|have|has|had)\s+(?:i|we|you|u|anyone|someone|somebody)\s+"
    r"(?:(?:ever|last|already|actually|recently|even)\s+)*(?:reach(?:ed)?|call(?:ed)?|ring|rang|"
    r"rung|phoned?|speak|spoken?|talk(?:ed)?|contact(?:ed)?|meet|met|see|seen)\b"
    r"(?:\s+(?:to|with))?|\b(?:last|this|previous|past)\s+(?:week|month|year|time|quarter)\b|"
    r"\b(?:recently|yet|ever|before|lately)\b(?=[\s?]*$)", re.IGNORECASE)


def unplaced_answers(*, session: Session, staff: Staff, as_of: dt.date, text: str | None,
                     focus: str | None, last_write: dict[str, Any] | None,
                     channel: str = "other", statements: bool = True,
                     in_view: dict[str, Any] | None = None) -> list[ChatAnswer] | None:
    """What the message's words ask for, each write shown before it is stored; None when
    they ask for nothing this can tell. `in_view`: what the conversation has in view for
    reading names (the list's places, a choice offered …, as log_call_answer takes them)."""
    from knowledge.writes.mixed import mixed_answers

    words = " ".join((text or "").split())
    if not words:
        return None
    mixed = mixed_answers(session=session, staff=staff, as_of=as_of, text=words, focus=focus,
                          last_write=last_write, channel=channel)
    if mixed is not None:
        return mixed
    from knowledge.call_reports.rate_news import rate_news_answer

    news = rate_news_answer(session=session, staff=staff, as_of=as_of, text=words)
    if news is not None:
        return [news]
    # "X said …" is what a customer said when the advisor asks for feedback ("- fb") or the
    # message reports no call: "spoke to X, she said all fine" stays a call report.
    # a call read only in the customer's quoted words is theirs ("X: 'nobody called me back'")
    unquoted = outside_quotes(words)
    a_call = read_call(unquoted, as_of).explicit or sale_mark(words) is not None  # "✅ ISA"
    from knowledge.feedback.headed import headed
    from knowledge.feedback.pointed import logged_words

    # "Feedback von X: …", "retour client de X : …": headed as a statement in their language
    said_by_customer = bool(_STATEMENT.search(words) or headed(words) is not None
                            or (focus and logged_words(words)) or (
        _SAID.search(words) and (_ALSO_FEEDBACK.search(words) or not a_call))
        or (_QUOTED_WORDS.match(words) and not a_call))
    if a_call and not said_by_customer:
        answer = _call_report(session=session, staff=staff, as_of=as_of, text=words,
                              focus=focus, last_write=last_write, channel=channel,
                              in_view=in_view or {})
        if answer is not None:
            return [answer]
    if statements and said_by_customer:
        answer = _statement(session=session, staff=staff, text=words, channel=channel,
                            focus=focus)
        if answer is not None:
            return [answer]
    return bare_name_answers(session=session, staff=staff, as_of=as_of, text=words, channel=channel,
                             last_write=last_write)


def _call_report(*, session: Session, staff: Staff, as_of: dt.date, text: str,
                 focus: str | None, last_write: dict[str, Any] | None, channel: str,
                 in_view: dict[str, Any]) -> ChatAnswer | None:
    from knowledge.call_reports.call_writes import log_call_answer, who_is_meant

    who = who_is_meant(session=session, staff=staff, name=None, customer_id=None, text=text,
                       focus=focus, channel=channel)
    if who.status not in ("found", "choose", "several") and not (
            who.status == "nobody" and in_view.get("shown")):
        return None  # a bare "vm, will try again later" right after a profile: that customer's
    ask = UNSURE
    if _ALSO_FEEDBACK.search(text):
        # "X - reached, and she moaned about the fees, log that as feedback": the call is
        # shown; the feedback is said to be not saved, never dropped without a word.
        ask = (f"{UNSURE} (The feedback in your message is not saved: send it on its own, "
               "e.g. “log feedback for <name>: …”.)")
    return log_call_answer(session=session, staff=staff, as_of=as_of, name=None,
                           customer_id=None, outcome=None, follow_up=None, text=text,
                           focus=focus, last_write=last_write, channel=channel,
                           always_ask=ask, **in_view)


_SAID = re.compile(r"\bsaid\b(?!\s+(?:no|yes|not|ok|okay)\b)", re.IGNORECASE)
_ALSO_FEEDBACK = re.compile(r"\b(?:feedback|fb)\b", re.IGNORECASE)


def customer_statement(*, session: Session, staff: Staff, text: str | None, channel: str,
                       named: str | None = None) -> ChatAnswer | None:
    """A message that reports what a customer said ("X beschwert sich über …", "X says …"),
    as feedback shown for a yes; None when it reports no statement. `named`: the one customer
    of the book the caller found the message to name ("Mme Lambert trouve que …"), when the
    message spells out no full name."""
    words = " ".join((text or "").split())
    if not reports_a_statement(words):
        return None
    return _statement(session=session, staff=staff, text=words, channel=channel, named=named)


def reports_a_statement(text: str | None) -> bool:
    """Whether the words may report what a customer said (`customer_statement`'s words-only
    test, so that a caller can skip the database work of a message that cannot be one)."""
    words = " ".join((text or "").split())
    return bool(_STATEMENT.search(words) or _SAID_OF_IT.search(words)
                or _QUOTED_WORDS.match(words)) and not read_call(
        outside_quotes(words), day_said()).explicit


def _statement(*, session: Session, staff: Staff, text: str, channel: str,
               focus: str | None = None, named: str | None = None) -> ChatAnswer | None:
    """"rita martins says the branch closing hurts older clients": feedback for the one
    customer named in full, shown first. Another book's customer (by id) is refused, audited,
    and answered as an id that names no one."""
    from knowledge.feedback.announce import announcement
    from knowledge.feedback.chat import full_names_in, not_a_statement, split_chat_message
    from knowledge.feedback.service import FeedbackRejected, clean_text
    from knowledge.settings import get_settings
    from knowledge.writes.pending import confirm, customer_name

    if not_a_statement(text) or announcement(text) is not None:
        return None  # a request, or only the announcement of a statement: never stored
    from knowledge.access.policy import can_see_customer, refuse
    from knowledge.customers.resolver import resolve_customer

    typed = typed_ids(text)
    ids = [t.customer_id for t in typed] or full_names_in(session=session, staff=staff,
                                                          text=text)
    if len(typed) == 1:  # "c30", "cust 000027": the book's id it stands for, if any
        found = resolve_customer(session=session, staff=staff, customer_id=typed[0].typed)
        ids = [found.customer_id] if found.customer_id else ids
    ids = ids or ([named] if named else [])
    from knowledge.feedback.pointed import logged_words, without_request

    logged = logged_words(text) if not ids and focus else None
    pointer = (_HE_SAYS.match(text) or _SAYS_UNNAMED.match(text) or logged
               ) if not ids and focus else None
    text = without_request(text) if logged else text  # "and log that she …": her words
    if pointer is not None and focus:  # "oh and he says the app logs him out": the focus
        ids = [focus]
    if len(set(ids)) != 1:
        return None
    if not can_see_customer(session=session, staff=staff, customer_id=ids[0]):
        # another book's customer: refused and audited before their household is read, so
        # "C…'s husband" never names them nor points at a relative through them
        refuse(session=session, staff=staff, customer_ids=ids[:1], channel=channel,
               via="chat", action="feedback")
        return None
    from knowledge.feedback.relayed import spoken_by_relative

    said_as, ids = spoken_by_relative(session=session, staff=staff, customer_id=ids[0],
                                      text=text)
    if not ids:  # "stefan berg's wife said …", and who she is cannot be told: not stored
        return ChatAnswer(f"Who said it? “{said_as}” is not one customer of your book I can "
                          "tell; nothing is saved. Send it again with their name.",
                          slots={"pending_write": None})
    if not can_see_customer(session=session, staff=staff, customer_id=ids[0]):
        refuse(session=session, staff=staff, customer_ids=ids[:1], channel=channel,
               via="chat", action="feedback")
        return None
    try:
        # "hannah meyer: 'the website …'": their words are what the quote marks hold
        quoted = text.split(":", 1)[1].strip(" \"'“”‘’„«»") if _QUOTED_WORDS.match(text) else text
        parts = split_chat_message(text)
        from knowledge.feedback.headed import headed

        # "Feedback von X: …": the customer's words after the heading
        statement = clean_text(parts.text if headed(text) is not None and parts.text
                               else quoted)
    except FeedbackRejected:
        return None
    write: dict[str, Any] = {"kind": "feedback", "customer_id": ids[0],
                             "name": customer_name(session, ids[0]),
                             "text": statement,
                             "compensation": str(parts.compensation)
                             if parts.compensation is not None else None}
    if write["compensation"] is not None:
        write["currency"] = get_settings().currency
    if (not_theirs := not_the_customers(session, write, message=text)) is not None:
        return not_theirs  # also "kollegan säger att X tycker …", "vielleicht findet X …"
    why = "That reads like what a customer said."
    if said_as:
        why = f"{said_as} {why}"
    if pointer is not None:
        why = (f"(“{pointer.group('who')}” = {write['name']}, the customer we were just talking "
               f"about.) {why}")
    return confirm(write, why=why)


# "oh and he says …", "she said …": what the customer in focus said, the pronoun its subject
_HE_SAYS = re.compile(r"^\s*(?:(?:oh|and|also|btw|plus|ah|ok|okay|then)\W+)*(?P<who>he|she)\s+"
                      r"(?:says|said|told me|tells me|mentioned|complain(?:s|ed)|hates|loves|"
                      r"likes|finds|is (?:unhappy|annoyed|upset|angry|happy|pleased))\b",
                      re.IGNORECASE)


# "dice che il bonifico …", "mówi, że …": the subject left out, as the advisors' languages do
_SAYS_UNNAMED = re.compile(rf"^\s*(?:(?:oh|and|e|y|i|a|und|et|en|och|też)\W+)*"
                           rf"(?P<who>{alternatives(RELAYED)})\b", re.IGNORECASE)


def bare_name_answers(*, session: Session, staff: Staff, as_of: dt.date, text: str, channel: str,
                      last_write: dict[str, Any] | None = None) -> list[ChatAnswer] | None:
    """"rui pereira", "nicolas dubois?", "who's C000042": the customer's profile."""
    from knowledge.feedback.chat import full_names_in
    from knowledge.writes.mixed import profile_answer

    rest = _FILLER.sub(" ", _CONTACT_QUESTION.sub(" ", text))
    if len(rest.split()) > 4:
        return None
    report = _stated_call(session=session, staff=staff, as_of=as_of, text=text, channel=channel,
                          last_write=last_write)
    if report is not None:
        return report
    ids = typed_ids(text)
    if not ids and len(full_names_in(session=session, staff=staff, text=text)) != 1:
        if not _part_of_a_name(session=session, staff=staff, text=rest):
            return None
    answer, _shown = profile_answer(session=session, staff=staff, as_of=as_of, text=text,
                              channel=channel)
    return [answer]


def _stated_call(*, session: Session, staff: Staff, as_of: dt.date, text: str, channel: str,
                 last_write: dict[str, Any] | None) -> list[ChatAnswer] | None:
    """ "joana costa erreicht", "C000042 mailbox": a name and a call's outcome or date, not a
    name alone: the call, shown first; None when the words state no call or name nobody."""
    if "?" in text or not read_call(text, as_of).explicit or _STATEMENT.search(text):
        return None
    answer = _call_report(session=session, staff=staff, as_of=as_of, text=text, focus=None,
                          last_write=last_write, channel=channel, in_view={})
    return [answer] if answer is not None else None


def _part_of_a_name(*, session: Session, staff: Staff, text: str) -> bool:
    """ "schroder", "freja": a first name or surname of the asker's own book (the profile, or
    "which one?" among its customers); a misspelling or another book's name is not enough."""
    from knowledge.customers.resolver import resolve_customer

    if not text.strip() or len(text.split()) > 2 or is_plain_ping(text):
        return False
    found = resolve_customer(session=session, staff=staff, text=text)
    return found.status == "ambiguous" or (found.status == "found"
                                           and found.certainty == "partial")


# What "are you there?" is made of: a message of only these words is a ping, with nothing to
# look up (and no database work: the ping is the turn benchmarks' trivial action).
_PING_WORDS = frozenset(
    "are r you u ya there still alive awake online up running is this thing on working "
    "anybody anyone somebody someone home can hear me test testing just status check do does "
    "work bot assistant hello hi hey ping yo ok the".split())


def is_plain_ping(text: str | None) -> bool:
    """Only ping words ("you there?", "test test"), or nothing at all."""
    words = re.findall(r"[^\W_]+", (text or "").lower())
    return all(w in _PING_WORDS for w in words)


def name_instead_of_ping(*, session: Session, staff: Staff, as_of: dt.date, text: str | None,
                         name: str | None, customer_id: str | None, channel: str,
                         last_write: dict[str, Any] | None = None) -> list[ChatAnswer] | None:
    """A message the NLU read as "are you there?" that is (mostly) a customer's name or id
    ("rita martins", "C000044", "schroder", "freja?"): that customer's profile, or "which
    one?". None when the words name nobody (a ping after all).

    With an id or a name entity the lookup always answers (an id of another book reads like an
    unknown one, and is audited); from the bare words, a name the book does not know is a ping,
    whichever book it belongs to, so neither tells the other apart.
    """
    from knowledge.customers.resolver import resolve_customer
    from knowledge.writes.mixed import profile_answer

    words = " ".join((text or "").split())
    if len(_FILLER.sub(" ", words).split()) > 4:
        return None
    report = _stated_call(session=session, staff=staff, as_of=as_of, text=words, channel=channel,
                          last_write=last_write)
    if report is not None:
        return report
    if not (name or customer_id or typed_ids(words)):
        if is_plain_ping(words):
            return None
        found = resolve_customer(session=session, staff=staff, text=words)
        if found.status == "not_found":
            return None
    answer, _shown = profile_answer(session=session, staff=staff, as_of=as_of, text=words,
                                    channel=channel, name=name, customer_id=customer_id)
    return [answer]


# "@bot pls log:", "note -": what opens a request to store, before what is stored.
_LOG_OPENER = re.compile(
    r"^\s*(?:@[\w.-]+\s*)*(?:(?:pls|please|plz|can you|could you)\s+)?"
    r"(?:log|note|record|add)?\s*[:\-–—]?\s*", re.IGNORECASE)
_FEEDBACK_WORDS = re.compile(r"\b(?:feedback|fb|says|said|told|complain\w*|moan\w*|praise\w*)\b",
                             re.IGNORECASE)
SHORT_REPORT = 6  # a name and an outcome ("laura sanchez, line busy") fit in this many words
# The advisor's own attempt to call ("rang", "called", "tried"): a no-answer then says how it
# went, whatever else the message says about the trying
# ("she called to say the voicemail menu is confusing" is the customer calling: no such attempt)
_UNANSWERED_CALL = re.compile(r"(?<!\bshe )(?<!\bhe )(?<!\bthey )(?<!\bcustomer )(?<!\bclient )"
                              r"\b(?:rang|rung|ringing|called|calling|phoned|dialled|dialed|"
                              r"tried|trying|rief|angerufen)\b(?! (?:to|in|us|me|about)\b)",
                              re.IGNORECASE)


def _letter_words(text: str) -> int:
    """Words with a letter: "-" and "10" of "X - spotkanie w piątek o 10" add no length."""
    return sum(1 for w in text.split() if re.search(r"[^\W\d_]", w))


def only_a_call_report(text: str | None, as_of: dt.date) -> bool:
    """A short message that states a call's outcome and nothing a customer said
    ("pls log: laura sanchez, line busy"): a call report, whatever intent the NLU chose."""
    words = _LOG_OPENER.sub("", " ".join((text or "").split()), count=1)
    if not words or _FEEDBACK_WORDS.search(words):
        return False
    # "nobody took the phone at Joana Costa": long only by its outcome's own words
    rest = _NO_ANSWER.sub(" ", words)
    unanswered = bool(_UNANSWERED_CALL.search(words)) and (
        read_call(words, as_of).outcome is Outcome.no_answer)
    # A date is no one's words ("erreicht, Termin nächste Woche Mittwoch"): not counted
    undated = _DATE.sub(" ", words)
    if len(told_calls(words)) >= 2 and not _STATEMENT.search(words):
        return True  # "X erreicht, Y nicht erreicht, Z kein Interesse": calls, one per clause
    if _letter_words(undated) > SHORT_REPORT and _letter_words(rest) > 4 and not unanswered:
        # "X: rang for ages, nobody. not even a mailbox": a call nobody answered is long only
        # by how the advisor tried; no customer said anything in it
        return False
    return ((read_call(words, as_of).explicit or sale_mark(words) is not None)
            and not _STATEMENT.search(words))
