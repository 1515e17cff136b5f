"""Who answers the bot's "… OK?": the yes-runner of every round so far, or a careful advisor.

The yes-runner (`--advisor yes`, the default) answers every confirmation "yes" (or the turn's
`confirm`), so a wrong write the bot showed first counts as harmful like a silent one. The
careful advisor (`--advisor careful`) reads the write in the confirmation's payload
(`custom: {"type": "confirm_write", "write": …}`, knowledge/writes/pending.py) and answers
"no" when storing it would contradict the item's expected effects — the judge's own rules
(effects.py) applied to the write before it is stored: a call on a customer the item expects
no call on, a wrong outcome or follow-up date, a call already stored in this conversation, a
complaint closed that the item keeps open (a correction shown for a yes is read without the
write it `replaces`); feedback where none is expected, on another customer, without the
words or the compensation expected, or twice; a market event that is not the expected one
or is already on record; a theme owner or status the item does not
expect. Anything else is answered as written ("yes"). A confirmation without the payload
(recognised by its wording only) is answered "yes" and counted; a turn's `confirm` that is
not a plain yes ("no", "yes but friday") is a scripted part of the item and kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bench.conversation_eval.effects import (
    Rows,
    _call_harm,
    _call_matches,
    _event_matches,
    _feedback_matches,
    _match,
    live,
)

YES, CAREFUL = "yes", "careful"
MODES = (YES, CAREFUL)
CONFIRM_TYPE = "confirm_write"  # knowledge.writes.pending.CONFIRM_TYPE, the payload contract
# How each answer came about, as recorded per confirmation in the results.
AS_WRITTEN, YES_RUNNER, READ, NO_PAYLOAD = "as written", "yes-runner", "careful", "no payload"


@dataclass
class SoFar:
    """What this conversation has stored before the confirmation (live rows only)."""

    calls: list[dict[str, Any]] = field(default_factory=list)
    feedback: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)  # every live event on record

    @classmethod
    def between(cls, before: Rows, now: Rows) -> SoFar:
        def added(table: str) -> list[dict[str, Any]]:
            return [r for k, r in now[table].items()
                    if live(r) and (k not in before[table] or not live(before[table][k]))]

        return cls(added("interactions"), added("feedback"),
                   [r for r in now["market_events"].values() if live(r)])


@dataclass(frozen=True)
class Decision:
    answer: str  # "yes" or "no"
    why: str


def shown_write(messages: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The write a reply shows for a yes (its structured payload), or None."""
    for message in reversed(messages):
        custom = message.get("custom")
        if (isinstance(custom, dict) and custom.get("type") == CONFIRM_TYPE
                and isinstance(custom.get("write"), dict)):
            return custom["write"]
    return None


def decide(write: dict[str, Any], expect: dict[str, Any] | None,
           so_far: SoFar | None = None) -> Decision:
    """A careful advisor's answer to the write shown, knowing what the item expects."""
    expect, so_far = expect or {}, _without_replaced(write, so_far or SoFar())
    kind = str(write.get("kind"))
    if kind == "call":
        return _calls([write], expect, so_far)
    if kind == "calls":
        return _calls(list(write.get("writes") or []), expect, so_far)
    if kind == "feedback":
        return _feedback(write, expect, so_far)
    if kind == "market_event":
        return _event(write, expect, so_far)
    if kind in ("theme_owner", "theme_status"):
        return _theme(write, expect)
    return Decision("yes", f"a write of kind {kind!r} this advisor cannot read")


def _without_replaced(write: dict[str, Any], so_far: SoFar) -> SoFar:
    """A correction shown for a yes (`replaces`: the earlier write, knowledge/writes/dispatch)
    takes that write back as it stores: it is no longer there to be duplicated."""
    replaced = write.get("replaces")
    if not isinstance(replaced, dict) or not replaced.get("id"):
        return so_far
    gone = set(str(replaced["id"]).split(","))
    return SoFar([r for r in so_far.calls if str(r.get("id")) not in gone],
                 [r for r in so_far.feedback if str(r.get("id")) not in gone], so_far.events)


def _no(why: str) -> Decision:
    return Decision("no", why)


def _calls(writes: list[dict[str, Any]], expect: dict[str, Any], so_far: SoFar) -> Decision:
    specs = list(expect.get("interactions") or [])
    closing = set(expect.get("complaints_closed") or [])
    if not writes:
        return _no("an empty list of calls")
    stored = list(so_far.calls)
    for n, write in enumerate(writes, 1):
        where = f"call {n} of {len(writes)}: " if len(writes) > 1 else ""
        follow = write.get("follow_up_on") or None
        row = {"customer_id": write.get("customer_id"), "follow_up_on": follow,
               "outcome": write.get("outcome") or ("follow_up" if follow else "reached")}
        who = row["customer_id"]
        if write.get("close_complaint") and who not in closing:
            return _no(f"{where}closes a complaint the item keeps open ({who})")
        _, _, met = _match(specs, stored, _call_matches)
        left = [s for s in specs if not any(s is m for m in met)]
        fits = any(_call_matches(s, row) for s in left) or (
            who in closing and row["outcome"] in ("resolved", "reached"))
        if not fits:
            return _no(where + _call_harm(row, specs, {s["customer_id"] for s in met}))
        stored.append(row)
    return Decision("yes", "the call(s) the item expects")


def _amount(value: Any) -> float | None:
    if value is None:
        return None
    found = re.search(r"\d+(?:[.,]\d+)?", str(value))
    return float(found.group().replace(",", ".")) if found else None


def _feedback(write: dict[str, Any], expect: dict[str, Any], so_far: SoFar) -> Decision:
    specs = list(expect.get("feedback") or [])
    who = write.get("customer_id")
    text = str(write.get("text") or "")
    if not specs:
        return _no(f"stored as feedback where the item expects none: {text[:60]!r}")
    row = {"customer_id": who, "text": text, "compensation": _amount(write.get("compensation"))}
    _, _, met = _match(specs, so_far.feedback, _feedback_matches)
    left = [s for s in specs if not any(s is m for m in met)]
    if any(_feedback_matches(s, row) for s in left):
        return Decision("yes", "the statement the item expects")
    customers = {s.get("customer_id") for s in specs}
    if who not in customers:
        return _no("feedback without its customer" if who is None
                   else f"feedback on the wrong customer ({who})")
    if who not in {s.get("customer_id") for s in left}:
        return _no(f"feedback already stored for {who}")
    return _no(f"feedback text or compensation not as said: {text[:60]!r}")


def _event(write: dict[str, Any], expect: dict[str, Any], so_far: SoFar) -> Decision:
    specs = list(expect.get("market_events") or [])
    try:
        row = {"delta_bp": int(write["delta_bp"]), "occurred_on": write.get("occurred_on")}
    except (KeyError, TypeError, ValueError):
        return _no(f"a market event of {write.get('delta_bp')!r} bp")
    said = f"{row['delta_bp']} bp on {row['occurred_on']}"
    if not specs:
        return _no(f"a market event where the item expects none ({said})")
    if any(r.get("delta_bp") == row["delta_bp"] and str(r.get("occurred_on"))
           == str(row["occurred_on"]) for r in so_far.events):
        return _no(f"the market event is already on record ({said})")
    if not any(_event_matches(s, row) for s in specs):
        return _no(f"not the market event the item expects ({said})")
    return Decision("yes", "the market event the item expects")


def _theme(write: dict[str, Any], expect: dict[str, Any]) -> Decision:
    label = str(write.get("label") or "")
    if write.get("kind") == "theme_owner":
        name, value = f"{write.get('role')}_id", write.get("owner_id")
    else:
        name, value = "status", write.get("status")
    spec = next((s for s in expect.get("themes") or []
                 if str(s.get("label_has", "")).lower() in label.lower()), None)
    if spec is None:
        return _no(f"a change to the theme {label!r}, which the item does not expect")
    if name not in spec:
        return _no(f"sets {name} of {label!r}, which the item keeps")
    if str(spec[name]) != str(value):
        return _no(f"{name} of {label!r} set to {value}, not {spec[name]}")
    return Decision("yes", "the theme change the item expects")


def is_plain_yes(text: str) -> bool:
    from knowledge.writes.pending import plain_answer  # the bot's own reading of a yes

    return plain_answer(text) == "yes"


def is_plain(text: str) -> bool:
    """A bare answer — one word or sign ("nej", "cancel", "👍") or a yes or no as the bot
    reads one ("nah leave it") — not a change ("no, wed", "yes but friday")."""
    from knowledge.writes.pending import plain_answer

    return len(text.split()) <= 1 or plain_answer(text) in ("yes", "no")


def answer(mode: str, messages: list[dict[str, Any]], *, scripted: str, written: bool,
           expect: dict[str, Any] | None, so_far: Any) -> dict[str, Any]:
    """The answer to a confirmation and why, as recorded in the results. `scripted` is the
    turn's `confirm` (or "yes"), `written` whether the item gave one; `so_far` is called for
    the conversation's writes so far only when a write is shown."""
    write = shown_write(messages)
    record: dict[str, Any] = {"write": None if write is None else {
        k: v for k, v in write.items() if k not in ("note", "as_of")}}
    if write is None:
        kept = written and not is_plain_yes(scripted)
        record.update(answer=scripted, rule=AS_WRITTEN if kept else NO_PAYLOAD,
                      why="the confirmation carries no write payload")
        return record
    careful = decide(write, expect, so_far())
    record["careful"] = {"answer": careful.answer, "why": careful.why}
    if mode == YES or (written and not is_plain_yes(scripted)):
        record.update(answer=scripted, rule=AS_WRITTEN if written else YES_RUNNER,
                      why="the item's answer" if written else "every confirmation is a yes")
    else:
        record.update(answer=scripted if careful.answer == "yes" else "no", rule=READ,
                      why=careful.why)
    return record


def caught(record: dict[str, Any]) -> bool:
    """A write shown and refused by the careful advisor's reading."""
    return record.get("rule") == READ and record.get("answer") == "no"
