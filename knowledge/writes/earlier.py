"""The conversation's recent writes, addressable: "undo both", "undo the first one", "the one
before that was wrong, it was julien braun not julia", "undo the call with luca colombo".

The `last_write` slot holds the last write; each new one carries the writes before it that are
still on record under `earlier` (newest first, a few at most), so "the one before that" is
`earlier[0]` and "the first one" the oldest. Only calls are kept: they are what advisors log
in a row and correct afterwards.

Strict, never a guess: a message is read here only when it names which write it means (a
position, "both" / "the last two", or a customer of those writes in full) together with an
undo or a correction. Every undo is a reversal kept in `write_reversals` and the audit log
(knowledge.writes.pending.take_back); a correction of an earlier call is as strict as one of
the last (knowledge.call_reports.corrections) and what it infers is asked, never stored. "The
first one" among more than two writes could be either: it is asked about, nothing changes.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.conversation.state import ConversationState, StoredWrite, still_on_record
from knowledge.models.bank import Staff
from knowledge.writes.take_back_words import UNDO_VERBS

KEPT = 4  # earlier writes remembered behind the last one

_UNDO = re.compile(rf"\b(?:{UNDO_VERBS})\b", re.IGNORECASE)
# The undo said to the assistant, not the customer's words in a call report ("undo both",
# "ok, delete the call with X", "the last two - undo"; not "both want to cancel the plan",
# "spoke with X, she wants to cancel her card"): the verb opens a clause or ends the message.
_UNDO_SAID = re.compile(
    r"(?:^|[.,;:!?(]\s*|\s[-–—]\s*|\b(?:please|pls|plz|can you|could you|and|then|just|ok|"
    r"okay|so|actually|sorry|oops|wait)\s+)(?:" + _UNDO.pattern + r")"
    r"|(?:" + _UNDO.pattern + r")(?:\s+(?:it|them|those|both|that|please|pls))*\W*$",
    re.IGNORECASE)
# "les deux derniers", "die letzten zwei", "gli ultimi due", "los dos últimos", "de laatste
# twee", "ostatnie dwa", "de två senaste", "tous les deux", "entrambi", "ambos", "oba"
_FEW = {"deux": 2, "zwei": 2, "due": 2, "dos": 2, "twee": 2, "dwa": 2, "dwie": 2, "två": 2,
        "trois": 3, "drei": 3, "tre": 3, "tres": 3, "drie": 3, "trzy": 3}
_LAST_WORDS = (r"derni[eè]re?s|letzten|ultim[ei]|[uú]ltim[oa]s|laatste|ostatni[ea]?|senaste|"
               r"sista")
_LAST_FEW_ABROAD = (rf"\b(?:(?:{'|'.join(_FEW)}|2|3)\s+(?:{_LAST_WORDS})|(?:{_LAST_WORDS})\s+"
                    rf"(?:{'|'.join(_FEW)}|2|3|beiden)|tous les deux|toutes les deux|entrambi|"
                    r"les deux|les 2|die beiden|i due|los dos|las dos|de twee|die zwei|"
                    r"tutti e due|ambos|ambas|oba|obie|allebei|alle twee|båda|bägge)\b")
_ALL = re.compile(r"\b(?:both(?: of them)?|the (?:last|previous) (?:two|2|three|3)(?: ones)?|"
                  r"all (?:of )?(?:them|those|three|3|two|2)|those (?:two|2|three|3)|the two|"
                  r"beide)\b|" + _LAST_FEW_ABROAD, re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:the (?:one|call|entry|log) before(?: (?:that|this|it|the last"
                     r"(?: one)?))?|the previous (?:one|call|entry)|the (?:earlier|penultimate) "
                     r"(?:one|call)|the (?:second|2nd) (?:to|from) last(?: one)?)\b",
                     re.IGNORECASE)
_FIRST = re.compile(r"\bthe (?:first|1st) (?:one|call|entry)\b|"
                    # the advisors' other languages: "la première", "der erste", "la prima"
                    r"\b(?:la premi[eè]re|le premier|(?:der|die|den) ersten?|la prima|il primo|"
                    r"el primero|la primera|(?:de|het) eerste|(?:den|det) f[öo]rsta|"
                    r"pierwsz(?:y|a|ą|e|ego)|quello iniziale)\b", re.IGNORECASE)
# "delete the middle one" of three calls: the second of them ("quello in mezzo", "den
# mittleren", "celui du milieu", "el del medio", "środkowy", "de middelste", "den mittersta")
_MIDDLE = re.compile(r"\bthe middle (?:one|call|entry)\b|\b(?:quell[oa] in mezzo|"
                     r"(?:der|die|den|das) mittlere[nr]?|celui du milieu|celle du milieu|"
                     r"el del medio|la del medio|[śs]rodkow\w+|de middelste|den mittersta)\b",
                     re.IGNORECASE)
# "the 2nd one was reached", "la deuxième c'était …": the conversation's second call (read
# so only when no call list was shown: there it is the list's place, knowledge.call_reports)
_SECOND = re.compile(r"\bthe (?:second|2nd) (?:one|call|entry)\b|"
                     r"\b(?:la (?:seconde|deuxi[eè]me|seconda|segunda)|le (?:second|deuxi[eè]me)|"
                     r"(?:der|die|den) zweiten?|il secondo|el segundo)\b", re.IGNORECASE)
# Said to be wrong in so many words ("the first one is not interested" is a list position's
# call report, not a correction: knowledge.call_reports.positions).
_WRONG = re.compile(r"\b(?:wrong|incorrect|a mistake|my mistake|my bad|should (?:have been|be)|"
                    r"(?:i )?meant|was(?:n'?t| not) (?:right|correct))\b", re.IGNORECASE)
# "wait the first one was actually a meeting": a call of this conversation put right
_ACTUALLY = re.compile(r"\b(?:was|is) actually\b|\bactually (?:was|is)\b|"
                       r"^\s*(?:wait|sorry|oops|hmm|no)\b", re.IGNORECASE)
# "was reached not vm", "nicht erreicht": what the call was said not to be
_NOT_SAID = re.compile(r"\b(?:not|nicht|pas|non|nie|inte|niet)\b", re.IGNORECASE)
# "the first one was lucie horak btw": who the call was with, said of it (a customer named
# in full other than the one logged, checked against the book in earlier_answer).
_WAS_SOMEONE = re.compile(r"(?:\b(?:was|were|is|war|era|fue|var|był|była|było|byl|byla)|"
                          r"c['’]?(?:é|e)tait)\s+"
                          r"(?:(?:actually|really|with|w/?)\s+)*"
                          r"[^\W\d_]{2,}\s+[^\W\d_]{2,}", re.IGNORECASE)


def with_earlier(session: Session, new: Any, previous: Any) -> Any:
    """The `last_write` to set: a new write carries the calls before it still on record; a
    value that already says what came before (or is no write) is left as it is."""
    if not isinstance(new, dict) or not new.get("id") or "earlier" in new:
        return new
    if not isinstance(previous, dict):
        return new
    chain = [_bare(previous), *(previous.get("earlier") or [])]
    kept = [e for e in chain if e.get("id") != new.get("id") and still_on_record(session, e)]
    return {**new, "earlier": kept[:KEPT]}


def recalled(last: Any, state: ConversationState) -> Any:
    """The last write with the calls behind it, as the readers here address them: the slot's
    when it holds a write; after an undo cleared it, the conversation's calls still on record
    (knowledge.conversation.state), newest first, so "and the first one too" still finds
    them."""
    if isinstance(last, dict) and last.get("id"):
        return last
    calls = [w for w in reversed(state.writes) if w.kind == "call" and w.customer_id]
    if not calls:
        return last
    entries = [_entry_of(w) for w in calls[:KEPT + 1]]
    return {**entries[0], "earlier": entries[1:]}


def _entry_of(write: StoredWrite) -> dict[str, Any]:
    from knowledge.writes.pending import describe

    old = {"kind": "call", "customer_id": write.customer_id,
           "name": write.name or write.customer_id, "outcome": write.outcome or "reached",
           "sale_of": write.sale_of,
           "follow_up_on": write.follow_up_on.isoformat() if write.follow_up_on else None,
           "as_of": write.occurred_on.isoformat() if write.occurred_on else None}
    return {"kind": "call", "id": write.record_id, "customer_id": write.customer_id,
            "summary": describe(old), "write": old}


def names_an_earlier_write(text: str | None, last: Any, *, listed: bool = False,
                           written: list[dict[str, Any]] | None = None) -> bool:
    """The message undoes or corrects a write it names among the conversation's recent ones
    (not only the last): a words-only check before any database work. `listed`: a call list
    was shown in this conversation ("the second one" is then its place)."""
    words = " ".join((text or "").split())
    if not isinstance(last, dict) or len(words.split()) > 25:
        return False
    if (not listed and _SECOND.search(words) and len(last.get("earlier") or []) >= 1
            and (_UNDO_SAID.search(words) or _WRONG.search(words) or _WAS_SOMEONE.search(words)
                 or _NOT_SAID.search(words))):
        return True  # "wait, the 2nd one was reached not vm" of two or three calls
    if _ALL.search(words) and _UNDO_SAID.search(words):
        return True  # "undo both" with one call left: said, not silently half done
    if not last.get("earlier"):
        return False
    if _MIDDLE.search(words):
        return bool(_UNDO_SAID.search(words) or _WRONG.search(words)
                    or _WAS_SOMEONE.search(words))
    if _ALL.search(words) or _FIRST.search(words):
        return bool(_UNDO_SAID.search(words) or (_FIRST.search(words) and (
            _WRONG.search(words) or _WAS_SOMEONE.search(words)
            or (not listed and _ACTUALLY.search(words)))))  # "… was actually a meeting"
    if _BEFORE.search(words):
        return bool(_UNDO_SAID.search(words) or _WRONG.search(words)
                    or _WAS_SOMEONE.search(words))
    if earlier_named_by_part(words, last, written) is not None:
        return True  # "oh and dieter's was thursday not wed", two calls after Dieter's
    if _UNDO_SAID.search(words) and _pointed(words, last, written) is not None:
        return True  # "undo the andreas vm", two calls after it
    return bool(_UNDO_SAID.search(words)) and " with " in f" {words.lower()} "


def earlier_answer(*, session: Session, staff: Staff, last: dict[str, Any], text: str,
                   channel: str = "other", written: list[dict[str, Any]] | None = None
                   ) -> ChatAnswer | None:
    """The named earlier write(s) undone or corrected; the answer leaves the other recent
    writes addressable. None when the message names no write of the conversation."""
    from knowledge.customers.in_text import named_in_full

    words = " ".join(text.split())
    chain = [e for e in [_bare(last), *(last.get("earlier") or [])] if still_on_record(session, e)]
    if not chain:
        return None
    if _ALL.search(words) and _UNDO_SAID.search(words):
        count = _count(words, len(chain))
        answer = _undone(session=session, staff=staff, chain=chain, targets=chain[:count],
                         channel=channel)
        if count < 2:
            answer.text += (" It was the only call of this conversation I can still take back "
                            "(an undone one stays undone).")
        return answer
    if _MIDDLE.search(words):
        if len(chain) != 3:
            return _which(chain)  # a middle of two or of four is no one call
        target = chain[1]
    elif _FIRST.search(words):
        if len(chain) > 2:
            return _which(chain)
        target = chain[-1]
    elif _SECOND.search(words) and names_an_earlier_write(words, last):
        if len(chain) not in (2, 3):
            return _which(chain)  # the second of four: counted from the first or the last?
        # the second of two is the last call, corrected as any last call; of three it is the
        # middle one, counted from either end
        target = chain[len(chain) - 2]
    elif _BEFORE.search(words):
        if len(chain) < 2:
            return None
        target = chain[1]
    elif _UNDO_SAID.search(words) and (pointed := _pointed(words, last, written)) is not None:
        target = pointed
    elif (by_part := earlier_named_by_part(words, last, written)) is not None:
        target, part = by_part
        if not any(e is target or e.get("id") == target.get("id") for e in chain):
            return None
        return _corrected(session=session, staff=staff, chain=chain, target=target,
                          words=_without_part(words, part), channel=channel)
    else:
        named = set(named_in_full(session, staff, words))
        targets = [e for e in chain if _customers(e) & named]
        if len(targets) != 1:
            return None
        target = targets[0]
    if not (_UNDO_SAID.search(words) or _WRONG.search(words) or _ALL.search(words)
            or (_FIRST.search(words) and _ACTUALLY.search(words))
            or (_SECOND.search(words) and _NOT_SAID.search(words))) and not (
            set(named_in_full(session, staff, words)) - _customers(target)):
        return None  # "the first one was anna lange" of Anna Lange's call: nothing to correct
    if _UNDO.search(words) and not _WRONG.search(_UNDO.sub(" ", words)):
        return _undone(session=session, staff=staff, chain=chain, targets=[target],
                       channel=channel)
    return _corrected(session=session, staff=staff, chain=chain, target=target, words=words,
                      channel=channel)


def _undone(*, session: Session, staff: Staff, chain: list[dict[str, Any]],
            targets: list[dict[str, Any]], channel: str) -> ChatAnswer:
    from knowledge.writes.dispatch import reverse

    answers = [reverse(session=session, staff=staff, last=t, channel=channel) for t in targets]
    answer = ChatAnswer(" ".join(a.text for a in answers), answers[-1].payload)
    answer.slots = _left(session, chain, answers[-1].slots)
    return answer


def _corrected(*, session: Session, staff: Staff, chain: list[dict[str, Any]],
               target: dict[str, Any], words: str, channel: str) -> ChatAnswer | None:
    from knowledge.call_reports.corrections import correct_last_call

    if target.get("kind") != "call":
        return _which(chain)
    said = _MIDDLE.sub(" ", _SECOND.sub(" ", _FIRST.sub(" ", _BEFORE.sub(" ", words))))
    answer = correct_last_call(session=session, staff=staff, last=target, text=said,
                               name=None, customer_id=None, channel=channel)
    if answer is None:
        return None
    answer.text = answer.text.replace("your last call", f"the call with {_who(target)}")
    answer.slots = _left(session, chain, answer.slots)
    return answer


def _left(session: Session, chain: list[dict[str, Any]], slots: dict[str, Any]
          ) -> dict[str, Any]:
    """The slots after an earlier write was undone or corrected: the last write stays the
    last one (when still on record), the new record and the rest behind it."""
    new = slots.get("last_write")
    made = [_bare(new)] if isinstance(new, dict) and new.get("id") else []
    remaining = [e for e in chain if still_on_record(session, e)]
    if remaining and remaining[0] is chain[0]:  # the last write still stands: it stays last
        ordered = [remaining[0], *made, *remaining[1:]]
    else:
        ordered = [*made, *remaining]
    out = {**slots, "pending_write": slots.get("pending_write")}
    out["last_write"] = {**ordered[0], "earlier": ordered[1:KEPT + 1]} if ordered else None
    return out


def _which(chain: list[dict[str, Any]]) -> ChatAnswer:
    listed = "; ".join(f"{i}. {e.get('summary') or e.get('id')}"
                       for i, e in enumerate(reversed(chain), 1))
    return ChatAnswer(f"Which one do you mean? This conversation's calls, oldest first: {listed}. "
                      'Say e.g. "undo the call with <name>". Nothing was changed.')


def _count(words: str, available: int) -> int:
    found = re.search(rf"\b(three|3|two|2|both|beide|{'|'.join(_FEW)})\b", words,
                      re.IGNORECASE)
    wanted = ({"three": 3, "3": 3, **_FEW}.get(found.group(1).lower(), 2) if found else 2)
    if re.search(r"\ball (?:of )?(?:them|those)\b", words, re.IGNORECASE):
        wanted = available
    return min(wanted, available)


def _customers(entry: dict[str, Any]) -> set[str]:
    write = entry.get("write") or {}
    if entry.get("kind") == "calls":
        return {w.get("customer_id") for w in write.get("writes") or []}
    return {write.get("customer_id") or entry.get("customer_id")}


def _who(entry: dict[str, Any]) -> str:
    write = entry.get("write") or {}
    return str(write.get("name") or write.get("customer_id") or "that customer")


def _bare(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if k != "earlier"}


def earlier_named_by_part(words: str, last: Any, written: list[dict[str, Any]] | None = None
                          ) -> tuple[dict[str, Any], str] | None:
    """(the earlier call, the name word) a correction names by one part of its customer's
    name ("dieter's was thursday not wed" after calls with Dieter Lange and Olivier Faure): one
    earlier call of the conversation has a customer with that first name or surname, the last
    call's customer does not; None otherwise (words only, no database)."""
    from knowledge.call_reports.corrections import is_correction
    from knowledge.customers.names import clean_message, fold, name_parts

    if not isinstance(last, dict) or not last.get("earlier") or not is_correction(words):
        return None
    typed = set(re.findall(r"[^\W\d_]{3,}", fold(clean_message(words))))
    last_parts = set(name_parts(_who(last)))
    hits = [(e, part) for e in last.get("earlier") or [] if e.get("kind") == "call"
            for part in name_parts(_who(e)) if part in typed and part not in last_parts]
    if len({id(e) for e, _ in hits}) != 1 or len({p for _, p in hits}) != 1:
        from knowledge.writes.named_write import call_pointed_at

        # "oh the fund was krzysztof kaminski not tomasz": the sale, by what it denies
        pointed = call_pointed_at(words, last, written)
        if pointed is not None:
            return pointed, ""
        # "korrektur: maria keller termin ist mittwoch": one call's customer named in full
        return _named_in_full(fold(clean_message(words)), hits)
    return hits[0]


def _named_in_full(typed: str, hits: list[tuple[dict[str, Any], str]]
                   ) -> tuple[dict[str, Any], str] | None:
    """(the call, its name words) where every hit is of one call and the message spells its
    customer's full name as typed words in a row, not denied ("not maria keller")."""
    from knowledge.customers.names import name_parts

    if len({id(e) for e, _ in hits}) != 1:
        return None
    entry = hits[0][0]
    parts = name_parts(_who(entry))
    found = re.search(r"(?<![^\W\d_])" + r"\W+".join(map(re.escape, parts)) + r"(?![^\W\d_])",
                      typed)
    if found is None or re.search(r"\b(?:not|nicht|non|nie|pas|no)\W*$", typed[: found.start()]):
        return None
    return entry, " ".join(parts)


def _pointed(words: str, last: Any, written: list[dict[str, Any]] | None
             ) -> dict[str, Any] | None:
    from knowledge.writes.named_write import call_pointed_at

    return call_pointed_at(words, last, written)


def _without_part(words: str, part: str) -> str:
    """The correction without the name words that pointed at the call ("dieter's")."""
    from knowledge.customers.names import clean_message, fold

    parts = set(part.split())
    said = words.split()
    pointing = [i for i, w in enumerate(said) if fold(clean_message(w)).strip(".,;:!?") in parts]
    if len(pointing) > len(parts):
        # "the femke one should've been femke weber": the name word said twice points at the
        # call first; the second time it is part of the customer meant, kept
        pointing = pointing[:len(parts)]
    return " ".join(w for i, w in enumerate(said) if i not in pointing)
