"""`advisor refresh`: precompute the bank-wide, transaction-heavy parts of the call list,
then every advisor's and branch's ranked list of the day."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from knowledge.call_list.book import Book, load_book
from knowledge.call_list.forked import collect_reasons_forked, committed_view
from knowledge.call_list.offers import association_rules, clear_rules_cache
from knowledge.call_list.precomputed import book_stamps, forget_lists, store_lists
from knowledge.call_list.ranking import as_shown, rank
from knowledge.call_list.reasons import profile_json
from knowledge.call_list.signals_money import LIFE_EVENTS
from knowledge.models.bank import Customer, Role, Staff
from knowledge.signals.cache import RefreshReport, TransactionAggregates
from knowledge.signals.refresh import refresh_with_aggregates
from knowledge.value.compute import clear_bank_cache, tier_cutoffs


def refresh_bank(*, session: Session, as_of: dt.date, lists: bool = True) -> RefreshReport:
    """Whole-bank signal refresh for `as_of`; call lists of that day then read the cache.

    With `lists`, also stores each advisor's and branch manager's ranked list, so that the
    day's first "who should I call today?" reads one row (report.list_seconds)."""
    words = [str(w) for spec in LIFE_EVENTS.values() for w in spec["keywords"]]
    # Asked before the refresh writes: whether a second connection sees what this one does.
    url = committed_view(session) if lists else None
    report, aggregates = refresh_with_aggregates(
        session=session, as_of=as_of, life_event_words=words
    )
    clear_bank_cache()
    clear_rules_cache()
    if not lists:
        tier_cutoffs(session=session, as_of=as_of)  # warm this process's caches
        association_rules(session=session, as_of=as_of)
        return report
    # The lists warm them: the whole bank's values rank every customer (the tier cut-offs)
    # and the next-best-offer signal needs the association rules.
    started = time.perf_counter()
    count = precompute_lists(session=session, as_of=as_of, aggregates=aggregates, url=url)
    return dataclasses.replace(report, list_seconds=time.perf_counter() - started, lists=count)


def precompute_lists(
    *,
    session: Session,
    as_of: dt.date,
    aggregates: Mapping[str, TransactionAggregates] | None = None,
    url: str | None = None,
) -> int:
    """Store the ranked list of every advisor and branch manager for `as_of`; how many.
    `aggregates`: every customer's, from the refresh that has just stored them; `url`: the
    database as committed, for a forked worker to run some signals (knowledge.call_list.forked).

    Set-based: every signal runs once over the whole bank (each reason is about one customer
    and does not depend on whose list it lands on), then each book takes its customers'
    reasons and is ranked on its own. Per book, the signals ran ~15 queries each, which
    on PostgreSQL planned scans of whole tables for every one of the 52 lists of a 20k bank."""
    forget_lists(session=session)
    staff = session.execute(select(Staff.id, Staff.role, Staff.branch_id)).all()
    branch_of = {sid: branch for sid, _role, branch in staff}
    owners = sorted(
        (sid, role, branch)
        for sid, role, branch in staff
        if role in (Role.advisor, Role.branch_manager)
    )
    bank = load_book(
        session=session, where=true(), as_of=as_of, everyone=True, aggregates=aggregates
    )
    reasons = collect_reasons_forked(session=session, book=bank, url=url)
    # Each book's customers, grouped once (not a pass over the bank for every list).
    of_advisor: dict[str | None, list[str]] = defaultdict(list)
    for cid, c in bank.customers.items():
        of_advisor[c.advisor_id].append(cid)
    of_branch: dict[str, list[str]] = defaultdict(list)
    for advisor, cids in of_advisor.items():
        branch = branch_of.get(advisor or "")
        if branch is not None:
            of_branch[branch].extend(cids)
    staff_of: dict[str, list[str]] = defaultdict(list)
    for sid, branch in branch_of.items():
        if branch is not None:
            staff_of[branch].append(sid)
    stamps = book_stamps(
        session=session,
        books={
            sid: staff_of.get(branch, []) if role is Role.branch_manager else [sid]
            for sid, role, branch in owners
        },
    )
    ranked: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    shown: dict[str, dict[str, list[dict[str, Any]]]] = {}  # an advisor's book, for profiles
    for sid, role, branch in owners:
        if role is Role.branch_manager:
            where = Customer.advisor_id.in_(
                select(Staff.id).where(Staff.branch_id == branch).scalar_subquery()
            )
            mine = of_branch.get(branch, []) if branch is not None else []
        else:
            where = Customer.advisor_id == sid
            mine = of_advisor.get(sid, [])
            shown[sid] = {cid: [profile_json(r) for r in as_shown(reasons[cid])]
                          for cid in mine if reasons.get(cid)}
        book = Book(
            as_of,
            where,
            {cid: bank.customers[cid] for cid in mine},
            {cid: bank.values[cid] for cid in mine if cid in bank.values},
            {cid: bank.last_contact[cid] for cid in mine if cid in bank.last_contact},
        )
        items = rank(book, {cid: reasons[cid] for cid in mine if cid in reasons})
        ranked[sid] = (stamps[sid], [item.to_json() for item in items])
    store_lists(session=session, as_of=as_of, lists=ranked, reasons=shown)
    session.flush()
    return len(owners)
