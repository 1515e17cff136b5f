"""A profile's call reasons read from the nightly list are the reasons computed live, and a
change after the refresh (a call logged, a rate cut) shows in the profile at once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
from knowledge.access.staff import get_staff
from knowledge.call_list import call_list
from knowledge.call_list.events import record_rate_event
from knowledge.call_list.offers import clear_rules_cache
from knowledge.call_list.outcomes import log_call
from knowledge.call_list.precomputed import stored_reasons
from knowledge.call_list.refresh import refresh_bank
from knowledge.models.bank import Customer
from knowledge.models.signals import CallListSnapshot
from knowledge.profile.build import build_profile
from knowledge.profile.render import profile_payload, render_profile
from knowledge.settings import get_settings
from knowledge.value.tiers import clear_bank_cache
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding

demo_bank = pytest.importorskip("knowledge.demo_bank")


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    get_settings.cache_clear()
    clear_bank_cache()
    clear_rules_cache()
    yield
    clear_bank_cache()
    clear_rules_cache()


def _shown(session: Session, customer_id: str) -> tuple[str, Any]:
    advisor_id = session.scalar(select(Customer.advisor_id).where(Customer.id == customer_id))
    staff = get_staff(session=session, staff_id=advisor_id or "")
    assert staff is not None
    profile = build_profile(session=session, customer_id=customer_id, as_of=AS_OF,
                            book=visible_customers(staff))
    return render_profile(profile), profile_payload(profile)


def test_profiles_read_from_the_nightly_list_are_the_live_profiles(session: Session) -> None:
    demo_bank.generate_demo_bank(session=session, customers=300, seed=3, as_of=AS_OF)
    session.flush()
    ids = list(session.scalars(select(Customer.id).where(Customer.advisor_id.is_not(None))
                               .order_by(Customer.id)))
    live = {cid: _shown(session, cid) for cid in ids}
    refresh_bank(session=session, as_of=AS_OF)
    session.flush()
    read = [cid for cid in ids if _stored(session, cid) is not None]
    assert len(read) == len(ids)  # every profile now reads the stored reasons
    assert sum(1 for cid in ids if "On today's call list" in live[cid][0]) > 20
    for cid in ids:
        assert _shown(session, cid) == live[cid], cid


def _book(session: Session) -> None:
    base_bank(session)
    customer(session, "C2", "Ben Bond")
    holding(session, "C2", "P-MORT-V", "-200000")
    session.flush()


def test_a_rate_cut_after_the_refresh_is_in_the_profile_at_once(session: Session) -> None:
    _book(session)
    refresh_bank(session=session, as_of=AS_OF)
    before = render_profile_of(session, "C2")
    assert "rate cut" not in before.lower()
    record_rate_event(session=session, delta_bp=-25, occurred_on=AS_OF)
    assert _stored(session, "C2") is None
    assert "rate cut" in render_profile_of(session, "C2").lower()


def test_a_list_computed_during_the_day_keeps_no_reasons(session: Session) -> None:
    _book(session)
    refresh_bank(session=session, as_of=AS_OF)
    assert _stored(session, "C2") is not None
    assert "coverage_overdue" in codes_of(session, "C2")
    log_call(session=session, customer_id="C2", advisor_id="A1", as_of=AS_OF)
    advisor = get_staff(session=session, staff_id="A1")
    assert advisor is not None
    call_list(session=session, asker=advisor, as_of=AS_OF)  # computed live, stored again
    kept = session.scalar(select(CallListSnapshot.reasons)
                          .where(CallListSnapshot.staff_id == "A1"))
    assert kept is None  # the reasons of the night are not kept under the new stamp
    assert _stored(session, "C2") is None
    assert "coverage_overdue" not in codes_of(session, "C2")  # called today


def _stored(session: Session, customer_id: str) -> list[dict[str, Any]] | None:
    """The stored reasons a profile of this customer reads (its advisor's list's)."""
    advisor_id = session.scalar(select(Customer.advisor_id).where(Customer.id == customer_id))
    return stored_reasons(session=session, customer_id=customer_id, advisor_id=advisor_id,
                          as_of=AS_OF)


def render_profile_of(session: Session, customer_id: str) -> str:
    return _shown(session, customer_id)[0]


def codes_of(session: Session, customer_id: str) -> set[str]:
    return {r["code"] for r in _shown(session, customer_id)[1].get("call_reasons") or []}
