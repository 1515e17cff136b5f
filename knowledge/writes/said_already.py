"""A call report that says it is no news ("jiří - nothing new, he already said no this
morning", "schon erledigt, hat heute früh abgesagt"): when the bank already has a call with
that customer today with the same outcome (logged this morning, in another chat or by the
import), the message tells of that call, not of a new one, so nothing is stored twice; "log
it again" stores it after all (knowledge.writes.double_send).

Only with the words that say so (already, nothing new, in the advisors' languages) and a call
on record today that the report repeats: a second attempt, a call with news, or a first call
of the day is a call of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.models.bank import Interaction, InteractionKind

_NO_NEWS = re.compile(
    r"(?<!\w)(?:already|nothing new|no news|nothing to add|same as (?:this morning|earlier|before)|"
    r"schon|bereits|nichts neues|déjà|deja|rien de (?:neuf|nouveau)|già|niente di nuovo|"
    r"nulla di nuovo|nada nuevo|nada de nuevo|ya (?:lo |me |nos )?(?:dijo|había|habia|ha)|"
    r"już|nic nowego|al (?:gezegd|eerder|gedaan)|niets nieuws|redan|inget nytt)(?!\w)",
    re.IGNORECASE)


def told_already(*, session: Session, body: dict[str, Any], text: str | None,
                 previous_last: dict[str, Any] | None, made: str | None = None
                 ) -> ChatAnswer | None:
    """"Already on record today" instead of the call `body` states again (`made`: the ids
    this turn stored it under, not counted); None when the message is no such repeat (or
    the bank has no such call today)."""
    if body.get("kind") != "call" or not body.get("customer_id") or not _NO_NEWS.search(
            text or ""):
        return None
    try:
        day = dt.date.fromisoformat(str(body.get("as_of")))
    except ValueError:
        return None
    calls = session.scalars(select(Interaction).where(
        Interaction.customer_id == str(body["customer_id"]),
        Interaction.kind == InteractionKind.call, Interaction.occurred_on == day)).all()
    mine = set((made or "").split(","))
    same = [c for c in calls if c.id not in mine and c.outcome.value == body.get("outcome") and (
        (c.follow_up_on.isoformat() if c.follow_up_on else None) == body.get("follow_up_on"))]
    if not same:
        return None
    from knowledge.writes.double_send import LOG_AGAIN
    from knowledge.writes.pending import describe

    plain = {k: v for k, v in body.items() if k not in ("id", "write", "summary", "signature",
                                                         "replaces", "held", "earlier")}
    return ChatAnswer(
        f"Already on record for today: {describe(plain)} — nothing stored twice. If it was "
        f"another call, say “{LOG_AGAIN}”.",
        slots={"pending_write": None, "last_write": {**(previous_last or {}), "held": plain}})
