"""A manager's theme status said in words the NLU sent to the call report: taken for the
theme only when the message is about no customer (no id typed in any of the forms advisors
type ids, no pronoun for a person)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import Staff
from knowledge.themes.theme_fix import stated_status
from tests.knowledge.themes.wocas_bank import themed_bank


@pytest.fixture
def themed(session: Session) -> Session:
    themed_bank(session)
    return session


def test_a_status_about_the_theme_alone_is_the_themes(themed: Session) -> None:
    manager = themed.get(Staff, "M001")
    theme = stated_status(session=themed, staff=manager, named_customer=False,
                          text="the card blocked abroad thing is sorted now")
    assert theme is not None and "card" in theme.label.lower()


@pytest.mark.parametrize("text", [
    "cust 3 card blocked abroad issue is sorted now",
    "customer no. 3: card blocked abroad, sorted",
    "#C000003 card blocked abroad - fixed",
    "c3 card blocked abroad is fixed",
])
def test_a_status_with_a_customer_id_in_any_typed_form_is_not_the_themes(
        themed: Session, text: str) -> None:
    manager = themed.get(Staff, "M001")
    assert stated_status(session=themed, staff=manager, named_customer=False, text=text) is None


@pytest.mark.parametrize("text", [
    "rang her, the card blocked abroad problem is fixed",
    "their card blocked abroad issue is resolved",
])
def test_a_status_about_a_person_is_not_the_themes(themed: Session, text: str) -> None:
    manager = themed.get(Staff, "M001")
    assert stated_status(session=themed, staff=manager, named_customer=False, text=text) is None
