"""A question for the latest on a customer the NLU could not place ("what's the latest on X?")
is that customer's profile, so the customer is in focus for the next "reached him"."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import Staff
from knowledge.writes.unplaced import unplaced_answers
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer


@pytest.mark.parametrize("text", [
    "what's the latest on Liu Strand?", "whats new with liu strand", "any news on liu strand",
    "update on Liu Strand pls",
])
def test_the_latest_on_a_customer_is_their_profile(session: Session, text: str) -> None:
    base_bank(session)
    customer(session, "C000105", "Liu Strand")
    answers = unplaced_answers(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                               focus=None, last_write=None, text=text) or []
    assert answers and answers[0].slots.get("customer_id") == "C000105", answers
    assert not answers[0].slots.get("pending_write")
