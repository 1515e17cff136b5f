"""Two calls of the conversation corrected in one message: "swap them - andreas was the vm and
johan picked up", "sorry, got those backwards: jan was vm, julien picked up", "other way
round", "vertauscht". Each call the message names (by a part of its customer's name, among
the calls this conversation stored and still has on record) is read from its own clause; the
calls it changes are shown for one yes, on which they replace the calls logged (audited
reversals) — never a second call beside the first, never one call moved and the other kept.

Strict: each named customer has exactly one call here, each clause states an outcome, and the
message says it corrects (a swap word, "sorry", "wrong" …) or states exactly the two outcomes
exchanged. "swap them" alone exchanges the outcomes (and dates) of the conversation's last two
calls. Anything else is left to the other readers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.conversation.state import ConversationState, StoredWrite
from knowledge.models.bank import Staff

# Said of two calls whose details went to the wrong one, in the advisors' languages.
_SWAPPED = re.compile(
    r"\b(?:swap(?:ped)?|switch(?:ed)?|backwards|back to front|the other way (?:a)?round|"
    r"other way (?:a)?round|vice versa|mixed (?:them|those|it) up|mixed up|got (?:them|those) "
    r"(?:wrong|mixed|the wrong way)|vertauscht|umgekehrt|andersrum|invertit[io]|scambiat[io]|"
    r"al rev[eé]s|intercambiad[oa]s|à l['’]envers|invers[ée]s?|odwrotnie|zamienione|"
    r"omgekeerd|verwisseld|tvärtom|omvänt)\b", re.IGNORECASE)
_MISTAKE = re.compile(r"\b(?:sorry|oops|wrong|my bad|mistake|actually|hang on|hold on|wait|"
                      r"correction|i mean|meant|should (?:be|have been))\b", re.IGNORECASE)
_KEYS = ("outcome", "follow_up_on", "sale_of")


def calls_corrected(*, session: Session, staff: Staff, state: ConversationState, last: Any,
                    text: str | None, as_of: dt.date) -> ChatAnswer | None:
    """The conversation's calls this message corrects together, shown for one yes; None when
    it corrects fewer than two of them or is no such correction."""
    words = " ".join((text or "").split())
    if not words or len(words.split()) > 30 or state.pending:
        return None
    calls = [w for w in state.writes if w.kind == "call" and w.customer_id]
    if len({c.customer_id for c in calls}) < 2:
        return None
    from knowledge.writes.double_send import further_attempt

    if further_attempt(words):
        return None  # "tried them both again: maria reached, jonas reached": new calls
    stated = _stated(session, staff, words, calls, as_of)
    if stated is None:
        if not _SWAPPED.search(words) or _names_any(session, staff, words, calls):
            return None
        stated = _exchanged(calls)  # "swap them": the last two calls' details exchanged
    if stated is None:
        return None
    olds = [old for old, _ in stated]
    exchanged = all(_same(new, _as_write(other)) for (_, new), other in
                    zip(stated, reversed(olds), strict=True)) if len(stated) == 2 else False
    if not (_SWAPPED.search(words) or _MISTAKE.search(words) or exchanged):
        return None
    changed = [(old, new) for old, new in stated if not _same(new, _as_write(old))]
    if not changed:
        return None
    return _shown(session, last, changed, words, as_of)


def _stated(session: Session, staff: Staff, words: str, calls: list[StoredWrite],
            as_of: dt.date) -> list[tuple[StoredWrite, dict[str, Any]]] | None:
    """(the call, the call as its own clause now states it) for each call the message names,
    oldest first; None unless at least two are named, each once, each with an outcome."""
    from knowledge.call_reports.call_writes import call_write
    from knowledge.call_reports.said import read_call
    from knowledge.call_reports.several import _CLAUSE
    from knowledge.writes.by_customer import call_named

    found: dict[str, tuple[StoredWrite, str]] = {}
    for clause in (c.strip() for c in _CLAUSE.split(words)):
        if not clause:
            continue
        named = call_named(session, staff, clause, calls)
        if named is None:
            continue
        if named.customer_id in found:
            return None  # one customer twice: which clause stands?
        found[str(named.customer_id)] = (named, clause)
    if len(found) < 2:
        return None
    stated = []
    for old, clause in found.values():
        if len([c for c in calls if c.customer_id == old.customer_id]) != 1:
            return None  # two calls with this customer here: which one?
        report = read_call(clause, as_of)
        if not report.explicit or report.date_unreadable or (
                report.follow_up_on is not None and report.follow_up_on < as_of):
            return None
        new, _ = call_write(customer_id=str(old.customer_id), name=old.name or "",
                            text=clause, as_of=as_of, outcome=None, follow_up=None)
        stated.append((old, new))
    order = {c.record_id: i for i, c in enumerate(calls)}
    return sorted(stated, key=lambda pair: order[pair[0].record_id])


def _names_any(session: Session, staff: Staff, words: str, calls: list[StoredWrite]) -> bool:
    from knowledge.writes.by_customer import call_named

    return call_named(session, staff, words, calls) is not None


def _exchanged(calls: list[StoredWrite]) -> list[tuple[StoredWrite, dict[str, Any]]] | None:
    """The last two calls (two customers, one call each here), each with the other's
    outcome, date and product."""
    first, second = calls[-2], calls[-1]
    if first.customer_id == second.customer_id or any(
            len([c for c in calls if c.customer_id == w.customer_id]) != 1
            for w in (first, second)):
        return None
    return [(first, {**_as_write(first), **{k: _as_write(second)[k] for k in _KEYS}}),
            (second, {**_as_write(second), **{k: _as_write(first)[k] for k in _KEYS}})]


def _as_write(call: StoredWrite) -> dict[str, Any]:
    return {"kind": "call", "customer_id": call.customer_id,
            "name": call.name or call.customer_id, "outcome": call.outcome or "reached",
            "follow_up_on": call.follow_up_on.isoformat() if call.follow_up_on else None,
            "sale_of": call.sale_of,
            "as_of": call.occurred_on.isoformat() if call.occurred_on else None}


def _same(new: dict[str, Any], old: dict[str, Any]) -> bool:
    return all((new.get(k) or None) == (old.get(k) or None) for k in _KEYS)


def _shown(session: Session, last: Any, changed: list[tuple[StoredWrite, dict[str, Any]]],
           words: str, as_of: dt.date) -> ChatAnswer:
    from knowledge.writes.by_customer import entry_of
    from knowledge.writes.pending import confirm, describe

    entries = [entry_of(session, last, old) for old, _ in changed]
    writes = [{"close_complaint": False, "not_interested": new.get("outcome") == "not_interested",
               **new, "as_of": as_of.isoformat(), "note": f"(corrected: {words})"}
              for _, new in changed]
    taken = " and ".join(describe(e.get("write") or {}) for e in entries)
    why = f"Those calls were logged earlier in this conversation. On a yes I take back {taken} and"
    if len(changed) == 1:
        write = {**writes[0], "replaces": entries[0]}
    else:
        replaced = {"kind": "calls", "id": ",".join(str(e["id"]) for e in entries),
                    "items": entries, "summary": taken,
                    "write": {"kind": "calls", "writes": [e.get("write") for e in entries]}}
        write = {"kind": "calls", "writes": writes, "as_of": as_of.isoformat(),
                 "replaces": replaced}
    shown = confirm(write, why=why)
    shown.text = shown.text.replace(" and Log ", " and log ", 1)
    return shown
