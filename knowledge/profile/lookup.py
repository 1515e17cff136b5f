"""One call per chat turn, API request or CLI command: resolve, audit, build the view.

`view_customer` is the seam the actions, routes and CLI use. The read and its audit entry
share the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.audit import record_view, record_views
from knowledge.access.policy import refuse, visible_customers
from knowledge.answer import ChatAnswer
from knowledge.answer import payload as checked_payload
from knowledge.customers.in_text import spelt_out_among
from knowledge.customers.resolver import Resolution, choose_candidate, resolve_customer
from knowledge.format import jsonable
from knowledge.models.bank import Customer, Staff
from knowledge.profile.build import (
    build_profile,
    concerns_section,
    contacts_section,
    holdings_section,
    risk_section,
)
from knowledge.profile.render import (
    NEED_CUSTOMER_TEXT,
    NOT_FOUND_TEXT,
    profile_payload,
    render_choices,
    render_complaints,
    render_contacts,
    render_holdings,
    render_profile,
)
from knowledge.profile.types import Choice, Concerns, Contacts, CustomerProfile, Holdings, Risk
from knowledge.text_input import well_formed
from knowledge.value.compute import customer_values

Section = Literal["profile", "holdings", "contacts", "complaints"]
SECTIONS: tuple[Section, ...] = ("profile", "holdings", "contacts", "complaints")


@dataclass(frozen=True)
class CustomerRequest:
    """How the asker named the customer, as far as this turn tells."""

    customer_id: str | None = None  # an id entity, a path parameter, a CLI argument
    name: str | None = None  # a name entity
    text: str | None = None  # the raw message, scanned when the entities are missing
    candidates: tuple[str, ...] = ()  # the numbered choice offered last turn
    ordinal: str | None = None  # "2" from "the second one"
    focus_id: str | None = None  # the customer in focus (follow-up questions)
    choosing: bool = False  # this turn answers the numbered choice

    def __post_init__(self) -> None:
        # PostgreSQL refuses NUL characters in text parameters (a DataError, i.e. a server
        # error) and UTF-8 cannot encode lone surrogates; no customer's name or id contains
        # either, so they are dropped or replaced here (knowledge.text_input).
        for name in ("customer_id", "name", "text", "ordinal", "focus_id"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, well_formed(value) or None)
        object.__setattr__(self, "candidates", tuple(well_formed(c) for c in self.candidates))


@dataclass(frozen=True)
class ProfileOutcome:
    status: Literal["shown", "choose", "not_found", "need_customer"]
    section: Section
    customer_id: str | None = None
    name: str | None = None
    profile: CustomerProfile | None = None
    holdings: Holdings | None = None
    risk: Risk | None = None
    contacts: Contacts | None = None
    concerns: Concerns | None = None
    choices: tuple[Choice, ...] = ()
    total_matches: int = 0

    def text(self) -> str:
        if self.status == "not_found":
            return NOT_FOUND_TEXT
        if self.status == "need_customer":
            return NEED_CUSTOMER_TEXT
        if self.status == "choose":
            return render_choices(self.choices, self.total_matches)
        name = self.name or ""
        if self.profile is not None:
            return render_profile(self.profile)
        if self.holdings is not None and self.risk is not None:
            return render_holdings(name, self.holdings, self.risk)
        if self.contacts is not None:
            return render_contacts(name, self.contacts)
        if self.concerns is not None:
            return render_complaints(name, self.concerns)
        return NOT_FOUND_TEXT

    def answer(self, *, forget_when_not_found: bool = True) -> ChatAnswer:
        """The chat answer: the text, the payload, and the slots that keep the customer in
        focus (or the choice offered). A customer not found is not "she" any more, unless the
        caller keeps its focus (`forget_when_not_found=False`)."""
        slots: dict[str, Any] = {}
        if self.status == "shown":
            slots = {"customer_id": self.customer_id, "customer_name": self.name,
                     "customer_candidates": None}
        elif self.status == "choose":
            slots = {"customer_candidates": [c.customer_id for c in self.choices],
                     "customer_id": None}
        elif self.status == "not_found" and forget_when_not_found:
            slots = {"customer_id": None, "customer_candidates": None}
        return ChatAnswer(self.text(), self.payload(), slots)

    def payload(self) -> dict[str, Any] | None:
        """Structured data for rich channels, the API and the CLI (checked against its type in
        knowledge.answer); None where plain text says it all."""
        body = self._payload()
        return None if body is None else checked_payload(body).to_json()

    def _payload(self) -> dict[str, Any] | None:
        if self.status == "choose":
            return {"type": "customer_choice", "total_matches": self.total_matches,
                    "choices": jsonable(list(self.choices))}
        if self.status != "shown":
            return None
        if self.profile is not None:
            return profile_payload(self.profile)
        body = {"holdings": self.holdings, "risk": self.risk, "contacts": self.contacts,
                "concerns": self.concerns}
        return {"type": f"customer_{self.section}", "customer_id": self.customer_id,
                "name": self.name, **{k: jsonable(v) for k, v in body.items() if v is not None}}


def view_customer(
    *,
    session: Session,
    staff: Staff,
    request: CustomerRequest,
    as_of: dt.date,
    channel: str,
    via: str,
    section: Section = "profile",
) -> ProfileOutcome:
    """Resolve the customer in the asker's book, log the view, and build the section."""
    resolution = _resolve(session=session, staff=staff, request=request)
    if resolution.status == "not_found":
        # An id asked for by name of field (API path, NLU entity) is audited as refused
        # whether it exists in another book or not at all: the same write on both paths,
        # so the answer's timing does not tell the asker that another book holds the id.
        typed = (request.customer_id or "").strip().upper()
        refused = resolution.denied_ids or ((typed,) if 0 < len(typed) <= 64 else ())
        refuse(session=session, staff=staff, customer_ids=refused, channel=channel, via=via,
               action=section, existing_only=False)
        return ProfileOutcome("not_found" if resolution.named else "need_customer", section)
    if resolution.status == "ambiguous":
        record_views(session=session, staff_id=staff.id, customer_ids=resolution.candidates,
                     channel=channel, via=via, granted=True, action="listed")
        return ProfileOutcome(
            "choose", section,
            choices=choice_details(session=session, ids=resolution.candidates, as_of=as_of),
            total_matches=resolution.total_matches,
        )
    customer_id = resolution.customer_id or ""
    record_view(session=session, staff_id=staff.id, customer_id=customer_id, channel=channel,
                via=via, granted=True, action=section)
    return _section(session=session, staff=staff, customer_id=customer_id, as_of=as_of,
                    section=section)


def _resolve(*, session: Session, staff: Staff, request: CustomerRequest) -> Resolution:
    if request.choosing and request.candidates:
        chosen = choose_candidate(session=session, staff=staff, candidates=request.candidates,
                                  ordinal=request.ordinal, text=request.text)
        if chosen.status == "found":
            return chosen
        # The answer did not pick a candidate: perhaps it names someone else. An id typed
        # that names nobody in the book is not found, whether another book holds it or not.
        other = resolve_customer(session=session, staff=staff, customer_id=request.customer_id,
                                 name=request.name, text=request.text)
        if (other.status != "not_found" or other.denied_ids or request.customer_id
                or chosen.status == "not_found"):
            return other
        return chosen
    # With a customer in focus, only exact names in a follow-up switch to someone else:
    # a stray word must not fuzzily turn "her savings" into another customer.
    resolution = resolve_customer(
        session=session, staff=staff, customer_id=request.customer_id, name=request.name,
        text=request.text, text_exact_only=request.focus_id is not None,
    )
    if resolution.status == "ambiguous" and request.text and not request.customer_id:
        # "show me dieter braun" with only "dieter" tagged: the one choice whose full name the
        # message spells out is the one asked about (a read; writes keep asking).
        spelt = spelt_out_among(session, resolution.candidates, request.text)
        if len(spelt) == 1:
            return Resolution.found(spelt[0])
    if request.focus_id:
        if resolution.status == "ambiguous" and request.focus_id in resolution.candidates:
            return Resolution.found(request.focus_id)
        explicit = request.customer_id or request.name
        if resolution.status == "not_found" and not explicit and not resolution.denied_ids:
            return resolve_customer(session=session, staff=staff, customer_id=request.focus_id)
    return resolution


def _section(
    *, session: Session, staff: Staff, customer_id: str, as_of: dt.date, section: Section
) -> ProfileOutcome:
    if section == "profile":
        profile = build_profile(session=session, customer_id=customer_id, as_of=as_of,
                                book=visible_customers(staff))
        return ProfileOutcome("shown", section, customer_id, profile.who.name, profile=profile)
    name = session.scalar(select(Customer.name).where(Customer.id == customer_id)) or ""
    if section == "holdings":
        customer = session.get(Customer, customer_id)
        holdings = holdings_section(session=session, customer_id=customer_id, as_of=as_of)
        risk = risk_section(customer=customer, holdings=holdings)  # type: ignore[arg-type]
        return ProfileOutcome("shown", section, customer_id, name, holdings=holdings, risk=risk)
    if section == "contacts":
        contacts = contacts_section(session=session, customer_id=customer_id, as_of=as_of)
        return ProfileOutcome("shown", section, customer_id, name, contacts=contacts)
    concerns = concerns_section(session=session, customer_id=customer_id, as_of=as_of)
    return ProfileOutcome("shown", section, customer_id, name, concerns=concerns)


def choice_details(*, session: Session, ids: tuple[str, ...], as_of: dt.date) -> tuple[Choice, ...]:
    """What tells namesakes apart: birth year, city, id and tier (in the offered order)."""
    rows = {
        row.id: row
        for row in session.execute(
            select(Customer.id, Customer.name, Customer.birth_date, Customer.city).where(
                Customer.id.in_(ids)
            )
        )
    }
    tiers = {cid: v.tier for cid, v in
             customer_values(session=session, as_of=as_of, customer_ids=list(ids)).items()}
    return tuple(
        Choice(cid, rows[cid].name, rows[cid].birth_date.year if rows[cid].birth_date else None,
               rows[cid].city, tiers.get(cid))
        for cid in ids
        if cid in rows
    )
