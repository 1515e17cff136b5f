"""The manager dashboard's own data: GET /dashboard/coverage (call-list coverage per advisor).

Themes, their trend, cost, owners and quotes come from the WOCAS endpoints (/themes); this
router adds what only the dashboard needs. Branch managers see their branch's advisors, head
office every advisor; advisors get 403 (the dashboard is a manager's view).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import ManagerStaff, SessionDep
from api.routes.common import FORBIDDEN, INVALID, UNAUTHORIZED, IsoDate
from knowledge.call_list.coverage import advisor_coverage
from knowledge.settings import get_settings

router = APIRouter(prefix="/dashboard", tags=["dashboard"])


class AdvisorCoverageOut(BaseModel):
    advisor_id: str = Field(examples=["A001"])
    name: str = Field(examples=["Lena Hoffmann"])
    branch_id: str | None = Field(examples=["B01"])
    customers: int = Field(description="Customers in the advisor's book", examples=[412])
    planned: int = Field(description="Customers with a coverage plan (all but inactive ones)",
                         examples=[380])
    overdue: int = Field(description="Planned customers past their tier's coverage days",
                         examples=[37])
    due_soon: int = Field(description="Not overdue, but due within due_within_days",
                          examples=[21])
    contacted: int = Field(description="Customers contacted within contacted_within_days",
                           examples=[64])
    backlog: int = Field(description="Overdue customers with no contact on record yet (after a "
                         "first import: all of them)", examples=[120])
    catch_up_days: int = Field(description="Working days until the backlog is called, at up to "
                               "CALL_LIST_CAPACITY a day", examples=[15])
    today: int = Field(0, description="Calls on the advisor's list planned for today (at most "
                       "CALL_LIST_CAPACITY)", examples=[8])
    carried: int = Field(0, description="Calls today's capacity could not hold, planned for "
                         "the next working days", examples=[2])
    carried_urgent: int = Field(0, description="Of the carried calls, duties (arrears, "
                                "complaints) or reasons more urgent than coverage",
                                examples=[2])
    carried_until: dt.date | None = Field(None, description="The last working day the "
                                          "advisor's plan reaches", examples=["2026-06-16"])
    covered_share: float | None = Field(
        description="(planned - overdue) / planned; null when nobody is planned", examples=[0.9026])


class CoverageOut(BaseModel):
    as_of: dt.date
    due_within_days: int
    contacted_within_days: int
    advisors: list[AdvisorCoverageOut]


@router.get("/coverage", response_model=CoverageOut,
            responses={**UNAUTHORIZED, **FORBIDDEN, **INVALID})
def coverage(
    session: SessionDep,
    staff: ManagerStaff,
    date: Annotated[IsoDate | None, Query(description="As-of date YYYY-MM-DD; default today")
                    ] = None,
    due_within_days: Annotated[int, Query(ge=0, le=365)] = 14,
    contacted_within_days: Annotated[int, Query(ge=1, le=730)] = 30,
) -> CoverageOut:
    """How well each advisor's book keeps to the coverage plan: overdue, due soon, contacted."""
    report = advisor_coverage(
        session=session, staff=staff, as_of=date or get_settings().today(),
        due_within_days=due_within_days, contacted_within_days=contacted_within_days,
    )
    return CoverageOut.model_validate(report.as_dict())
