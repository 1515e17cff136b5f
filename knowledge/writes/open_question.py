"""Where the reading itself may be wrong, no write is proposed for a yes: an open question
names the readings, and a plain "yes" to it stores nothing.

The net (knowledge.writes.unsure) shows a write for a yes when words are left over that may
change a detail; a yes then stores the write as read, which is right when the doubt was about
a detail. Two signals put the write itself in question, whichever reader made it and in
whatever words it was said:

- **the write may not be one**: a condition governing the message's first clause ("if X
  complains, log it", "X's complaint can be closed once the refund lands"), or a take-back
  ("sorry", "scratch that") that the write did not act on while there is one to take back;
- **the write may correct another**: a call on a customer this conversation already has a
  call on record with, that neither replaces it nor says it is one more try, in words the
  net is unsure of ("non pardon, je l'ai eue" after "X injoignable"; "other way round -
  claudia picked up, cristina didn't" after the two calls).

Then the turn stores nothing (a write made at once is rolled back) and asks which reading is
meant: the write as read, the earlier call corrected (or the last write taken back), or
nothing. The answer is read by `answered` ("1", "the call", "undo", "nothing").
"""

from __future__ import annotations

import re
from typing import Any

from knowledge.answer import ChatAnswer
from knowledge.conversation.state import ConversationState
from knowledge.writes.double_send import further_attempt
from knowledge.writes.pending import describe, opens_with_no
from knowledge.writes.take_back_words import UNDO_VERBS, is_take_back
from knowledge.writes.unsure import CONDITION, TAKE_BACK, scope, unsure_about

OPEN = "open_question"  # the pending_write kind that waits for a reading, never for a yes
AS_READ, INSTEAD, NOTHING = "as_read", "instead", "nothing"

_NOTHING = re.compile(r"^\W*(?:nothing|none|neither|no|nope|nah|nix|nichts|rien|niente|nada|"
                      r"nic|inget|niets|leave it|skip it|drop it|forget it)\b", re.IGNORECASE)
_AS_READ = re.compile(r"\b(?:the (?:new )?(?:call|calls|feedback|statement|first)|log (?:it|them)|"
                      r"save it|store it|as (?:read|said|written)|new (?:call|one))\b",
                      re.IGNORECASE)
_INSTEAD = re.compile(rf"\b(?:{UNDO_VERBS}|correct(?:ion)?|replace|fix|instead|take back)\b",
                      re.IGNORECASE)
_NUMBER = re.compile(r"^\W*(?:#|no\.?\s*|nr\.?\s*|option\s*)?([1-3])\W*$", re.IGNORECASE)


def words_in_doubt(body: dict[str, Any], text: str | None, *, corrects: bool, written: bool
                   ) -> tuple[str, Any] | None:
    """A condition, or a take-back the write did not act on while the conversation has a
    write to take back (`written`; with none, "sold her the fund no actually …" changes its
    mind within the report, read by its readers), quoted; None when there is none or the
    write already corrects one (`corrects`: it replaces a write on record)."""
    if corrects or body.get("kind") not in ("call", "calls", "feedback"):
        return None
    names = [str(v) for v in (body.get("name"), body.get("customer_id")) if v]
    names += [str(w.get(k)) for w in body.get("writes") or [] for k in ("name", "customer_id")
              if w.get(k)]
    doubt = unsure_about(text, names=names,
                         kinds=(CONDITION, TAKE_BACK) if written else (CONDITION,))
    if doubt is None:
        return None
    if doubt.kind == CONDITION and (text or "")[:scope(text or "", doubt)[0]].strip(" ,;:-–—"):
        return None  # "X reached, if rates drop she'll move": the call stands, shown as is
    return f"“{doubt.words}”", None


def corrects_earlier(state: ConversationState, body: dict[str, Any], text: str | None, *,
                     corrects: bool) -> tuple[str, Any] | None:
    """A call on a customer this conversation already logged a call with, that neither
    replaces it nor says it is one more try ("again", "called back"), in words the net is
    unsure of or opening with a no ("sorry", "not", "nein, doch"; "li wei reached now" after
    her unanswered call is a call of its own): why, and the earlier call; None otherwise."""
    if corrects or body.get("kind") not in ("call", "calls") or further_attempt(text):
        return None
    if unsure_about(text) is None and not opens_with_no(text):
        return None
    calls = body.get("writes") if body.get("kind") == "calls" else [body]
    for call in calls or []:
        earlier = next((w for w in reversed(state.writes_for(str(call.get("customer_id"))))
                        if w.kind == "call" and w.outcome), None)
        if earlier is not None:
            return (f"you logged a call with {earlier.name or earlier.customer_id} earlier in "
                    "this conversation"), earlier
    return None


def open_question(body: dict[str, Any], why: str, earlier: Any,
                  last: dict[str, Any] | None) -> ChatAnswer:
    """The readings named, nothing proposed: a plain "yes" to it stores nothing."""
    write = {k: v for k, v in body.items()
             if k not in ("id", "write", "summary", "signature", "at", "held", "earlier")}
    readings = [(AS_READ, f"{_verb(write)} {describe(write)}")]
    instead: dict[str, Any] | None = None
    if earlier is not None and write.get("kind") == "call":
        before = {"kind": "call", "customer_id": earlier.customer_id,
                  "name": earlier.name or earlier.customer_id, "outcome": earlier.outcome,
                  "sale_of": earlier.sale_of, "follow_up_on": earlier.follow_up_on.isoformat()
                  if earlier.follow_up_on else None}
        ref = {"kind": "call", "id": earlier.record_id, "customer_id": earlier.customer_id,
               "closed_complaints": [], "summary": describe(before), "write": before}
        instead = {**write, "replaces": ref}
        readings.append((INSTEAD, f"correct the earlier one: take back {describe(before)} "
                                  "and log this instead"))
    elif isinstance(last, dict) and last.get("id") and last.get("summary"):
        readings.append((INSTEAD, f"take back {last['summary']}"))
    readings.append((NOTHING, "nothing"))
    lines = "\n".join(f"{i}. {said}" for i, (_, said) in enumerate(readings, 1))
    waiting = {"kind": OPEN, "write": write, "instead": instead,
               "readings": [k for k, _ in readings]}
    return ChatAnswer(f"I'm not sure what to store ({why}); nothing is stored yet. Which do "
                      f"you mean?\n{lines}\nSay the number, or “the call”, “undo” or "
                      "“nothing”.", None, {"pending_write": waiting})


def answered(pending: dict[str, Any], text: str | None, *, plain: str | None
             ) -> str | None:
    """The reading the answer picks (AS_READ, INSTEAD, NOTHING); "again" for a plain yes
    (no reading picked); None when the message answers something else."""
    said = " ".join((text or "").split())
    readings = list(pending.get("readings") or [])
    number = _NUMBER.match(said)
    if number:
        at = int(number.group(1)) - 1
        return readings[at] if at < len(readings) else "again"
    if plain == "yes":
        return "again"
    if plain == "no" or _NOTHING.match(said):
        return NOTHING
    if len(said.split()) > 6:
        return None  # a message of its own
    if INSTEAD in readings and (is_take_back(said) or _INSTEAD.search(said)):
        return INSTEAD
    if _AS_READ.search(said):
        return AS_READ
    return None


def _verb(write: dict[str, Any]) -> str:
    return {"feedback": "save"}.get(str(write.get("kind")), "log")
