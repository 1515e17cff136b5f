"""Customers over HTTP: find by name, the single customer view and its sections.

Every view is audited (`GET /audit`). A customer outside the caller's book gets the same 404
as one that does not exist, and the attempt is audited as refused.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, status
from pydantic import BaseModel, ConfigDict, Field

from api.deps import CurrentStaff, SessionDep
from api.routes.common import AUTHENTICATED, NOT_FOUND
from knowledge.profile.lookup import CustomerRequest, Section, view_customer
from knowledge.profile.render import NOT_FOUND_TEXT
from knowledge.settings import get_settings

router = APIRouter(tags=["customers"])

CustomerId = Annotated[str, Path(max_length=64, examples=["C000186"])]


class CustomerView(BaseModel):
    """The chat's answer as data (`type` says which section) plus its plain-text rendering."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "type": "customer_profile", "text": "Anna Kowalska (C000186) — top tier, …",
        "who": {"customer_id": "C000186", "name": "Anna Kowalska", "city": "Hamburg"},
        "value": {"tier": "top", "contribution": "4210.55"},
    }]})
    type: str = Field(description="customer_profile, customer_holdings, customer_contacts, "
                                  "customer_complaints")
    text: str = Field(description="The same answer as plain text")


class Choice(BaseModel):
    customer_id: str
    name: str
    birth_year: int | None
    city: str | None
    tier: str | None


class CustomerMatches(BaseModel):
    status: Literal["shown", "choose"]
    total_matches: int = Field(description="How many customers in your book match the name")
    choices: list[Choice] = Field(description="Up to a few candidates to pick from by id")
    customer: CustomerView | None = Field(None, description="The profile when one customer "
                                                            "matches")


def _view(session: SessionDep, staff: CurrentStaff, customer_id: str,
          section: Section) -> dict[str, Any]:
    outcome = view_customer(
        session=session, staff=staff, request=CustomerRequest(customer_id=customer_id),
        as_of=get_settings().today(), channel="api", via="api", section=section,
    )
    if outcome.status != "shown":
        # Keep the refused-attempt audit entry: the HTTPException below would otherwise roll
        # the unit of work back.
        session.commit()
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND_TEXT)
    payload = outcome.payload() or {}
    payload["text"] = outcome.text()
    return payload


ERRORS: dict[int | str, dict[str, Any]] = {**AUTHENTICATED, **NOT_FOUND}


@router.get("/customers/{customer_id}/profile", response_model=CustomerView, responses=ERRORS)
def customer_profile(customer_id: CustomerId, session: SessionDep, staff: CurrentStaff
                     ) -> dict[str, Any]:
    """The single customer view: who, value and tier, holdings, risk, contacts, concerns,
    upcoming events, why they are on today's call list, next best offer, talking points."""
    return _view(session, staff, customer_id, "profile")


@router.get("/customers/{customer_id}/holdings", response_model=CustomerView, responses=ERRORS)
def customer_holdings(customer_id: CustomerId, session: SessionDep, staff: CurrentStaff
                      ) -> dict[str, Any]:
    """Products held, balances, and where they do not fit the customer's risk profile."""
    return _view(session, staff, customer_id, "holdings")


@router.get("/customers/{customer_id}/contacts", response_model=CustomerView, responses=ERRORS)
def customer_contacts(customer_id: CustomerId, session: SessionDep, staff: CurrentStaff
                      ) -> dict[str, Any]:
    """The last interactions (calls, meetings, advisory sessions) and the next planned one."""
    return _view(session, staff, customer_id, "contacts")


@router.get("/customers/{customer_id}/complaints", response_model=CustomerView,
            responses=ERRORS)
def customer_complaints(customer_id: CustomerId, session: SessionDep, staff: CurrentStaff
                        ) -> dict[str, Any]:
    """Open complaints and recent feedback of the customer."""
    return _view(session, staff, customer_id, "complaints")


@router.get("/customers", response_model=CustomerMatches, responses=ERRORS)
def find_customer(
    session: SessionDep, staff: CurrentStaff,
    name: Annotated[str, Query(min_length=2, max_length=200, examples=["Anna Kowalska"],
                               description="A name as you would say it in the chat")],
) -> dict[str, Any]:
    """Find a customer of your book by name: the profile if one matches, else the choices."""
    outcome = view_customer(
        session=session, staff=staff, request=CustomerRequest(name=name),
        as_of=get_settings().today(), channel="api", via="api",
    )
    if outcome.status == "choose":
        payload = outcome.payload() or {}
        return {"status": "choose", "total_matches": outcome.total_matches,
                "choices": payload.get("choices", []), "customer": None}
    if outcome.status != "shown":
        session.commit()  # keep the audit of refused matches
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND_TEXT)
    view = outcome.payload() or {}
    view["text"] = outcome.text()
    return {"status": "shown", "total_matches": 1, "choices": [], "customer": view}
