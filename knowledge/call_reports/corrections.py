"""Correcting the last call ("sorry i meant tomasz mazur", "no, not greta muller - greta
klein", "wrong day, friday not thursday"): as strict as a fresh call, never a guess.

A new customer comes from the correction only: a typed id wins, then a full name of the book
written out in it (the customer corrected does not count: "not X, Y" means Y); a first name or
surname alone, two new customers, or a name nobody has ("falsch", "nie" are none) is asked
about, and nothing changes. A new date comes from the correction's own words ("not thursday"
is the old one); two dates, an unreadable or a past one are asked about. What it does not
restate stays as logged; the last call is reversed (audited), the corrected one stored.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_list.call_store import reverse_call, store_call
from knowledge.call_reports.amend import changed_write, replaced, shown_instead
from knowledge.call_reports.corrected_names import one_meant, refuse_elsewhere, without_names_of
from knowledge.call_reports.correction_words import (
    BARE_DAY,
    FILLER_ABROAD,
    NEGATED,
    NO_SALE,
    NOT_QUOTED,
    POSITION,
    corrects_in_other_words,
    ordinal,
)
from knowledge.call_reports.day_in_month import in_month_of, with_month_said
from knowledge.call_reports.follow_up_dates import asked_about
from knowledge.call_reports.report_or_fix import new_report_or_fix
from knowledge.call_reports.report_words import no_name_here
from knowledge.call_reports.said import _DATE, parse_date, read_call, second_thoughts
from knowledge.call_reports.said_today import day_said
from knowledge.call_reports.sold import ProductCorrection, product_correction, same_product
from knowledge.customers.in_text import may_be_a_name, named_in_full, not_a_name
from knowledge.customers.typed_ids import typed_ids
from knowledge.models.bank import Customer, Staff
from knowledge.writes.pending import UNDO_HINT, customer_name, describe, instead
from knowledge.writes.take_back_words import (
    ends_in_take_back,
    is_take_back,
    opens_with_take_back,
    undoes_a_named_write,
)

# "scratch the meeting", "no meeting, just reached": the follow-up taken back, not the call.
_MEETING_DROPPED = (r"(?:^\s*|\b(?:scratch|drop|forget|cancel|remove|scrap)\s+)(?:the\s+|that\s+)?"
                    r"(?:no\s+)?(?:meeting|follow[- ]?up|appointment|appt|callback|call back)"
                    r"\b(?=[\s,;.!-]+(?:just|only)\b)")
_CORRECTION = re.compile(
    r"\b(i meant|i mean|meant to say|the other one|other customer|wrong (?:one|customer|person|"
    r"client|day|date|outcome|name|guy|lady|entry)|not (?:her|him|that one)|should have been|"
    r"should be|make (?:that|it)|change (?:that|it) to|that was wrong|that's wrong|thats wrong|"
    r"my bad|my mistake|the other|(?:that'?s|thats|that is|it'?s) (?:not right|incorrect)|"
    r"^\s*(?:(?:it'?s |it was |the meeting'?s? |meeting )?(?:moved|pushed|shifted|changed)|"
    r"move it|push it) (?:back |out )?(?:to|till|until)\b|"
    r"(?:date|day|outcome|name|customer|client) (?:is|was) wrong|"
    r"take (?:that|it) back|(?:remove|delete|undo) (?:that|it|this|the last)|"
    r"should (?:have )?(?:gone|been) (?:to|on|for)|(?:that|it) was(?:n'?t| not)|"
    r"was(?:n'?t| not) (?:her|him|them|for)|sorry\s*[.!]*$|"
    # "other anna", "scratch the meeting, just reached", "the 26th, not the 24th"
    r"^\s*(?:the\s+)?other\s+[^\W\d_]+(?:\s+(?:pls|please))?\s*[.!]*$|_MEETING_DROPPED|"
    r"\bnot (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)?(?:[./]\d{1,2}\.?)?\s*[.!]*$|"
    # "rita martins not joana costa": the name it replaces, last
    r"(?:not|nicht)\s+(?!(?:erreicht|erreichbar|interessiert|da|verfügbar|interested|int|intd|intr|inter|reachable|available|answering|picking|keen|home|in|at|now|yet|"
    r"sure|today|there|around|happy)\b)[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[.!]*$)",
    re.IGNORECASE)
_CORRECTION = re.compile(_CORRECTION.pattern.replace("_MEETING_DROPPED", _MEETING_DROPPED),
                         re.IGNORECASE)
# "actually it was rita martins not joana", "wait no, that was …": an amendment's opening.
_AMENDS = re.compile(r"^\s*(?:actually|wait|hold on|hang on|oh no|ugh)\b[\s,!.]*(?:no\b[\s,!.]*)?"
                     r"(?:it|that|she|he|the (?:call|last one)|(?:on |the )?\d{1,2}(?:st|nd|rd|th)"
                     r"|(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*[.!]*$)\b", re.IGNORECASE)
_SORRY = re.compile(
    r"^\s*(?:(?:no|nope|nah|nein)\b\s*[,.!-]*\s*)?(?:sorry|sry|soz|oops|typo|correction|"
    r"not\b(?!\s+(?:interested|int|intd|intr|inter|reachable|available|answering|picking|keen|"
    r"for|at home)\b))|"
    r"^\s*(?:no|nope|nah|nein)\s*[,.!-]+", re.IGNORECASE)
# What is left of a correction once these are gone is a name ("sorry i meant tomas kral").
_FILLER = frozenset(
    "no nope nah sorry oops i meant mean to say the other one wrong customer client person it "
    "was is not that this should be have been make change my bad mistake actually correction "
    "wait and or pls please her him them a an of on day date meeting call for with s undo take "
    "back "
    "scratch delete cancel remove last entry just logged forget drop nein nicht falsches falsche "
    "falscher falsch datum tag incorrect wrong right s outcome but sry soz typo btw".split())
_BARE_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)  # the English ones
_NEGATED = re.compile(r"\b(?:not|nicht|instead of|rather than|from)\s+(?:on\s+|the\s+)?$",
                      re.IGNORECASE)


# "no, show me maria keller" is a question after a "no", not a correction of the last call.
_A_REQUEST = re.compile(
    r"\b(?:show|tell me|open|pull up|profile|look up|search|find|list|what|who|how|why|"
    r"where|when)\b", re.IGNORECASE)


# "it was giuseppe who bought it": the "who" of a cleft sentence asks nothing.
CLEFT = re.compile(r"(?<=\bit was )([^\W\d_]+(?: [^\W\d_]+)?) who\b", re.IGNORECASE)


# "not greta muller", "not thursday": the old call's part; "did not pick up" is an outcome.
_NOT_PART = re.compile(r"\b(?:not|nicht)\b(?!\s+(?:pick|answer|reach|avail|interest|keen|at home|"
                       r"there|get|around|in\b|for\b|erreich|interess|da\b))", re.IGNORECASE)


def is_correction(text: str | None) -> bool:
    """A short correction of the last write ("no, the other one - greta klein")."""
    words = text or ""
    if _A_REQUEST.search(CLEFT.sub(" ", words)):
        return False
    short = len(words.split()) <= 12
    if (_SORRY.match(words) and short) or corrects_in_other_words(words, most_words=16):
        return True  # "no sorry wolfgang schmidt", "non pardon, je l'ai eue, elle est d'accord …"
    return bool(_CORRECTION.search(words) or _AMENDS.match(words)
                or _DATE_DISPUTED.search(words)) and short


def _asked(text: str) -> ChatAnswer:
    return ChatAnswer(f"{text} Nothing was changed; your last call is still logged as it was "
                      '(say "undo" to take it back).', slots={"pending_write": None})


def new_customer(*, session: Session, staff: Staff, text: str, name: str | None,
                 customer_id: str | None, old: str | None,
                 offered: list[str] | None = None) -> tuple[str | None, str | None]:
    """(customer id, None) for the one new customer the correction names, (None, None) when
    it names nobody new, (None, question) when it cannot be told for sure (the customers the
    question offers are appended to `offered`)."""
    from knowledge.customers.resolver import resolve_customer

    offered = offered if offered is not None else []
    name = None if name and not_a_name(name) else name  # "przepraszam" tagged as a name
    dated = {w for m in _DATE.finditer(text) for w in m.group(0).lower().split()}
    if name and all(w in _FILLER or w in FILLER_ABROAD or w in dated for w in re.findall(
            r"[^\W\d_]+", _DATE.sub(" ", name).lower())):
        name = None  # "bedoel", "woensdag bedoel" of "… bedoel ik" tagged as a name

    by_id = {t.customer_id: t for t in typed_ids(text)}
    if customer_id and customer_id.upper() not in by_id:
        by_id.update({t.customer_id: t for t in typed_ids(customer_id)})
    was = (old or "").upper()
    ids = [i for i, t in by_id.items() if was not in (i, t.typed.lstrip("#").upper())]
    if len(ids) > 1:
        return None, f"That names {len(ids)} customers ({', '.join(ids)}); which one did you mean?"
    if ids:
        found = resolve_customer(session=session, staff=staff, customer_id=by_id[ids[0]].typed)
        if ((found.status != "found" or found.certainty == "loose_id")
                and re.search(rf"\b{re.escape(ids[0])}\b", text, re.I)):
            # "oops wrong client - C002": the id itself is typed, the words before it are not
            found = resolve_customer(session=session, staff=staff, customer_id=ids[0])
        if found.status == "found" and found.customer_id:
            if found.certainty == "loose_id":
                # "c9": read loosely, so asked about, never taken on a correction.
                offered.append(found.customer_id)
                return None, (f"Did you mean {customer_name(session, found.customer_id)} "
                              f"({found.customer_id})? Give the full name or the id.")
            return found.customer_id, None
        return None, f"{by_id[ids[0]].typed} is not a customer in your book."
    full = [c for c in named_in_full(session, staff, text) if c != old]
    if len(full) > 1:
        return None, "That names more than one customer; which one did you mean?"
    if full:
        return full[0], None
    # "it was giuseppe who bought it, tomasz said no": the corrected one's names are not new
    found = resolve_customer(session=session, staff=staff, text=without_names_of(
        session, old, text))
    if found.status == "not_found":  # "no the other berg": the shared name is the point
        found = resolve_customer(session=session, staff=staff, text=text)
    if found.status == "found" and found.customer_id and found.certainty in ("id", "name"):
        return (found.customer_id, None) if found.customer_id != old else (None, None)
    candidates = [c for c in (found.candidates or ()) if c != old]
    if found.status == "ambiguous" and candidates:
        rows = dict(session.execute(select(Customer.id, Customer.name)
                                    .where(Customer.id.in_(candidates))).all())
        options = "; ".join(f"{rows.get(c, c)} ({c})" for c in candidates[:6])
        offered.extend(candidates[:6])
        return None, f"Which customer did you mean: {options}? Give the full name or the id."
    if found.status == "found" and found.customer_id and found.customer_id != old:
        # A misspelt or partial name: never taken on a correction.
        offered.append(found.customer_id)
        return None, (f"Did you mean {customer_name(session, found.customer_id)} "
                      f"({found.customer_id})? Give the full name or the id.")
    left = " ".join(w for w in re.findall(r"[^\W\d_]+",
                                          BARE_DAY.sub(" ", _DATE.sub(" ", text)).lower())
                    if w not in _FILLER and w not in FILLER_ABROAD)
    name = None if name and no_name_here(session, name, text) else name  # "falsch", "nie"
    typed = name or (left if len(left.split()) >= 2 and is_correction(text) and may_be_a_name(
        left) and not read_call(text, day_said()).explicit else None)
    if typed and resolve_customer(session=session, staff=staff, name=typed).status != "found":
        refuse_elsewhere(session=session, staff=staff, typed=typed)
        return None, f'Nobody in your book is called "{typed}".'
    return None, None


def new_date(text: str, as_of: dt.date, *, dated: bool = False,
             before: dt.date | str | None = None) -> tuple[dt.date | None, str | None]:
    """The one date the correction gives (not one it negates or asks about: "which tue did
    you put? i meant the 24th"), or a question. `dated`: the call corrected has a follow-up
    date, so a bare day of the month is its new day (in its month, `before`: day_in_month)."""
    phrases = [m for m in _DATE.finditer(text) if not _NEGATED.search(text[: m.start()])
               and not NEGATED.search(text[: m.start()])]
    phrases = [m for m in phrases if not asked_about(text, m)] or phrases
    said = [m.group(0) for m in phrases]
    if not phrases and (dated or _DATE_DISPUTED.search(text)):
        # "date wrong: 26th", "sry typo, 23rd", "oups, le 26", "hoppla, am 26." after a meeting
        # on the 13th: a bare day of the month, once the date is said to be wrong or the call
        # has one to correct
        bare = [m for m in BARE_DAY.finditer(text) if not _NEGATED.search(text[: m.start()])]
        # "non il 27, il 26": the one denied left out; "no the 26th" opens with a "no"
        bare = [m for m in bare if not NEGATED.search(text[: m.start()])] or bare[:1] * (
            len(bare) == 1)
        said = [ordinal(int(m.group("day") or m.group("ordinal"))) for m in bare]
    revised = second_thoughts(text) if len(said) > 1 else None
    if len(said) > 1 and not (revised and revised[0] == "taken back"):
        return None, "That gives more than one date; which day is the follow-up?"
    if not said:
        return None, None
    # "maybe next month actually call her on the 14th dec": the date said last is meant
    words = with_month_said(revised[1] if revised else said[0], text) or ""
    day = in_month_of(words, parse_date(words, as_of), before, as_of, text)
    if day is None:
        return None, f'I could not read the date "{words}".'
    if day < as_of:
        return None, f"The date {day.isoformat()} is in the past."
    if day > as_of + dt.timedelta(days=180) and not re.search(r"\d{4}|\.\d{2}$", words):
        # "the 3rd of june" said on 15 June: next year, or a slip? Asked, never guessed.
        return None, f'Did "{words}" mean {day:%A} {day.isoformat()}? Say the date with its year.'
    return day, None


def correct_last_call(*, session: Session, staff: Staff, last: dict[str, Any] | None,
                      text: str | None, name: str | None, customer_id: str | None,
                      channel: str = "other") -> ChatAnswer | None:
    """The last call taken back and logged again as corrected; a question when the new
    customer or date is not certain; None when the correction changes nothing it can name
    (the caller then only undoes)."""
    from knowledge.call_reports.date_target import dated_call_meant  # "make that wed": which

    if (meant := dated_call_meant(session=session, staff=staff, last=last,
                                  text=text)) is not None:
        return meant
    if not last or last.get("kind") != "call" or not isinstance(last.get("write"), dict):
        return None
    old = last["write"]
    words = text or ""
    if is_take_back(words) or ends_in_take_back(words) or undoes_a_named_write(words):
        # "wait no, mixed them up, that was greta müller's question. undo that": taken back
        # only (by the caller), and asked about; never re-made on the customer named before it
        return None
    if POSITION.search(words):  # "oops, the 1st one was fine": which call, and what of it?
        return _asked("Which call do you mean, and what should change in it?")
    as_of = day_said()  # the correction's own day, not the call's (said_today)
    if old.get("outcome") == "sale" and not (typed_ids(words) or customer_id
                                             or named_in_full(session, staff, words)):
        product = product_correction(session, words)
        if product is not None:
            return _product_changed(session=session, staff=staff, last=last, words=words,
                                    product=product, channel=channel)
    offered: list[str] = []
    target, question = new_customer(session=session, staff=staff, text=words, name=name,
                                    customer_id=customer_id, old=old.get("customer_id"),
                                    offered=offered)
    family = [meant] if (meant := one_meant(session, old.get("customer_id"), offered,
                                            words)) else []
    if question and len(family) == 1:
        # "silvia mancini reached" → "no wait it was ana": Ana Mancini, the one of the book
        # with that first name and the same surname (however many others share the first
        # name: "jan koch" → "it was wolfgang" is Wolfgang Koch, not Wolfgang Schmidt); shown
        # for a yes, which replaces the call.
        return shown_instead(session=session, last=last, customer=family[0])
    if question:
        # The correction says the call was not with this customer ("no the other tomasz"), only
        # not for sure with whom: asked, the call kept until the answer (or taken back when
        # there is nobody to offer).
        return _taken_back_and_asked(session=session, staff=staff, last=last, question=question,
                                     offered=offered, channel=channel)
    day, question = new_date(words, as_of, dated=bool(old.get("follow_up_on")),
                             before=old.get("follow_up_on"))
    if question:
        return _asked(question)
    # What the correction itself says about the call (its negated part left out).
    said = read_call(_affirmed(words), as_of)
    write = changed_write(session, old, said, words, day, target)
    if (old.get("outcome") == "sale" and write.get("outcome") == "sale" and NO_SALE.search(words)
            and not opens_with_take_back(words)):
        # "sorry, nic nie kupiła, tylko rozmowa": the sale denied, the call was a talk
        write.update(outcome="follow_up" if write.get("follow_up_on") else "reached",
                     sale_of=None)
    if (both := new_report_or_fix(words, old, write)) is not None:
        return _asked(both)  # "sorry, jan koch no answer" after anna lange reached: which?
    if all(write.get(k) == old.get(k) for k in ("customer_id", "outcome", "follow_up_on")):
        if target is None and day is None and not said.explicit:
            if _DATE_DISPUTED.search(words):
                return ask_for_the_date(last)
            return None
        return _asked(f"Your last call is already logged as {describe(old)}.")
    write["note"] = f"{old.get('note') or ''} (corrected: {words})".strip()
    undone = reverse_call(session=session, staff=staff, last=last, channel=channel)
    if not undone.text.startswith("Undone"):
        return undone
    return instead(undone, store_call(session=session, staff=staff, write=write,
                                      channel=channel))


def _product_changed(*, session: Session, staff: Staff, last: dict[str, Any], words: str,
                     product: ProductCorrection, channel: str) -> ChatAnswer:
    """ "sorry, it was the bond not the fund": the sale re-logged with the product named (the
    old record kept as an audited reversal); a negated product that is not the one logged
    is asked about, and nothing changes."""
    old = last["write"]
    if not same_product(old.get("sale_of"), product.negated):
        return _asked(f"Your last call is logged as {describe(old)}, not {product.negated}; "
                      "which product was sold?")
    if (old.get("sale_of") or "").lower() == product.new.lower():
        return _asked(f"Your last call is already logged as {describe(old)}.")
    write = {**old, "sale_of": product.new,
             "note": f"{old.get('note') or ''} (corrected: {words})".strip()}
    undone = reverse_call(session=session, staff=staff, last=last, channel=channel)
    if not undone.text.startswith("Undone"):
        return undone
    stored = store_call(session=session, staff=staff, write=write, channel=channel)
    return instead(undone, stored, f"{undone.text} Logged instead: {describe(write)}. "
                                   f"{UNDO_HINT}" if stored.text.startswith("Logged") else None)


# "wrong date", "date's wrong", "falsches Datum": the date disputed, the new one not yet given.
_DATE_DISPUTED = re.compile(
    r"\b(?:wrong|incorrect|not the right|falsche[sr]?) (?:date|day|datum|tag)\b|"
    r"\b(?:date|day|datum)(?:'s| is| was)? (?:wrong|incorrect|off|falsch)\b", re.IGNORECASE)


def ask_for_the_date(last: dict[str, Any]) -> ChatAnswer:
    """ "wrong date" with no new one: the call stays as logged and the date is asked for; the
    last write remembers the question, so a bare date next ("the 4th") corrects it
    (knowledge.writes.disputes.answers_the_date_question)."""
    old = last["write"]
    return ChatAnswer(
        f"Which date should the follow-up with {old.get('name') or old['customer_id']} be "
        f'(e.g. "the 4th", "friday")? For now it stays logged as {describe(old)}.',
        slots={"pending_write": None, "last_write": {**last, "awaiting": "date"}})


def _taken_back_and_asked(*, session: Session, staff: Staff, last: dict[str, Any],
                          question: str, offered: list[str], channel: str) -> ChatAnswer:
    """The customer disputed, the one meant not certain. Customers to offer: the disputed
    call stays on record, and the same call (outcome and date as logged) for the one picked
    replaces it on the pick or the yes (knowledge.writes.dispatch); a "no" leaves it as it
    was. Nobody to offer: the disputed call is taken back (audited) and the question asked."""
    old = last["write"]
    if len(offered) == 1:
        return shown_instead(session=session, last=last, customer=offered[0])
    if offered:
        waiting = {"kind": "call", "text": old.get("note"), "outcome_entity": old.get("outcome"),
                   "follow_up_entity": old.get("follow_up_on"), "as_of": old.get("as_of"),
                   "candidates": list(offered), "replaces": replaced(last)}
        if "?" not in question:
            question += " Which customer was the call with?"
        return ChatAnswer(f"{question} Until you pick one, this stays logged: {describe(old)}.",
                          slots={"pending_write": waiting, "customer_candidates": list(offered)})
    undone = reverse_call(session=session, staff=staff, last=last, channel=channel)
    if not undone.text.startswith("Undone"):
        return _asked(question)
    if not question.rstrip().endswith("?"):
        question += " Which customer was the call with?"
    undone.text = f"{undone.text} {question} Nothing else is logged."
    return undone


def _affirmed(words: str) -> str:
    """What a correction says, its negated parts and the bot's reading quoted to deny it left
    out: "not a sale, just reached", "reached, not a sale", "joignable, pas 'pas de réponse'"
    (a weekday denied, "nie poniedziałek", is left out by read_call itself)."""
    words = NO_SALE.sub(" ", NOT_QUOTED.sub(" ", words))
    words = re.sub(_MEETING_DROPPED, " ", words, flags=re.IGNORECASE)
    parts = _NOT_PART.split(words)
    kept = [parts[0]] + [_NEGATED_CLAUSE.sub("", part, count=1) for part in parts[1:]]
    return " ".join(p for p in kept if p.strip())


# A negated clause runs to a stop or a word turning to what is meant.
_NEGATED_CLAUSE = re.compile(r"^[^,;.!]*?(?:[,;.!]|(?=\b(?:just|only|but|rather|instead)\b)|$)",
                             re.IGNORECASE)
