"""One message, a read and a write: "tell me about Rui Pereira and log that his complaint is
resolved", "called olivier faure no answer, who's next?".

The read is answered as if asked alone; the write is never stored in the same turn: it is
shown ("… OK?") and waits for a yes, whatever the words made certain, because the intent
the NLU chose covers only half of the message. The write's customer comes from its own words
(a name or id), else from "her"/"his" or nothing at all = the customer just shown, and the
question says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said import read_call
from knowledge.models.bank import Staff

_READ_LIST = re.compile(
    r"\b(?:my (?:call )?list|call ?list|today'?s (?:calls|list)|who(?:'?s| is) next|"
    r"who(?:m)? (?:should|do|shall|to) (?:i )?(?:call|ring|phone)|who(?:'?s| is) on my|"
    # German, French, Spanish: "wer steht heute auf meiner Liste?", "ma liste d'appels"
    r"(?:meine|meiner|die) (?:anruf)?liste|wen (?:soll|muss) ich (?:heute )?anrufen|"
    r"wer steht (?:heute )?auf|ma liste|qui (?:dois-je|je dois) appeler|mi lista|"
    r"a qui[eé]n (?:llamo|debo llamar)|"
    # Italian, Dutch, Polish, Swedish: "lista di oggi", "wie moet ik bellen", "moja lista",
    # "visa min ringlista"
    r"(?:la )?mia lista|lista di oggi|chi (?:devo|dovrei) (?:chiamare|sentire)|"
    r"mijn (?:bel)?lijst|(?:bel)?lijst (?:van|voor) vandaag|"
    r"wie (?:moet|zal) ik (?:vandaag )?bellen|"
    r"moja lista|list[aę] (?:na )?dzi(?:ś|s)|dzisiejsz[aą] list[aę]|"
    r"do kogo (?:mam |powinienem |powinnam )?(?:dzisiaj |dziś |dzis )?(?:za)?dzwoni\w*|"
    r"(?:min |dagens )?ringlista|vem (?:ska|borde) jag ringa)\b",
    re.IGNORECASE)
_READ_PROFILE = re.compile(
    r"\b(?:tell me about|tell me abt|show me|pull up|look up|lookup|open|profile(?: of| for)?|"
    r"brief me on|what about|how is|how's|who is|who's|details (?:of|for|on)|summary (?:of|for))"
    r"\b", re.IGNORECASE)
# The write half asks to store something, or reports a call outcome.
_WRITE_ASK = re.compile(
    r"\b(?:log|note|mark|record|put down|register|add a note|set (?:her|him|them|it) (?:as|to))"
    r"\b", re.IGNORECASE)
# Where one half ends: punctuation, or a joining word (the earliest that splits well wins).
_JOIN = re.compile(r"\s*(?:[,;?!]+|\s[-–—]\s|\band then\b|\bthen\b|\balso\b|\bplus\b|\band\b)"
                   r"\s*", re.IGNORECASE)


MAX_WORDS = 40


@dataclass(frozen=True)
class Mixed:
    read: str  # "profile" or "list"
    read_text: str
    write_text: str


def asks_to_show(text: str | None) -> bool:
    """ "tell me about …", "show me …", "profile of …": a request to show a customer."""
    return bool(_READ_PROFILE.search(text or ""))


# "Zeig mir X", "montre-moi X", "mostrami X", "muéstrame X", "pokaż X", "toon X", "visa X":
# a customer asked for in the advisors' other languages, opening the message
_SHOW_ABROAD = re.compile(
    r"^\s*(?:(?:bitte|stp|svp|per favore|por favor|proszę|aub|snälla)[\s,]+)?"
    r"(?:(?:zeig(?:e|en sie)?(?: mir)?|profil (?:von|de|di|van|för|od)|"
    r"montre(?:-moi| moi)?|affiche(?:-moi)?|"
    r"mostra(?:mi)?|fammi vedere|muéstrame|muestra(?:me)?|enséñame|pokaż(?: mi)?|pokaz(?: mi)?|"
    r"toon(?: me)?|visa(?: mig)?)\s+|"
    # the customer's card by its name: "scheda di X", "fiche de X", "ficha de X", "Profil
    # von X", "profiel van X", "karta klienta X", "kundkort för X", "profile of X"
    r"(?:(?:la |il |le |el |die |het |de )?(?:scheda(?: cliente)?|fiche(?: client)?|"
    r"ficha(?: (?:del )?cliente)?|(?:kunden)?profil|profiel|profile|klantprofiel|"
    r"karta(?: klienta)?|kundkort|kundprofil|dati|données|datos|gegevens|dane))"
    r"(?:\s+(?:di|del|della|de|du|des|von|vom|van|för|på|of|for|od|o|klienta))?[\s:]+)"
    r"(?![^.?!]*\b(?:liste|lista|lijst|listan|anrufliste|ringlista|"
    r"themen|thèmes|temi|temas|tematy|thema's|teman)\b)", re.IGNORECASE)


def asks_to_show_abroad(text: str | None) -> bool:
    """A customer asked for in another language ("Zeig mir Oskar Lindström")."""
    return bool(_SHOW_ABROAD.search(text or ""))


# Whom to call, in the advisors' languages, however the question is put: a "who" word and,
# a few words on, that language's verb for calling or contacting ("wen soll ich heute noch
# anrufen?", "vilka ska jag ringa idag?", "chi chiamo stamattina?", "kogo mam dziś
# obdzwonić?"), or the call list by its name ("Anrufliste", "liste d'appels", "lista
# chiamate", "lista de llamadas", "bellijst", "lista telefonów", "ringlista"). A past tense
# ("wer hat angerufen?", "qui m'a appelé ?") asks about a call made, not about the list.
_FEW = r"(?:[\w'’-]+\s+){0,4}"
_WHOM_ABROAD = re.compile(
    rf"\b(?:(?:wen|wer|welche\w*)\s+{_FEW}(?:an)?(?:rufen|rufe|telefonieren|kontaktieren)|"
    rf"qui\s+{_FEW}(?:appeler|j['’]appelle|contacter|rappeler)|quels clients\s+{_FEW}appeler|"
    rf"(?:chi|quali clienti)\s+{_FEW}(?:chiamare|chiamo|sentire|contattare|telefonare)|"
    rf"(?:qui[eé]n(?:es)?|qu[eé] clientes)\s+{_FEW}(?:llamar|llamo|contactar|telefonear)|"
    rf"(?:wie|welke klanten)\s+{_FEW}(?:bellen|bel|opbellen|contacteren)|"
    rf"(?:kogo|któr\w+ klient\w*)\s+{_FEW}(?:za|ob|po)?dzwoni\w*|"
    rf"(?:vem|vilka)\s+{_FEW}(?:ringa|ringer|kontakta)|"
    r"anrufliste|liste d['’]appels|lista (?:delle |di )?chiamate|lista de llamadas|bellijst|"
    r"lista (?:telefonów|połączeń|do dzwonienia)|ringlista)\b",
    re.IGNORECASE)


def asks_for_the_list(text: str | None) -> bool:
    return bool(_READ_LIST.search(text or "") or _WHOM_ABROAD.search(text or ""))


# A read half starts like a question or a request ("… and show me my list", "who's next?"),
# so a read word inside a call report ("open to a meeting") does not make it one.
_READ_LEAD = re.compile(
    r"^\s*(?:(?:and|also|then|pls|please|can you|could you|now|ok|btw)\b[\s,]*)*"
    r"(?:tell|show|pull|look|lookup|open(?!\s+to\b)|profile|brief|what|whats|what's|who|whos|who's|whom|"
    r"how|hows|how's|details|summary|give|my|today|todays|today's|list|call list)\b",
    re.IGNORECASE)


def _read_kind(text: str) -> str | None:
    if not _READ_LEAD.match(text):
        return None
    if _READ_LIST.search(text):
        return "list"
    if _READ_PROFILE.search(text):
        return "profile"
    return None


def _is_write(text: str, as_of: dt.date) -> bool:
    if _READ_LIST.search(text) or _READ_PROFILE.search(text) or text.rstrip().endswith("?"):
        return False
    return bool(_WRITE_ASK.search(text)) or read_call(text, as_of).explicit


def split_mixed(text: str | None, as_of: dt.date) -> Mixed | None:
    """The read and the write of a message that asks for both, else None."""
    words = " ".join((text or "").split())
    if not words or len(words.split()) > MAX_WORDS:
        return None  # a read and a write fit in one line; a long text is no such request
    for joint in _JOIN.finditer(words):
        left, right = words[: joint.start()].strip(), words[joint.end():].strip()
        if not left or not right:
            continue
        for read, write in ((left, right), (right, left)):
            kind = _read_kind(read)
            if kind and _is_write(write, as_of):
                return Mixed(kind, read, write)
    return None


def mixed_answers(*, session: Session, staff: Staff, as_of: dt.date, text: str | None,
                  focus: str | None, last_write: dict[str, Any] | None, channel: str = "other"
                  ) -> list[ChatAnswer] | None:
    """The read's answer, then the write shown for a yes; None when the message is not mixed."""
    mixed = split_mixed(text, as_of)
    if mixed is None:
        return None
    answers: list[ChatAnswer] = []
    shown: str | None = None
    if mixed.read == "list":
        from knowledge.call_reports.chat import list_answer

        answers.append(list_answer(session=session, staff=staff, as_of=as_of, page=1,
                                   reason_filter=None, tier_filter=None))
    else:
        read, shown = profile_answer(session=session, staff=staff, as_of=as_of,
                               text=mixed.read_text, channel=channel)
        if shown is None and not read.slots.get("customer_candidates"):
            # "log reached for greta klein and show me her products": "her" is the customer
            # the write names in full (never the focus, never a guess).
            named = _named_by_the_write(session=session, staff=staff, mixed=mixed,
                                        channel=channel)
            if named is None:
                return None  # the read named nobody: not a read after all, the caller goes on
            read, shown = profile_answer(session=session, staff=staff, as_of=as_of,
                                         text=mixed.read_text, channel=channel,
                                         customer_id=named)
        answers.append(read)
    answers.append(_proposed_write(session=session, staff=staff, as_of=as_of,
                                   text=mixed.write_text, shown=shown, focus=focus,
                                   last_write=last_write, channel=channel))
    return answers


_POINTER = re.compile(r"\b(?:her|his|him|their|them|she|he|they)\b", re.IGNORECASE)


def _named_by_the_write(*, session: Session, staff: Staff, mixed: Mixed, channel: str
                        ) -> str | None:
    """The customer the write half names for sure, when the read half only points ("her")."""
    from knowledge.call_reports.call_writes import who_is_meant

    if not _POINTER.search(mixed.read_text):
        return None
    who = who_is_meant(session=session, staff=staff, name=None, customer_id=None,
                       text=mixed.write_text, focus=None, channel=channel)
    return who.customer_id if who.status == "found" and who.sure else None


def profile_answer(*, session: Session, staff: Staff, as_of: dt.date, text: str, channel: str,
                   name: str | None = None, customer_id: str | None = None
                   ) -> tuple[ChatAnswer, str | None]:
    """The profile the words (or the NLU's name / id entity) ask for, audited like any view,
    and the id shown if one was."""
    from knowledge.profile.lookup import CustomerRequest, view_customer

    outcome = view_customer(session=session, staff=staff,
                            request=CustomerRequest(customer_id=customer_id, name=name,
                                                    text=text,
                                                    candidates=(), ordinal=None, focus_id=None,
                                                    choosing=False),
                            as_of=as_of, channel=channel, via="chat", section="profile")
    answer = outcome.answer(forget_when_not_found=False)
    return answer, outcome.customer_id if outcome.status == "shown" else None


def _proposed_write(*, session: Session, staff: Staff, as_of: dt.date, text: str,
                    shown: str | None, focus: str | None, last_write: dict[str, Any] | None,
                    channel: str) -> ChatAnswer:
    from knowledge.call_reports.call_writes import propose_call, who_is_meant
    from knowledge.writes.pending import customer_name

    who = who_is_meant(session=session, staff=staff, name=None, customer_id=None, text=text,
                       focus=shown or focus, channel=channel)
    if who.status == "found" and who.customer_id:
        cid, via_focus = who.customer_id, who.via_focus
    elif who.status == "nobody" and shown:
        cid, via_focus = shown, True  # "… and log no answer": the customer just shown
    else:
        return ChatAnswer("I did not log anything from that: tell me the call again with the "
                          "customer's full name or id (e.g. \"Anna Lange no answer\").",
                          slots={"pending_write": None})
    name = customer_name(session, cid)
    lead = (f"You also asked me to log a call for {name}, the customer shown above."
            if via_focus else "You also asked me to log a call.")
    return propose_call(session=session, staff=staff, customer_id=cid, name=name, text=text,
                        as_of=as_of, outcome=None, follow_up=None, sure=True,
                        last_write=last_write, channel=channel, always_ask=lead)
