"""Failed logins pause a staff id's logins (knowledge/access/login_guard.py), over a real database:
five wrong passwords within the period pause it for the period, the pause ends by itself or
with a new password, and made-up ids are counted alike and forgotten afterwards."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from knowledge.access import auth, login_guard
from knowledge.models.bank import Branch, LoginFailures, Role, Staff

T0 = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)
PERIOD = dt.timedelta(minutes=15)  # the default LOGIN_LOCKOUT_MINUTES


@pytest.fixture
def staffed(session: Session) -> Session:
    session.add(Branch(id="B1", name="Main Street", city="Munich"))
    session.add(Staff(id="A001", name="Ada Advisor", branch_id="B1", role=Role.advisor))
    session.commit()
    return session


def fail(session: Session, staff_id: str, at: dt.datetime, times: int = 1
         ) -> login_guard.Pause | None:
    pause = None
    for _ in range(times):
        pause = login_guard.record_failure(session=session, staff_id=staff_id, now=at)
        session.commit()
    return pause


def test_the_fifth_failure_pauses_the_id_for_the_period(staffed: Session) -> None:
    assert fail(staffed, "A001", T0, times=4) is None
    assert login_guard.current_pause(session=staffed, staff_id="A001", now=T0) is None
    pause = fail(staffed, "A001", T0 + dt.timedelta(minutes=3))
    assert pause is not None and pause.failures == 5
    assert pause.until == T0 + dt.timedelta(minutes=3) + PERIOD
    now = T0 + dt.timedelta(minutes=4)
    current = login_guard.current_pause(session=staffed, staff_id="A001", now=now)
    assert current is not None and current.until == pause.until
    assert current.seconds_left(now) == 14 * 60 and current.minutes_left(now) == 14
    # Other ids are not affected.
    assert login_guard.current_pause(session=staffed, staff_id="A002", now=now) is None


def test_the_pause_ends_by_itself_and_counting_starts_again(staffed: Session) -> None:
    pause = fail(staffed, "A001", T0, times=5)
    assert pause is not None
    after = pause.until + dt.timedelta(seconds=1)
    assert login_guard.current_pause(session=staffed, staff_id="A001", now=after) is None
    # A wrong password after the pause is the first of a new count, not the sixth.
    assert fail(staffed, "A001", after, times=4) is None
    assert fail(staffed, "A001", after) is not None


def test_failures_older_than_the_period_do_not_count(staffed: Session) -> None:
    assert fail(staffed, "A001", T0, times=4) is None
    later = T0 + PERIOD + dt.timedelta(minutes=1)
    assert fail(staffed, "A001", later, times=4) is None  # 1-4 of a new count
    assert fail(staffed, "A001", later) is not None


def test_a_new_password_from_it_ends_the_pause(staffed: Session) -> None:
    assert fail(staffed, "A001", T0, times=5) is not None
    auth.set_password(session=staffed, staff_id="A001", password="a brand new passphrase")
    staffed.commit()
    assert login_guard.current_pause(session=staffed, staff_id="A001", now=T0) is None
    assert fail(staffed, "A001", T0, times=4) is None  # and the count starts from zero


def test_clear_forgets_the_count(staffed: Session) -> None:
    fail(staffed, "A001", T0, times=4)
    login_guard.clear(session=staffed, staff_id="A001")
    staffed.commit()
    assert fail(staffed, "A001", T0, times=4) is None


def test_unknown_and_padded_ids_are_counted_like_known_ones(staffed: Session) -> None:
    assert fail(staffed, "Z999", T0, times=5) is not None  # no such member of staff
    assert login_guard.current_pause(session=staffed, staff_id=" Z999 ", now=T0) is not None
    long_id = "x" * 500
    assert fail(staffed, long_id, T0, times=5) is not None
    stored = staffed.scalars(select(LoginFailures.staff_key)).all()
    assert sorted(stored) == ["Z999", "x" * login_guard.KEY_CHARS]


def test_made_up_ids_are_forgotten_a_period_after_they_stop_mattering(
        staffed: Session) -> None:
    for number in range(20):
        fail(staffed, f"guess-{number}", T0)
    fail(staffed, "A001", T0, times=5)  # paused until T0 + PERIOD
    assert staffed.scalar(select(func.count()).select_from(LoginFailures)) == 21
    fail(staffed, "someone-else", T0 + 2 * PERIOD + dt.timedelta(seconds=1))
    assert staffed.scalars(select(LoginFailures.staff_key)).all() == ["someone-else"]


def test_simultaneous_failures_are_all_counted_and_pause_once(staffed: Session,
                                                              engine: Engine) -> None:
    """Eight wrong passwords for one id at the same moment, each in its own transaction (as
    eight API requests would be): none is lost, and exactly one of them starts the pause."""
    barrier = threading.Barrier(8)

    def attempt() -> login_guard.Pause | None:
        with Session(engine) as session:
            barrier.wait()
            pause = login_guard.record_failure(session=session, staff_id="A001", now=T0)
            session.commit()
            return pause

    with ThreadPoolExecutor(max_workers=8) as pool:
        pauses = list(pool.map(lambda _: attempt(), range(8)))
    assert sum(p is not None for p in pauses) == 1
    row = staffed.get(LoginFailures, "A001", populate_existing=True)
    assert row is not None and row.failures == 8
