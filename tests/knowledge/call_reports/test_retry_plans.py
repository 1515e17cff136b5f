"""The advisor's next attempt said in the bank's other languages ("probaré el jueves",
"riprovo giovedì", "ich versuche es morgen nochmal") is a plan, as "will try her fri" is: no
call happened, so no meeting is read from its date; said after an outcome in the same
message it is that call's next attempt."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.plans import plan_or_question
from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome


@pytest.mark.parametrize("text", [
    "probaré el viernes", "Intentare el lunes otra vez", "volveré a llamar el martes",
    "riprovo venerdì", "riproverò lunedì", "je réessaie vendredi", "je reessaierai lundi",
    "ich versuche es morgen nochmal", "Versuche es am Freitag", "probeer ik maandag opnieuw",
    "försöker igen på fredag", "spróbuję w piątek", "pruebo el lunes",
])
def test_a_next_attempt_in_another_language_is_a_plan(text: str) -> None:
    assert plan_or_question(text) == "plan"


@pytest.mark.parametrize("text", [
    "lo vuelvo a llamar el viernes", "vuelvo a llamarle mañana", "la llamo el lunes",
    "je le rappelle vendredi", "la richiamo lunedì",
])
def test_a_next_call_with_the_customer_as_a_pronoun_is_a_plan(text: str) -> None:
    # the customer joined to the verb or before it ("llamarle", "je le rappelle")
    assert plan_or_question(text) == "plan"


@pytest.mark.parametrize(("text", "day"), [
    ("no contesta, probaré el viernes", dt.date(2026, 3, 6)),
    ("non risponde, riprovo lunedì", dt.date(2026, 3, 9)),
    ("nicht erreicht, versuche es morgen nochmal", dt.date(2026, 3, 3)),
])
def test_after_an_outcome_it_is_that_calls_next_attempt(text: str, day: dt.date) -> None:
    report = read_call(text, dt.date(2026, 3, 2))
    assert plan_or_question(text) is None
    assert (report.outcome, report.follow_up_on) == (Outcome.no_answer, day), report


@pytest.mark.parametrize("text", ["raggiunto, appuntamento venerdì", "erreicht, Termin morgen",
                                  "contactada, cita el viernes"])
def test_a_meeting_booked_is_no_plan(text: str) -> None:
    assert plan_or_question(text) is None
