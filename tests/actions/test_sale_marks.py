"""A sale reported by a mark instead of a verb ("✅ term deposit for X", "X: mortgage 💰"):
shown as a sale of that product for a yes (the outcome is only a mark), never stored as
feedback; a mark with something else ("✅ card blocked for X") is no sale. The `people` bank:
A001's book Maria Keller C001 … Li Wei C005; today 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from tests.actions.conftest import Chat, logged_calls
from tests.actions.test_feedback_choice import Conversation, namesakes  # noqa: F401


@pytest.mark.parametrize(("text", "product"), [
    ("✅ term deposit for maria keller", "term deposit"),
    ("maria keller ✔️ savings", "savings"),
    ("💰 fund - maria keller", "fund"),
    ("Maria Keller: mortgage ✅", "mortgage"),
    ("☑️ savings acct maria keller", "savings account"),
    ("✅ TD for maria keller", "term deposit"),
    ("maria keller ISA 🤝", "isa"),
])
async def test_a_marked_sale_is_shown_as_a_sale_and_stored_on_yes(
        people: Session, text: str, product: str) -> None:
    said = await Chat().say(text)
    assert f"sale of {product}" in said and "OK?" in said, said
    assert [c[:2] for c in logged_calls(people)] == [("C001", "sale")], said


@pytest.mark.parametrize("text", ["✅ card blocked for maria keller", "✅ maria keller",
                                  "👍 mortgage maria keller"])
async def test_a_mark_without_a_plain_product_is_no_sale(people: Session, text: str) -> None:
    said = await Chat().say(text)
    assert "sale" not in [c[1] for c in logged_calls(people)], said


@pytest.mark.parametrize("text", ["✅ term deposit for maria keller", "maria keller - ISA 💰"])
async def test_a_marked_sale_sent_to_the_feedback_form_is_no_feedback(
        namesakes: Session, text: str) -> None:  # noqa: F811
    talk = Conversation()
    talk.slots["requested_slot"] = None
    await talk.say(text, intent="log_feedback", entities=[], extracted={"feedback_text": text})
    said = " ".join(m.get("text") or "" for m in talk.dispatcher.messages)
    assert "sale of" in said and said.rstrip().endswith("OK?"), said
    namesakes.expire_all()
    assert namesakes.scalars(select(Feedback)).all() == []
