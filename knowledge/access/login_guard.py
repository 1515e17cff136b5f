"""Failed logins per staff id: after `LOGIN_MAX_FAILURES` wrong passwords within
`LOGIN_LOCKOUT_MINUTES`, that id's logins pause for `LOGIN_LOCKOUT_MINUTES`.

Without it, `POST /auth/token` lets anyone try passwords as fast as scrypt answers (~20 a
second per core). A pause, not a permanent lock: a permanent one would let anyone lock an
advisor out for good by typing their id wrongly five times. A new password set by IT
(`advisor staff set-password`) ends the pause; a successful login clears the count.

Counted for every id as typed, known or not, so that an unknown id answers exactly like a
known one (the answers do not tell which staff ids exist). The count lives in the bank
database, so every API process sees the same one; a failure is counted with an atomic
update (PostgreSQL locks the row) and commits even though the login fails.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import delete, func, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from knowledge.db import as_utc
from knowledge.models.bank import LoginFailures
from knowledge.settings import get_settings

KEY_CHARS = 64  # staff ids are at most this long; longer typing is no one's id


@dataclass(frozen=True)
class Pause:
    """Logins for this id are refused until `until`."""

    until: dt.datetime
    failures: int

    def seconds_left(self, now: dt.datetime | None = None) -> int:
        left = (self.until - (now or _now())).total_seconds()
        return max(1, math.ceil(left))

    def minutes_left(self, now: dt.datetime | None = None) -> int:
        return max(1, math.ceil(self.seconds_left(now) / 60))


def staff_key(staff_id: str) -> str:
    return staff_id.strip()[:KEY_CHARS]


def current_pause(*, session: Session, staff_id: str, now: dt.datetime | None = None
                  ) -> Pause | None:
    """The pause on this id's logins, or None when it may log in."""
    now = now or _now()
    row = session.get(LoginFailures, staff_key(staff_id), populate_existing=True)
    if row is None or row.locked_until is None or as_utc(row.locked_until) <= now:
        return None
    return Pause(until=as_utc(row.locked_until), failures=row.failures)


def record_failure(*, session: Session, staff_id: str, now: dt.datetime | None = None
                   ) -> Pause | None:
    """Count one failed login (the caller commits); the pause it starts, if it starts one.

    A count older than the lockout period, or whose pause has ended, starts again at 1."""
    settings = get_settings()
    now = now or _now()
    period = dt.timedelta(minutes=settings.login_lockout_minutes)
    key = staff_key(staff_id)
    _forget_expired(session=session, before=now - period)
    row = session.get(LoginFailures, key, with_for_update=True, populate_existing=True)
    if row is None:
        try:
            with session.begin_nested():
                session.add(LoginFailures(staff_key=key, failures=0, first_failure_at=now))
        except IntegrityError:  # another request counted a first failure for this id
            pass
        row = session.get(LoginFailures, key, with_for_update=True, populate_existing=True)
        assert row is not None
    ended = row.locked_until is not None and as_utc(row.locked_until) <= now
    stale = row.locked_until is None and as_utc(row.first_failure_at) + period <= now
    if ended or stale:
        row.failures, row.first_failure_at, row.locked_until = 0, now, None
        session.flush()
    session.execute(update(LoginFailures).where(LoginFailures.staff_key == key)
                    .values(failures=LoginFailures.failures + 1))
    session.refresh(row)
    if row.failures >= settings.login_max_failures and row.locked_until is None:
        row.locked_until = now + period
        session.flush()
        return Pause(until=now + period, failures=row.failures)
    return None


def clear(*, session: Session, staff_id: str) -> None:
    """Forget the failures of this id (a successful login, a new password)."""
    session.execute(delete(LoginFailures).where(LoginFailures.staff_key == staff_key(staff_id)))


def _forget_expired(*, session: Session, before: dt.datetime) -> None:
    """Rows whose pause ended, or whose count went stale, more than a period ago: typing a
    thousand made-up ids leaves nothing behind for long."""
    session.execute(delete(LoginFailures).where(
        func.coalesce(LoginFailures.locked_until, LoginFailures.first_failure_at) < before))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
