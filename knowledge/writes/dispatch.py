"""A chat write or an undo, routed to the room that owns its kind (actions/writes.py's entry).

Each room stores and takes back its own kinds: calls (`knowledge.call_list.call_store`),
market events (`knowledge.call_reports.chat_records`), feedback (`knowledge.feedback.chat`),
theme owners and statuses (`knowledge.themes.chat`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_list.call_store import reverse_call, store_call
from knowledge.call_reports.chat_records import reverse_event, store_event
from knowledge.feedback.chat import reverse_feedback, store_feedback
from knowledge.models.bank import Staff
from knowledge.themes.theme_writes import reverse_theme, store_theme
from knowledge.writes.pending import instead, no_longer_yours, nothing_to_undo


def store(*, session: Session, staff: Staff, write: dict[str, Any], channel: str = "other"
          ) -> ChatAnswer:
    """Make the write; the answer says what was stored and sets `last_write`. A write that
    `replaces` an earlier one (a correction shown for a yes) takes that one back first, in
    the same step (an audited reversal): until the yes, the earlier write stays on record."""
    replaced = write.get("replaces")
    if isinstance(replaced, dict):
        return _instead(session=session, staff=staff, write=write, replaced=replaced,
                        channel=channel)
    kind = write.get("kind")
    if kind == "call":
        from knowledge.feedback.alongside import then_feedback

        # "spoke to her, she says the font is too small": the statement, shown next
        return then_feedback(write, store_call(session=session, staff=staff, write=write,
                                               channel=channel))
    if kind == "calls":
        from knowledge.call_reports.several import store_calls

        return store_calls(session=session, staff=staff, write=write, channel=channel)
    if kind == "market_event":
        return store_event(session=session, staff=staff, write=write)
    if kind == "feedback":
        return store_feedback(session=session, staff=staff, write=write, channel=channel)
    if kind in ("theme_owner", "theme_status"):
        return store_theme(session=session, staff=staff, write=write)
    return ChatAnswer("There is nothing to store.", slots={"pending_write": None})


def _instead(*, session: Session, staff: Staff, write: dict[str, Any],
             replaced: dict[str, Any], channel: str) -> ChatAnswer:
    new = {k: v for k, v in write.items() if k != "replaces"}
    undone = reverse(session=session, staff=staff, last=replaced, channel=channel)
    if not undone.text.startswith("Undone"):
        # The disputed write is gone already (undone meanwhile): the one confirmed is stored.
        undone.text = "(The write it corrects was no longer on record.)"
    return instead(undone, store(session=session, staff=staff, write=new, channel=channel))


def reverse(*, session: Session, staff: Staff, last: dict[str, Any] | None, channel: str = "other"
            ) -> ChatAnswer:
    """Take back the last write of the conversation, if it is the asker's and still there."""
    if not last or not last.get("id"):
        return nothing_to_undo()
    kind = str(last.get("kind"))
    if kind in ("theme_owner", "theme_status"):
        return reverse_theme(session=session, staff=staff, last=last)
    if kind == "call":
        return reverse_call(session=session, staff=staff, last=last, channel=channel)
    if kind == "calls":
        from knowledge.call_reports.several import reverse_calls

        return reverse_calls(session=session, staff=staff, last=last, channel=channel)
    if kind == "feedback":
        return reverse_feedback(session=session, staff=staff, last=last, channel=channel)
    if kind == "market_event":
        return reverse_event(session=session, staff=staff, last=last, channel=channel)
    return no_longer_yours()
