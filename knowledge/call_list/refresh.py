"""`advisor refresh`: precompute the bank-wide, transaction-heavy parts of the call list,
then every advisor's and branch's ranked list of the day."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_list.offers import association_rules, clear_rules_cache
from knowledge.call_list.precomputed import forget_lists
from knowledge.call_list.ranking import book_clause, ranked_list
from knowledge.call_list.signals_money import LIFE_EVENTS
from knowledge.models.bank import Role, Staff
from knowledge.signals.cache import RefreshReport
from knowledge.signals.refresh import refresh_signals
from knowledge.value.tiers import clear_bank_cache, tier_cutoffs


def refresh_bank(*, session: Session, as_of: dt.date, lists: bool = True) -> RefreshReport:
    """Whole-bank signal refresh for `as_of`; call lists of that day then read the cache.

    With `lists`, also stores each advisor's and branch manager's ranked list, so that the
    day's first "who should I call today?" reads one row (report.list_seconds)."""
    words = [str(w) for spec in LIFE_EVENTS.values() for w in spec["keywords"]]
    report = refresh_signals(session=session, as_of=as_of, life_event_words=words)
    clear_bank_cache()
    clear_rules_cache()
    tier_cutoffs(session=session, as_of=as_of)  # warm this process's caches
    association_rules(session=session, as_of=as_of)
    if not lists:
        return report
    started = time.perf_counter()
    count = precompute_lists(session=session, as_of=as_of)
    return dataclasses.replace(report, list_seconds=time.perf_counter() - started, lists=count)


def precompute_lists(*, session: Session, as_of: dt.date) -> int:
    """Store the ranked list of every advisor and branch manager for `as_of`; how many."""
    forget_lists(session=session)
    owners = session.scalars(
        select(Staff).where(Staff.role.in_((Role.advisor, Role.branch_manager))).order_by(Staff.id)
    ).all()
    for staff in owners:
        _target, where = book_clause(session=session, asker=staff, target_id=staff.id)
        ranked_list(session=session, staff_id=staff.id, where=where, as_of=as_of)
    session.flush()
    return len(owners)
