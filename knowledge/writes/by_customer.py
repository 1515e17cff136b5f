"""A write of this conversation named by its customer: "undo claudia" (one Claudia called in
this chat, though the book has two), "undo femke weber, I mixed her up w/ friederike", "sorry
nicolas was also n/a" after three calls logged with one yes, "fleur is thurs 26th btw" after
Fleur's call was logged with another day.

The name is read against the writes this conversation stored and still has on record
(knowledge.conversation.state), never against the whole book: a first name or surname that
one of them alone has is enough, a full name wins over a part. An undo takes that write back
(an audited reversal, as every undo). A correction shows the call as its words change it and
replaces the earlier one on the yes (`replaces`, knowledge.writes.dispatch): never a second
call, never stored at once. The last call logged on its own is left to
knowledge.call_reports.corrections (its readers are stricter); "tried again", "still" make it a
new call, not a correction.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said_today import day_said
from knowledge.conversation.state import ConversationState, StoredWrite, still_on_record
from knowledge.models.bank import Staff
from knowledge.writes.earlier import _UNDO_SAID
from knowledge.writes.take_back_words import UNDO_VERBS_ABROAD

# Said of an earlier call to change it ("was also n/a", "is thurs btw", "actually reached").
_AMENDING = re.compile(r"\b(?:btw|also|change|moved?|was|were|is|isn'?t|wasn'?t)\b",
                       re.IGNORECASE)
# Said to be a mistake in so many words: only these turn "no answer" into a contact made (a
# later "X reached" is otherwise a call of its own, made after the unanswered one).
_MISTAKE = re.compile(r"\b(?:actually|sorry|oops|instead|in fact|correction|korrektur|my bad|"
                      r"wrong|should (?:be|have been)|make it|meant)\b", re.IGNORECASE)
# Where the undo's own clause ends ("undo femke weber, I mixed her up w/ friederike").
_CLAUSE_END = re.compile(r"[,;.!?]|\s[-–—]\s|\b(?:because|cause|since|as i|i mixed|mixed)\b",
                         re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
# A name's particles: no customer is named by "de", "van" or "von" alone ("annule celui de
# jakub" names Jakub, not Lotte de Boer)
_PARTICLES = frozenset("de da di do du des del della dos das van von der den ter la le el "
                       "il lo".split())
# An undo in the advisors' other languages, opening the message or as a set phrase ("annule
# celui de jakub", "den von matthias bitte rückgängig machen", "cofnij tego od marka").
_UNDO_ABROAD = re.compile(
    rf"^\s*(?:{UNDO_VERBS_ABROAD}|storniere|lösche)\b|"
    r"\b(?:rückgängig|rueckgaengig|ongedaan)(?:\s+(?:machen|maken))?\b|"
    # the verb ending the message: "das mit X stimmt nicht, bitte löschen", "…, bórralo"
    rf"[,;:.!–—-]\s*(?:(?:bitte|por favor|porfa|stp|per favore|proszę|aub|snälla)\s+)?"
    rf"(?:{UNDO_VERBS_ABROAD}|löschen|lösch|storniere?n?|verwijderen|radera den|streichen)"
    r"(?:\s+(?:bitte|por favor|porfa|stp|per favore|proszę|to|det|het|eso|ça))?[\s.!]*$",
    re.IGNORECASE)
# What follows an undo verb when the write was named before it ("- delete it, wrong person")
_FILLER = re.compile(r"^[\s,.!-]*(?:(?:it|that|this|one|them|bitte|machen|maken|pls|please|"
                     r"plz|thx|thanks|stp|svp|porfa|por favor|per favore|aub|alsjeblieft|"
                     r"tack|proszę|prosze|danke|merci|grazie|gracias|dzięki)\b[\s,.!-]*)*$",
                     re.IGNORECASE)


def by_customer_answer(*, session: Session, staff: Staff, state: ConversationState,
                       last: Any, text: str | None, as_of: dt.date, channel: str = "other"
                       ) -> ChatAnswer | None:
    """The conversation's write for the customer the message names, undone or shown as
    changed for a yes; None when the message names none of them (or says nothing of one)."""
    words = " ".join((text or "").split())
    if not words or len(words.split()) > 30 or state.pending:
        return None
    calls = [w for w in state.writes if w.kind == "call" and w.customer_id]
    undo = _UNDO_SAID.search(words) or _UNDO_ABROAD.search(words)
    clause = _CLAUSE_END.split(words[undo.end():])[0] if undo else words
    if undo and _FILLER.match(clause):
        # "the jonas one - delete it", "den von jonas bitte rückgängig machen": the write
        # named before the verb, which itself names nothing after it
        # ("das mit X stimmt nicht, bitte löschen": the last clause that is not politeness)
        named = [c for c in _CLAUSE_END.split(words[:undo.start()]) if not _FILLER.match(c)]
        clause = named[-1] if named else words[:undo.start()]
    target = call_named(session, staff, clause, calls)
    if target is None and not undo and (taken := call_named(
            session, staff, words, [w for w in state.undone if w.kind == "call" and w.customer_id
                             and w.customer_id not in {c.customer_id for c in calls}])):
        return _already_undone(session, staff, last, taken, words, as_of)
    if target is None:
        return None if undo else _never_stored(session=session, staff=staff, state=state,
                                               last=last, words=words, as_of=as_of)
    if len(state.writes_for(str(target.customer_id))) > 1:
        return None  # "undo the andreas vm" of two calls with him: knowledge.writes.earlier
    entry = entry_of(session, last, target)
    if not still_on_record(session, entry):
        return None
    if undo:
        return _undone(session=session, staff=staff, last=last, entry=entry, channel=channel)
    return _changed(session=session, staff=staff, last=last, entry=entry, words=words,
                    name_words=_name_words(session, target), as_of=as_of)


def call_named(session: Session, staff: Staff, clause: str, calls: list[StoredWrite]
               ) -> StoredWrite | None:
    """The newest call whose customer the clause names: in full, else by a part of the name
    no other customer of these calls has; None when it names none or several, or when a part
    is all it shares with a call and the clause spells out someone else's full name ("it was
    jana svoboda who wants the call" after Petr Svoboda's call; "the no answer was friederike
    hartmann, not krüger"): that names another customer (knowledge.call_reports.corrections
    reads a correction to them), never the call whose surname or first name it shares."""
    if not calls:
        return None
    from knowledge.customers.in_text import named_in_full, named_outside_book
    from knowledge.customers.names import clean_message, fold

    typed = _WORD.findall(fold(clean_message(clause)))
    padded = f" {' '.join(typed)} "
    customers = {c.customer_id: _parts(session, c) for c in calls}
    full = {cid for cid, parts in customers.items()
            if len(parts) >= 2 and f" {' '.join(parts)} " in padded}
    if not full:  # a name part typed alone, never a particle ("de" of Lotte de Boer)
        full = {cid for cid, parts in customers.items()
                if (set(parts) & set(typed)) - _PARTICLES}
        if not full:  # "cofnij giulię", "annule celui de jakuba": a name part as declined
            from knowledge.customers.index import index_for

            book = index_for(session=session, staff=staff).postings
            loose = [w for w in typed if w not in book]  # "paula", "anne": names of their own
            full = {cid for cid, parts in customers.items()
                    if any(declined(word, part) for word in loose for part in parts)}
        if full and (set(named_in_full(session, staff, clause)) - set(customers)
                     or named_outside_book(session, staff, clause)):
            return None
    if len(full) != 1:
        return None
    meant = full.pop()
    return [c for c in calls if c.customer_id == meant][-1]


# The case endings a first name or surname takes in the advisors' languages (folded: "ę" is
# "e"): Polish "giulię", "jakuba", "tomaszem", "kowalskiego"; a final vowel of the name may
# give way to them ("giulia" -> "giulię", "ewa" -> "ewy"; "oskar" -> "oskarze").
_ENDINGS = frozenset("a e i o u y em om ie ze owi ego emu iej ej ach ami".split())


def declined(word: str, part: str) -> bool:
    """`word` is the name part `part` with a case ending ("giulie" of "giulia", "jakuba" of
    "jakub"); never another name ("julien" is not "julia": "en" is no ending)."""
    if len(part) < 3 or word == part:
        return False
    stem = part[:-1] if part[-1] in "aeoy" and len(part) > 3 else part
    return word.startswith(stem) and word[len(stem):] in _ENDINGS


def _parts(session: Session, write: StoredWrite) -> tuple[str, ...]:
    from knowledge.customers.names import name_parts
    from knowledge.writes.pending import customer_name

    return tuple(p for p in name_parts(write.name or customer_name(session, str(
        write.customer_id))) if len(p) >= 2)


def _name_words(session: Session, write: StoredWrite) -> set[str]:
    return set(_parts(session, write))


def entry_of(session: Session, last: Any, write: StoredWrite) -> dict[str, Any]:
    """The write as the undo and `replaces` read it: from the last write's chain when it is
    there (with the complaints it closed), else from what the conversation showed."""
    from knowledge.writes.pending import describe

    chain = [last, *((last or {}).get("earlier") or [])] if isinstance(last, dict) else []
    for entry in chain:
        if not isinstance(entry, dict):
            continue
        items = entry.get("items") if entry.get("kind") == "calls" else [entry]
        for item in items or []:
            if isinstance(item, dict) and str(item.get("id")) == write.record_id:
                return {k: v for k, v in item.items() if k != "earlier"}
    old = {"kind": "call", "customer_id": write.customer_id,
           "name": write.name or write.customer_id, "outcome": write.outcome or "reached",
           "follow_up_on": write.follow_up_on.isoformat() if write.follow_up_on else None,
           "as_of": (write.occurred_on or day_said()).isoformat()}
    return {"kind": "call", "id": write.record_id, "customer_id": write.customer_id,
            "summary": describe(old), "write": old}


def _undone(*, session: Session, staff: Staff, last: Any, entry: dict[str, Any],
            channel: str) -> ChatAnswer:
    from knowledge.call_list.call_store import reverse_call
    from knowledge.writes.earlier import _left

    chain = [e for e in [last, *((last or {}).get("earlier") or [])]
             if still_on_record(session, e)] if isinstance(last, dict) else []
    answer = reverse_call(session=session, staff=staff, last=entry, channel=channel)
    if chain:
        answer.slots = _left(session, [{k: v for k, v in e.items() if k != "earlier"}
                                       for e in chain], answer.slots)
    return answer


def _changed(*, session: Session, staff: Staff, last: Any, entry: dict[str, Any], words: str,
             name_words: set[str], as_of: dt.date) -> ChatAnswer | None:
    """The earlier call as the message changes it, shown for a yes that replaces it."""
    from knowledge.call_reports.amend import one_call_changed, replaced
    from knowledge.call_reports.correction_words import corrects_in_other_words
    from knowledge.customers.names import fold
    from knowledge.writes.double_send import further_attempt
    from knowledge.writes.pending import confirm, describe

    if (isinstance(last, dict) and last.get("kind") == "call"
            and str(last.get("id")) == str(entry.get("id"))):
        return None  # the last call on its own: knowledge.call_reports.corrections reads it
    mistake = bool(_MISTAKE.search(words)) or corrects_in_other_words(words)
    if not (_AMENDING.search(words) or mistake) or further_attempt(words):
        return None
    said_words = " ".join(w for w in words.split()
                          if fold(w).strip(".,;:!?'’") not in name_words)
    new = one_call_changed(session, entry, said_words, as_of)
    if new is None:
        return None
    old = dict(entry.get("write") or {})
    if (old.get("outcome") == "no_answer" and new.get("outcome") != "no_answer"
            and not mistake):
        return None  # "li wei is reached now": a later call, not a correction
    if (new.get("outcome"), new.get("follow_up_on")) == (old.get("outcome"),
                                                         old.get("follow_up_on")):
        return ChatAnswer(f"That is already logged in this conversation: {describe(old)}. "
                          "Nothing was stored twice.", slots={"pending_write": None})
    write = {**new, "replaces": replaced(entry)}
    shown = confirm(write, why=f"(The call with {old.get('name') or old['customer_id']} "
                               f"logged earlier in this conversation.) On a yes I take back "
                               f"{describe(old)} and")
    shown.text = shown.text.replace(" and Log ", " and log ", 1)
    return shown


# Someone else took the call ("her husband picked up", "somebody else answered").
_THIRD_PARTY = re.compile(
    r"\b(?:his|her|their)\s+(?:husband|wife|partner|son|daughter|mother|mum|mom|father|dad|"
    r"brother|sister|assistant|colleague)\b|\b(?:some(?:one|body) else|another person)\b",
    re.IGNORECASE)
# Words that re-target the last call ("I meant X", "that was for X", "should have been X"):
# knowledge.call_reports.corrections reads those.
_RETARGET = re.compile(r"\b(?:meant|mean|wrong|other|should|instead|was for|were for|for|"
                       r"gemeint|falsch|andere[nr]?)\b", re.IGNORECASE)


# How far back "named earlier in this conversation" looks: one customer's name checked in each
# of the last messages (bounded: a long conversation never reads the book once per message).
_RECENT_MESSAGES = 20


def _never_stored(*, session: Session, staff: Staff, state: ConversationState, last: Any,
                  words: str, as_of: dt.date) -> ChatAnswer | None:
    """ "Korrektur: Eva Jansen Termin ist Mittwoch, nicht morgen" after a turn about Eva that
    stored nothing, then a call with someone else: Eva's call as now said, shown for a yes;
    the other call is not what it corrects and stays. Only for a customer named in full in
    an earlier message of this conversation, with no write here, the last call's customer
    not named, and no word that re-targets the last call."""
    from knowledge.call_reports.call_writes import propose_call
    from knowledge.call_reports.corrections import is_correction
    from knowledge.call_reports.said import read_call
    from knowledge.customers.in_text import named_in_full, spelt_out_among
    from knowledge.customers.names import clean_message, fold, name_parts
    from knowledge.writes.pending import customer_name

    if not (isinstance(last, dict) and last.get("kind") == "call") or not is_correction(words):
        return None
    if _RETARGET.search(words):
        return None
    named = named_in_full(session, staff, words)
    if len(named) != 1 or named[0] in state.written_customers:
        return None
    meant = named[0]
    typed = set(_WORD.findall(fold(clean_message(words))))
    before = str((last.get("write") or {}).get("name") or "")
    if set(name_parts(before)) & typed:
        return None  # the last call's customer named too: a correction of that call
    if not any(spelt_out_among(session, (meant,), said)
               for said in state.said_before[-_RECENT_MESSAGES:]):
        return None
    report = read_call(words, as_of)
    if not report.explicit and report.follow_up_on is None:
        return None
    name = customer_name(session, meant)
    return propose_call(session=session, staff=staff, customer_id=meant, name=name,
                        text=words, as_of=as_of, outcome=None, follow_up=None, sure=True,
                        last_write=None, always_ask=f"({name} has no call in this "
                                                    "conversation yet; the last one stays.)")


def _already_undone(session: Session, staff: Staff, last: Any, taken: StoredWrite,
                    words: str, as_of: dt.date) -> ChatAnswer | None:
    """ "undo ana", then "ana was actually not there, her husband picked up": said of the call
    just taken back, not a change of the last call (with someone else), which stays; what
    else happened is asked, nothing stored. None when the message says no more than a call
    report of its own (no correction word) or names the last call's customer too."""
    from knowledge.call_reports.corrections import is_correction
    from knowledge.customers.names import clean_message, fold, name_parts
    from knowledge.writes.pending import customer_name

    if not (is_correction(words) or _MISTAKE.search(words)):
        return None
    before = str(((last or {}).get("write") or {}).get("name") or "") if isinstance(
        last, dict) else ""
    if set(name_parts(before)) & set(_WORD.findall(fold(clean_message(words)))):
        return None
    name = taken.name or customer_name(session, str(taken.customer_id))
    if not _THIRD_PARTY.search(words):
        # "olivier was no answer actually": the call taken back, now as it went; shown
        from knowledge.call_reports.call_writes import propose_call
        from knowledge.call_reports.said import read_call

        if not read_call(words, as_of).explicit:
            return None
        return propose_call(session=session, staff=staff, customer_id=str(taken.customer_id),
                            name=name, text=words, as_of=as_of, outcome=None, follow_up=None,
                            sure=True, last_write=None,
                            always_ask=f"(The call with {name} was taken back; this logs it "
                                       "again as you say now.)")
    return ChatAnswer(f"The call with {name} is already taken back; nothing else was changed. "
                      "If another call should be logged (with a relative, say), tell me who "
                      "it was with and how it went.", slots={"pending_write": None})
