"""Signals from the relationship itself: coverage plan, advisory sessions, complaints,
dormancy and birthdays. Each returns {customer_id: [Reason, ...]} for the book."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from knowledge.call_list.book import Book
from knowledge.call_list.reasons import (
    URGENCY,
    Reason,
    day,
    days_ago,
    in_days,
    money_of_holdings,
    threshold_of_holdings,
)
from knowledge.call_list.signals_money import holding_currencies
from knowledge.dates import next_birthday
from knowledge.models.bank import Interaction, InteractionKind, Outcome
from knowledge.settings import get_settings
from knowledge.signals.cache import among, id_groups

Found = dict[str, list[Reason]]

# Interactions are read for the book's customer ids, listed (knowledge.signals.cache.among),
# not for `IN (the book's query)`: with the ids PostgreSQL walks the (customer_id,
# occurred_on) index for a book, with the subquery it scanned every interaction of the bank
# for each book (the stored lists of a 20k-customer bank took 1.76x SQLite's time, #16).


def coverage_overdue(*, session: Session, book: Book) -> Found:
    settings = get_settings()
    found: Found = {}
    for cid, customer in book.customers.items():
        value = book.values.get(cid)
        if value is None or value.tier == "inactive":
            continue  # dormant customers get their own reason; no coverage plan for them
        every = settings.coverage_days(value.tier)
        last = book.last_contact.get(cid)
        base = last or customer.customer_since
        if base is None:
            continue
        due = base + dt.timedelta(days=every)
        if book.as_of <= due:
            continue
        if last is not None:
            said = f"Last contact was on {day(last)} ({days_ago(book.as_of, last)})"
        else:
            said = f"No contact on record since they became a customer on {day(base)}"
        text = (
            f"{said}; {value.tier}-tier customers should hear from us every {every} days, "
            f"so they have been overdue since {day(due)}."
        )
        found[cid] = [
            Reason(
                "coverage_overdue",
                text,
                {
                    "last_contact_on": last,
                    "customer_since": customer.customer_since,
                    "tier": value.tier,
                    "coverage_days": every,
                    "overdue_since": due,
                    "days_overdue": (book.as_of - due).days,
                    "rule": "days since last contact > coverage days of the tier",
                },
                URGENCY["coverage_overdue"],
                due,
            )
        ]
    return found


def _book_interactions(session: Session, book: Book, columns: tuple[Any, ...], *where: Any
                       ) -> list[Any]:
    """`columns` of the book's interactions matching `where`, one group of customer ids at a
    time (`id_groups`), so each query walks the (customer_id, occurred_on) index; for the
    whole bank one query, with no ids."""
    if book.everyone:
        return list(session.execute(select(*columns).where(*where)))
    return [
        row
        for part in id_groups(session, sorted(book.customers))
        for row in session.execute(
            select(*columns).where(among(Interaction.customer_id, part), *where))
    ]


def repeated_advisory(*, session: Session, book: Book) -> Found:
    settings = get_settings()
    start = book.as_of - dt.timedelta(days=settings.advisory_window_days)
    rows = _book_interactions(
        session,
        book,
        # Kind and outcome as their stored text (they compare equal to the enums): the whole
        # bank's window holds ~100k interactions, and the Enum conversion was most of the time.
        (Interaction.customer_id, type_coerce(Interaction.kind, String),
         type_coerce(Interaction.outcome, String), Interaction.occurred_on),
        Interaction.occurred_on > start,
        Interaction.occurred_on <= book.as_of,
    )
    sessions: dict[str, list[dt.date]] = defaultdict(list)
    concluded: set[str] = set()
    for cid, kind, outcome, on in rows:
        if outcome in (Outcome.sale, Outcome.resolved, Outcome.not_interested):
            concluded.add(cid)
        if kind == InteractionKind.advisory_session:
            sessions[cid].append(on)
    found: Found = {}
    for cid, dates in sessions.items():
        if len(dates) < settings.advisory_min_sessions or cid in concluded:
            continue
        dates.sort()
        text = (
            f"{len(dates)} advisory sessions in the last {settings.advisory_window_days} days "
            f"(the latest on {day(dates[-1])}) and still no decision: worth a call to find out "
            "what is holding them back."
        )
        found[cid] = [
            Reason(
                "repeated_advisory",
                text,
                {
                    "sessions": len(dates),
                    "dates": dates,
                    "window_days": settings.advisory_window_days,
                    "min_sessions": settings.advisory_min_sessions,
                    "rule": "advisory sessions in window >= min_sessions "
                    "and no decision in window (outcome sale, resolved or not_interested)",
                },
                URGENCY["repeated_advisory"],
                dates[-1],
            )
        ]
    return found


def open_complaint(*, session: Session, book: Book) -> Found:
    settings = get_settings()
    max_open = dt.timedelta(days=settings.complaint_max_open_days)
    # Open complaints are few; the resolutions are only looked up for their customers.
    rows = _book_interactions(
        session,
        book,
        (Interaction.customer_id, Interaction.kind, Interaction.outcome, Interaction.occurred_on,
         Interaction.follow_up_on),
        Interaction.occurred_on <= book.as_of,
        Interaction.kind == InteractionKind.complaint,
        Interaction.outcome == Outcome.open,
    )
    complainants = sorted({row[0] for row in rows})
    resolved_on: dict[str, dt.date] = {}
    for part in id_groups(session, complainants):
        for cid, last in session.execute(
            select(Interaction.customer_id, func.max(Interaction.occurred_on))
            .where(
                among(Interaction.customer_id, part),
                Interaction.occurred_on <= book.as_of,
                Interaction.outcome == Outcome.resolved,
            )
            .group_by(Interaction.customer_id)
        ):
            resolved_on[cid] = last
    found: Found = {}
    for cid, kind, outcome, on, follow_up in sorted(rows, key=lambda r: r[3]):
        if kind is not InteractionKind.complaint or outcome is not Outcome.open:
            continue
        if cid in resolved_on and resolved_on[cid] >= on:
            continue  # a later interaction resolved it
        overdue_follow_up = follow_up is not None and follow_up < book.as_of
        too_old = on + max_open <= book.as_of
        if not (overdue_follow_up or too_old):
            continue
        since = follow_up if overdue_follow_up and follow_up else on + max_open
        if overdue_follow_up and follow_up:
            why = f"its follow-up was due on {day(follow_up)}"
        else:
            why = f"it has been open for {(book.as_of - on).days} days"
        text = f"A complaint from {day(on)} is still open and {why}: call to close it."
        found[cid] = [
            Reason(
                "open_complaint",
                text,
                {
                    "complained_on": on,
                    "follow_up_on": follow_up,
                    "days_open": (book.as_of - on).days,
                    "max_open_days": settings.complaint_max_open_days,
                    "rule": "complaint open past its follow-up date or open >= max_open_days",
                },
                URGENCY["open_complaint"],
                since,
            )
        ]
    return found


def dormant(*, session: Session, book: Book) -> Found:
    settings = get_settings()
    found: Found = {}
    limit = book.as_of - dt.timedelta(days=settings.dormant_after_days)
    quiet = {cid: value for cid, value in book.values.items()
             if value.last_activity_on is not None and value.last_activity_on < limit}
    # The balances are in the customer's own currency: so are the threshold and the text.
    currencies = holding_currencies(session, sorted(quiet))
    for cid, value in quiet.items():
        last = value.last_activity_on
        assert last is not None
        held_in = currencies.get(cid, ())
        least = threshold_of_holdings(settings, "dormant_min_balance", held_in)
        valuable = value.contribution_tier in ("top", "high")
        rich = least is not None and value.relationship_value >= least
        if not (valuable or rich):
            continue
        worth = (
            f"a {value.contribution_tier}-tier customer"
            if valuable
            else f"{money_of_holdings(value.relationship_value, held_in)} still with us"
        )
        text = (
            f"No transaction or contact since {day(last)} ({days_ago(book.as_of, last)}), "
            f"yet {worth}: wake them up before they leave."
        )
        found[cid] = [
            Reason(
                "dormant",
                text,
                {
                    "last_activity_on": last,
                    "dormant_after_days": settings.dormant_after_days,
                    "contribution_tier": value.contribution_tier,
                    "relationship_value": value.relationship_value,
                    "min_balance": least,
                    "currencies": list(held_in),
                    "rule": "no activity for dormant_after_days "
                    "and (tier top/high or balances >= min_balance in their currency)",
                },
                URGENCY["dormant"],
                last + dt.timedelta(days=settings.dormant_after_days),
            )
        ]
    return found


def birthday(*, session: Session, book: Book) -> Found:
    window = get_settings().birthday_window_days
    found: Found = {}
    for cid, customer in book.customers.items():
        if customer.birth_date is None:
            continue
        upcoming = next_birthday(customer.birth_date, book.as_of)
        if (upcoming - book.as_of).days >= window:
            continue
        age = upcoming.year - customer.birth_date.year
        when = in_days(book.as_of, upcoming)
        text = f"Turns {age} on {day(upcoming)} ({when}): a good reason to ring."
        found[cid] = [
            Reason(
                "birthday",
                text,
                {
                    "birth_date": customer.birth_date,
                    "birthday_on": upcoming,
                    "age": age,
                    "window_days": window,
                    "rule": "birthday within the next window_days",
                },
                URGENCY["birthday"],
                book.as_of,
            )
        ]
    return found
