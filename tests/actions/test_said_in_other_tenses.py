"""A customer's words relayed in the past or without "that" ("narzekała, że …", "trouve
l'appli trop lente", "klaagde dat …", "se quejaba de …") are their feedback, shown for a
yes, whatever intent the NLU gave the message, never a call asked about; money given back in
the advisors' languages ("20 € de compensación", "rimborsati 30 euro") is the feedback's
compensation; a complaint said to be cleared up ("Beschwerde geklärt", "reclamo chiarito",
"klagomålet är utrett") closes the open complaint.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001 (an open
complaint), Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback, Interaction, InteractionKind, Outcome
from tests.actions.conftest import Talk
from tests.actions.conftest import new_calls as _calls
from tests.actions.test_feedback_choice import stored


@pytest.mark.parametrize("text, customer", [
    ("Li Wei narzekała, że aplikacja zawiesza się przy logowaniu", "C005"),
    ("pedro alves trouve l'appli trop lente le matin", "C004"),
    ("Ingrid Dahl klaagde dat de pinautomaat haar kaart had ingeslikt", "C003"),
    ("jonas weber se quejaba de las comisiones del extracto", "C002"),
])
@pytest.mark.parametrize("intent", ["log_call_outcome", "nlu_fallback"])
async def test_words_relayed_in_the_past_are_feedback(people: Session, text: str,
                                                      customer: str, intent: str) -> None:
    from actions.writes import ActionFallback

    said = await Talk().say(text, ActionFallback() if intent == "nlu_fallback" else None,
                            intent=intent)
    assert [c for c, _ in stored(people)] == [customer], said
    assert _calls(people) == [], said


@pytest.mark.parametrize("text, amount", [
    ("jonas weber se quejaba de las comisiones, le devolvimos 20 € de compensación", "20"),
    ("Ingrid Dahl si è lamentata del bancomat, le abbiamo rimborsato 30 euro", "30"),
])
async def test_money_given_back_abroad_is_the_compensation(people: Session, text: str,
                                                           amount: str) -> None:
    said = await Talk().say(text)
    people.expire_all()
    paid = [f.compensation for f in people.scalars(select(Feedback))]
    assert paid == [Decimal(amount)], said


def _complaint(session: Session) -> Outcome:
    session.expire_all()
    return session.scalars(select(Interaction.outcome).where(
        Interaction.customer_id == "C001",
        Interaction.kind == InteractionKind.complaint)).one()


@pytest.mark.parametrize("text", [
    "maria keller, beschwerde geklärt, sie ist zufrieden",
    "Maria Keller: il reclamo è stato chiarito",
    "maria keller - klagomålet är utrett",
])
async def test_a_complaint_cleared_up_is_closed(people: Session, text: str) -> None:
    said = await Talk().say(text)
    assert _complaint(people) == Outcome.resolved, said


@pytest.mark.parametrize("text, tagged, customer", [
    ("Ingrid Dahl se plaignait que sa banque en ligne plante", "sa", "C003"),
    ("pedro alves says his card got stuck in the atm at the mall", "his", "C004"),
])
async def test_a_small_word_tagged_as_the_name_gives_way_to_the_full_name(
        people: Session, text: str, tagged: str, customer: str) -> None:
    from tests.actions.test_feedback_choice import Conversation

    talk = Conversation()
    talk.slots["requested_slot"] = None
    await talk.say(text, intent="log_feedback",
                   entities=[{"entity": "customer_name", "value": tagged}],
                   extracted={"feedback_customer": tagged, "feedback_text": text})
    await talk.save()
    said = " ".join(m.get("text") or "" for m in talk.dispatcher.messages)
    assert [c for c, _ in stored(people)] == [customer], said


@pytest.mark.parametrize("text", ["sorted out maria's complaint today, credited her 20 eur",
                                  "resolved the complaint of maria keller, 15 € goodwill"])
async def test_a_complaint_closed_by_the_advisor_is_no_feedback(people: Session,
                                                                text: str) -> None:
    from tests.actions.test_feedback_choice import Conversation

    talk = Conversation()
    talk.slots["requested_slot"] = None
    await talk.say(text, intent="log_feedback", entities=[],
                   extracted={"feedback_text": text})
    await talk.save()
    said = " ".join(m.get("text") or "" for m in talk.dispatcher.messages)
    assert stored(people) == [], said
    assert "complaint" in said and "OK?" in said, said


@pytest.mark.parametrize("text", ["Maria Keller : la réclamation est close, tout va bien",
                                  "maria keller, plainte close"])
async def test_a_complaint_said_closed_in_french_is_closed(people: Session, text: str) -> None:
    from actions.writes import ActionFallback

    said = await Talk().say(text, ActionFallback(), intent="nlu_fallback")
    assert _complaint(people) == Outcome.resolved, said


async def test_a_view_in_italian_without_che_is_feedback(people: Session) -> None:
    from actions.writes import ActionFallback

    said = await Talk().say("Ingrid Dahl trova l'app lentissima, le abbiamo dato 10 euro",
                            ActionFallback(), intent="nlu_fallback")
    people.expire_all()
    paid = [(f.customer_id, f.compensation) for f in people.scalars(select(Feedback))]
    assert paid == [("C003", Decimal("10"))], said


async def test_a_feeling_told_before_the_call_is_shown_as_feedback(people: Session) -> None:
    said = await Talk().say("pedro alves hates the new card design, told me on the phone. "
                            "reached him, all fine otherwise")
    assert [c for c, *_ in _calls(people)] == ["C004"], said
    assert [c for c, _ in stored(people)] == ["C004"], said


async def test_feedback_with_nobody_named_waits_for_a_yes(people: Session) -> None:
    from tests.actions.test_feedback_choice import Conversation

    text = "someone in the queue moaned that the branch closes too early on fridays"
    talk = Conversation()
    talk.slots["requested_slot"] = None
    await talk.say(text, intent="log_feedback", entities=[], extracted={"feedback_text": text})
    await talk.save()
    said = " ".join(m.get("text") or "" for m in talk.dispatcher.messages)
    assert stored(people) == [], said


@pytest.mark.parametrize("text", ["sorted maria keller's complaint, she's happy now",
                                  "maria keller - cleared up the complaint on the phone"])
async def test_a_complaint_sorted_by_the_advisor_is_closed(people: Session, text: str) -> None:
    said = await Talk().say(text)
    assert _complaint(people) == Outcome.resolved, said
