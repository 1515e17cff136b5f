"""What one conversation knows, derived in one pass from its events: the call list shown and
its places, the customer in focus and why, the writes stored (and not taken back), the write
shown and waiting for a yes, the choice of customers just offered, the messages said since the
focus was last set.

Plain data in, plain data out: the events are Rasa's event dicts (user, bot with its custom
payload, slot), which `actions/conversation.py` hands over; nothing here reads a framework, and
the database only in `still_on_record`, the one check whether a call the conversation wrote is
still stored. Every reader of "which customer?" and "what was already written?" asks this one
state instead of walking the events itself.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Why a customer is in focus: named in a message, picked from a choice, their profile read,
# a place on the list named, a write (shown or stored) about them, or only the slot says so.
FocusWhy = Literal["named", "picked", "profile", "list", "write", "slot"]

RECENT_TURNS = 3  # the answers to the last three messages make a customer "live"

_THEME_LISTS = ("themes_summary", "themes_costliest")
_PROFILE_TYPES = ("customer_profile", "customer_holdings", "customer_contacts",
                  "customer_complaints", "call_explanation")


@dataclass(frozen=True)
class Listed:
    """A customer at a place of a call list shown in this conversation."""

    customer_id: str
    name: str


@dataclass(frozen=True)
class Focus:
    customer_id: str
    why: FocusWhy


@dataclass(frozen=True)
class StoredWrite:
    """A write stored in this conversation and still on record (as far as the chat knows)."""

    record_id: str
    kind: str  # "call", "feedback", …
    customer_id: str | None
    name: str | None = None
    outcome: str | None = None
    occurred_on: dt.date | None = None
    follow_up_on: dt.date | None = None
    sale_of: str | None = None
    text: str | None = None  # a feedback statement's words
    closed: bool = False  # the call closed an open complaint

    def same_as(self, write: Mapping[str, Any]) -> bool:
        """`write` (a write's dict, shown or stored) states exactly this one again: the same
        customer, outcome and follow-up date (and product sold), or the same statement."""
        body = {**write, **write["write"]} if isinstance(write.get("write"), Mapping) else write
        if str(body.get("kind")) != self.kind or _str(body.get("customer_id")) != self.customer_id:
            return False
        if self.kind == "feedback":
            return self.text is not None and _words(body.get("text")) == _words(self.text)
        if self.kind != "call" or self.outcome is None:
            return False
        if body.get("close_complaint") and not self.closed:
            return False  # "mark it resolved" after the call: the complaint closed is new
        return (_str(body.get("outcome")) == self.outcome
                and _date(body.get("follow_up_on")) == self.follow_up_on
                and _words(body.get("sale_of")) == _words(self.sale_of))


# The place "the last one on the list" names, whatever the list's length (ConversationState.at)
LAST_PLACE = -1


@dataclass(frozen=True)
class ConversationState:
    shown: Mapping[int, Listed] = field(default_factory=dict)
    fresh: frozenset[int] = frozenset()  # places shown in the answer just before the message
    focus: Focus | None = None
    said_since_focus: tuple[str, ...] = ()  # earlier messages after the focus was set
    said_before: tuple[str, ...] = ()  # every earlier message of the conversation, oldest first
    writes: tuple[StoredWrite, ...] = ()  # oldest first
    undone: tuple[StoredWrite, ...] = ()  # stored in this conversation, then taken back
    pending: Mapping[str, Any] | None = None
    offered: tuple[str, ...] = ()  # the customers of a choice in the answer just before
    profile_shown: str | None = None  # the customer whose profile the answer just before showed
    last_position: int | None = None  # the place of the list last named
    latest: str = ""
    # the write shown for a yes in the answer before the previous message (that message may
    # have refused it: "no", then "klein" — knowledge.writes.denied)
    shown_before_previous: Mapping[str, Any] | None = None
    # the customers the recent turns were about (a write shown or stored, a profile read),
    # newest first, each once: who a bare "she" or "same" may mean
    recent: tuple[str, ...] = ()
    wrote_just_before: bool = False  # the answer just before showed or stored a write
    # the kind of numbered list shown last: "calls" (the call list) or "themes" — what "#3"
    # or "no 3" in a lookup means
    last_list: Literal["calls", "themes"] | None = None

    def at(self, position: int | None) -> Listed | None:
        """The customer at that place of the list as shown (-1: its last place, "the last
        one on the list"); None past its end."""
        if position == LAST_PLACE and self.shown:
            return self.shown[max(self.shown)]
        return self.shown.get(position) if position is not None else None

    def writes_for(self, customer_id: str) -> tuple[StoredWrite, ...]:
        return tuple(w for w in self.writes if w.customer_id == customer_id)

    def on_record(self, write: Mapping[str, Any]) -> StoredWrite | None:
        """The write of this conversation still on record that `write` states again."""
        return next((w for w in reversed(self.writes) if w.same_as(write)), None)

    @property
    def called(self) -> tuple[str, ...]:
        """The customers of the calls this conversation logged and still has on record,
        newest first, each once."""
        seen: list[str] = []
        for write in reversed(self.writes):
            if write.kind == "call" and write.customer_id and write.customer_id not in seen:
                seen.append(write.customer_id)
        return tuple(seen)

    @property
    def written_customers(self) -> tuple[str, ...]:
        """The customers this conversation wrote about, newest first, each once."""
        seen: list[str] = []
        for write in reversed(self.writes):
            if write.customer_id and write.customer_id not in seen:
                seen.append(write.customer_id)
        return tuple(seen)


def state_of(events: Iterable[Mapping[str, Any]] | None,
             slots: Mapping[str, Any] | None = None) -> ConversationState:
    """The state after `events` (this conversation's, the latest message last). `slots` are
    the tracker's current values, which win over the slot events (a test's tracker, or Rasa's
    tracker after a restart, may carry slots without the events that set them)."""
    events = [e for e in (events or []) if isinstance(e, Mapping)]
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    latest_at = users[-1] if users else len(events)
    latest = str(events[latest_at].get("text") or "") if users else ""
    before_latest = users[-2] if len(users) > 1 else -1
    two_back = users[-3] if len(users) > 2 else -1
    shown_before_previous: Mapping[str, Any] | None = None

    shown: dict[int, Listed] = {}
    fresh: set[int] = set()
    writes: dict[str, StoredWrite] = {}
    undone: list[StoredWrite] = []
    focus: Focus | None = None
    focus_at = -1
    offered: tuple[str, ...] = ()
    profile_shown: str | None = None
    last_position: int | None = None
    values: dict[str, Any] = {}
    slot_focus_at = -1  # the event that last set the focus slot
    recent_from = users[-RECENT_TURNS - 1] if len(users) > RECENT_TURNS else -1
    recent: list[str] = []
    wrote_just_before = False
    last_list: Literal["calls", "themes"] | None = None
    for index, event in enumerate(events[:latest_at]):
        kind = event.get("event")
        if kind == "slot":
            values[str(event.get("name"))] = event.get("value")
            if event.get("name") == "focus_customer" and event.get("value"):
                slot_focus_at = index
            continue
        if kind != "bot":
            continue
        data = event.get("data")
        custom = data.get("custom") if isinstance(data, Mapping) else None
        if not isinstance(custom, Mapping):
            continue
        what = custom.get("type")
        just_before = index > before_latest
        if index > recent_from and what != "customer_choice":
            for customer in _customers_of(custom):
                recent = [c for c in recent if c != customer] + [customer]
        if just_before and what in ("confirm_write", "call_logged", "feedback_saved"):
            wrote_just_before = True
        if what in _THEME_LISTS:
            last_list = "themes"
        if what == "call_list":
            last_list = "calls"
            if not just_before:
                fresh = set()
            offset = custom.get("offset") if isinstance(custom.get("offset"), int) else 0
            if offset == 0:
                shown = {}  # a new list: its places replace the old list's ("#7" is this one's)
            items = custom.get("items")
            for place, item in enumerate(items if isinstance(items, list) else [],
                                         start=offset + 1):
                if isinstance(item, Mapping) and item.get("customer_id"):
                    shown[place] = Listed(str(item["customer_id"]), str(item.get("name")))
                    if just_before:
                        fresh.add(place)
        elif what in _PROFILE_TYPES:
            who = _customer_of(custom)
            if who:
                focus, focus_at = Focus(who, "profile"), index
                if just_before and profile_shown is None:  # "why is X on my list" too
                    profile_shown = who
        elif what == "customer_choice" and just_before:
            choices = custom.get("choices")
            offered = tuple(str(c["customer_id"]) for c in (
                choices if isinstance(choices, list) else []) if isinstance(c, Mapping)
                and c.get("customer_id"))
        elif what == "confirm_write":
            write = custom.get("write") if isinstance(custom.get("write"), Mapping) else {}
            if two_back < index < before_latest:
                shown_before_previous = write
            if write.get("customer_id"):
                focus, focus_at = Focus(str(write["customer_id"]), "write"), index
            if isinstance(write.get("list_position"), int):
                last_position = write["list_position"]
        elif what == "call_logged" and custom.get("interaction_id"):
            stored = _call_of(custom)
            replaced = str(custom.get("replaces_record") or "")
            if replaced in writes:  # a correction stored: the call it replaces is taken back
                undone.append(writes.pop(replaced))
            writes[stored.record_id] = stored
            if stored.customer_id:
                focus, focus_at = Focus(stored.customer_id, "write"), index
        elif what == "call_logged":
            records = custom.get("interaction_ids")
            calls = {str(c.get("interaction_id")): c for c in custom.get("calls") or []
                     if isinstance(c, Mapping)}
            for record in records if isinstance(records, list) else []:
                one = calls.get(str(record))
                writes[str(record)] = (_call_of(one) if one is not None
                                       else StoredWrite(str(record), "call", None))
        elif what == "feedback_saved" and custom.get("feedback_id"):
            writes[str(custom["feedback_id"])] = StoredWrite(
                str(custom["feedback_id"]), "feedback", _str(custom.get("customer_id")),
                text=_str(custom.get("text")))
        elif what == "write_reversed":
            for record in str(custom.get("record_id") or "").split(","):
                if record in writes:
                    undone.append(writes.pop(record))
    by_events = values.get("focus_customer")
    values.update(slots or {})
    _fill_batch(writes, values.get("last_write"))
    last = values.get("last_write") if isinstance(values.get("last_write"), Mapping) else {}
    shown_write = last.get("write") if last else None
    position = shown_write.get("list_position") if isinstance(shown_write, Mapping) else None
    if isinstance(position, int):
        last_position = position
    slot_focus = values.get("focus_customer")
    if slot_focus and (focus is None or focus.customer_id != str(slot_focus)) and (
            _turn(users, slot_focus_at) > _turn(users, focus_at) or slot_focus != by_events
            or focus is None):
        # set by an answer with no payload to read, after the payload's focus (or only the
        # tracker's slots say so); a newer profile or write than the slot's event wins
        focus = Focus(str(slot_focus), "slot")
    if focus is not None and slot_focus == focus.customer_id:
        focus_at = max(focus_at, slot_focus_at)
    pending = values.get("pending_write")
    if (isinstance(pending, Mapping) and pending.get("customer_id")
            and isinstance(pending.get("list_position"), int)):
        # "and the top one?" → "how did the call with X go?": the advisor moved the focus
        focus, focus_at = Focus(str(pending["customer_id"]), "list"), latest_at
        last_position = pending["list_position"]
    said = tuple(str(e.get("text") or "") for i, e in enumerate(events[:latest_at])
                 if e.get("event") == "user" and i > focus_at)
    before = tuple(str(e.get("text") or "") for e in events[:latest_at]
                   if e.get("event") == "user")
    return ConversationState(
        shown=shown, fresh=frozenset(fresh), focus=focus, said_since_focus=said,
        said_before=before, shown_before_previous=shown_before_previous,
        writes=tuple(writes.values()), undone=tuple(undone), offered=offered,
        profile_shown=profile_shown, last_position=last_position,
        pending=pending if isinstance(pending, Mapping) else None, latest=latest,
        recent=tuple(reversed(recent)), wrote_just_before=wrote_just_before,
        last_list=last_list)


def _customers_of(payload: Mapping[str, Any]) -> list[str]:
    """The customers an answer was about: a write shown or stored, a profile read."""
    what = payload.get("type")
    if what == "confirm_write":
        write = payload.get("write") if isinstance(payload.get("write"), Mapping) else {}
        items = write.get("items") if isinstance(write.get("items"), list) else []
        found = [write.get("customer_id")] + [
            i.get("customer_id") for i in items if isinstance(i, Mapping)]
    elif what in ("call_logged", "feedback_saved") or what in _PROFILE_TYPES:
        found = [_customer_of(payload)]
    else:
        return []
    return [str(c) for c in found if c]


def _customer_of(payload: Mapping[str, Any]) -> str | None:
    who = payload.get("who") if isinstance(payload.get("who"), Mapping) else {}
    found = payload.get("customer_id") or who.get("customer_id")
    return str(found) if found else None


def _call_of(payload: Mapping[str, Any]) -> StoredWrite:
    return StoredWrite(str(payload["interaction_id"]), "call", _str(payload.get("customer_id")),
                       _str(payload.get("name")), _str(payload.get("outcome")),
                       _date(payload.get("occurred_on")), _date(payload.get("follow_up_on")),
                       _str(payload.get("sale_of")),
                       closed=bool(payload.get("closed_complaints")))


def _fill_batch(writes: dict[str, StoredWrite], last: Any) -> None:
    """The calls of a batch ("X vm, Y reached" → one yes) named by the last write's items."""
    if not isinstance(last, Mapping):
        return
    for item in last.get("items") or []:
        if not isinstance(item, Mapping) or str(item.get("id")) not in writes:
            continue
        write = item.get("write") if isinstance(item.get("write"), Mapping) else {}
        writes[str(item["id"])] = StoredWrite(
            str(item["id"]), "call", _str(item.get("customer_id") or write.get("customer_id")),
            _str(write.get("name")), _str(write.get("outcome")), None,
            _date(write.get("follow_up_on")))


def _str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _turn(users: list[int], index: int) -> int:
    """The message an event answers (the bot's words and an action's slots of one turn are
    one turn, whichever Rasa wrote first)."""
    return bisect.bisect_right(users, index)


def _words(value: Any) -> str:
    return " ".join(str(value or "").lower().split())


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def still_on_record(session: Session, entry: Any) -> bool:
    """A call (or batch of calls) of the conversation's `last_write` chain still stored: every
    record id it names is in the database (an undo, a correction or another channel may have
    taken one back since). The one check of it, for every reader of the conversation's earlier
    calls (knowledge.writes.earlier, knowledge.call_reports.date_target)."""
    from knowledge.models.bank import Interaction

    if not isinstance(entry, Mapping) or entry.get("kind") not in ("call", "calls"):
        return False
    ids = [i for i in str(entry.get("id") or "").split(",") if i]
    return bool(ids) and all(session.get(Interaction, i) is not None for i in ids)
