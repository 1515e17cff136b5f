"""A customer's complaint reported in German, French or Spanish, sent to the call log by the
NLU ("Maria Keller beschwert sich über die Wartezeit, 20 € Gutschrift gegeben"): no call was
reported, so it is not asked how the call went; it is shown as that customer's feedback, with
the compensation, for a yes. The `people` bank: A001's book Maria Keller C001 …"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from tests.actions.conftest import Chat, logged_calls


@pytest.mark.parametrize(("text", "paid"), [
    ("Maria Keller beschwert sich über die Wartezeit in der Filiale, 20 € Gutschrift gegeben",
     Decimal("20")),
    ("maria keller hat sich beschwert: die App stürzt ab", None),
    ("Maria Keller se plaint des frais, remboursé 15 €", Decimal("15")),
    ("maria keller se queja de las comisiones", None),
    ("Maria Keller ist unzufrieden mit der Beratung, 30 EUR Kulanz", Decimal("30")),
])
async def test_a_complaint_in_another_language_is_feedback_not_a_call(
        people: Session, text: str, paid: Decimal | None) -> None:
    said = await Chat().say(text)
    assert "How did the call" not in said, said
    people.expire_all()
    rows = people.scalars(select(Feedback)).all()
    assert [(r.customer_id, r.compensation) for r in rows] == [("C001", paid)], said
    assert logged_calls(people) == []
