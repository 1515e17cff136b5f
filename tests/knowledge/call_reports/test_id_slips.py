"""A call on an id typed with a slip ("c000O57", "c 000 024") is shown for a yes with the
reading, never stored at once, never refused as an unknown customer."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.models.bank import Interaction, Staff
from tests.knowledge.call_list.factory import AS_OF, customer


@pytest.mark.parametrize("text", ["spoke to c000O57 femke weber", "vm c 000 057",
                                  "C0OO057 reached"])
def test_a_slipped_id_is_shown_for_a_yes(bank: Session, text: str) -> None:
    customer(bank, "C000057", "Femke Weber")
    answer = log_call_answer(session=bank, staff=bank.get(Staff, "A1"), as_of=AS_OF, name=None,
                             customer_id=None, outcome=None, follow_up=None, text=text)
    assert answer.text.endswith("OK?") and "Femke Weber (C000057)" in answer.text, answer.text
    assert answer.slots["pending_write"]["customer_id"] == "C000057"
    assert list(bank.scalars(select(Interaction.id))) == []
