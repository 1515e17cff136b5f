"""Feedback as advisors across Europe log it: headed in their own language ("Rückmeldung von
X:", "klacht van X:", "reclamo da X:"), relayed by a colleague with a day the NLU took for a
name, and a refund with a decimal comma. Stored for the customer named, with the amount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from tests.actions.test_feedback_choice import Conversation, namesakes, stored  # noqa: F401


async def _request(talk: Conversation, message: str, customer: str | None) -> str | None:
    talk.slots["requested_slot"] = None
    extracted: dict[str, str] = {"feedback_text": message}
    if customer is not None:
        extracted["feedback_customer"] = customer
    entities = [{"entity": "customer_name", "value": customer}] if customer else []
    return await talk.say(message, intent="log_feedback", entities=entities, extracted=extracted)


@pytest.mark.parametrize("message, entity, customer, words", [
    ("Rückmeldung von Jonas Weber: die App stürzt beim Login ab", "Jonas Weber", "C002", "App"),
    ("klacht van pedro alves - de kosten zijn te hoog", "pedro", "C004", "kosten"),
    ("reclamo da Ingrid Dahl: la carta viene rifiutata all'estero", "da Ingrid", "C003", "carta"),
    ("Synpunkt från Maria Keller: appen är för långsam", None, "C001", "appen"),
])
async def test_a_statement_headed_in_another_language_is_stored_for_the_customer(
    namesakes: Session, message: str, entity: str | None, customer: str, words: str,  # noqa: F811
) -> None:
    talk = Conversation()
    assert await _request(talk, message, entity) is None
    await talk.save()
    [(stored_for, text)] = stored(namesakes)
    assert stored_for == customer and words in text and ":" not in text


@pytest.mark.parametrize("message, day", [
    ("a colleague at the desk said pedro alves moaned about the queue on Sunday, please add "
     "it as feedback", "Sunday"),
    ("the teller told me Jonas Weber was unhappy with the wait last friday, put it down as fb",
     "last friday"),
])
async def test_a_day_taken_for_the_name_gives_way_to_the_customer_named_in_full(
    namesakes: Session, message: str, day: str,  # noqa: F811
) -> None:
    talk = Conversation()
    assert await _request(talk, message, day) is None
    await talk.save()
    [(customer, text)] = stored(namesakes)
    assert customer in ("C002", "C004") and "feedback" not in text and "fb" not in text.split()


async def test_a_particle_taken_for_the_name_gives_way_to_the_customer_named(
    namesakes: Session,  # noqa: F811
) -> None:
    talk = Conversation()
    assert await _request(talk, "Kundenfeedback Ingrid Dahl: die App ist seit dem Update "
                                "sehr langsam", "die") is None
    await talk.save()
    assert [c for c, _ in stored(namesakes)] == ["C003"]


async def test_a_day_taken_for_the_name_with_nobody_named_links_no_one(
    namesakes: Session,  # noqa: F811
) -> None:
    talk = Conversation()
    await _request(talk, "someone at the counter said the queue on saturday was awful, put it "
                         "as feedback", "saturday")
    await talk.save()
    # no customer linked; with nobody named (and "none" not said) it waits for a yes
    assert [c for c, _ in stored(namesakes)] in ([], [None])


@pytest.mark.parametrize("message, amount", [
    ("Beschwerde von Maria Keller: Gebühr doppelt abgebucht, 12,50 € erstattet", "12.50"),
    ("feedback for maria keller: charged twice, we refunded 7,5 eur", "7.50"),
    ("log feedback for maria keller: card fee wrong, compensation 1.250,00 EUR", "1250.00"),
])
async def test_a_refund_with_a_decimal_comma_is_stored_as_that_amount(
    namesakes: Session, message: str, amount: str,  # noqa: F811
) -> None:
    talk = Conversation()
    await _request(talk, message, None)
    await talk.save()
    namesakes.expire_all()
    row = namesakes.scalars(select(Feedback)).one()
    assert row.customer_id == "C001" and row.compensation == Decimal(amount)
