"""Which messages are no report of a write (knowledge.writes.speech_act): questions,
hypotheticals, conditions, plans, instructions not to log, quoted notes, forwards, a
colleague's question, a message that takes itself back, an advisor's own opinion, a note
about a customer; and the plain reports that must stay reports."""

from __future__ import annotations

import pytest

from knowledge.writes import speech_act as sa


@pytest.mark.parametrize(("text", "kind", "act"), [
    ("maria keller got reached last week per the notes, correct?", "call", sa.QUESTION),
    ("jonas weber had no answer on friday according to the crm", "call", sa.RECORD),
    ("the history says ingrid dahl was reached on the 3rd - still true?", "call", sa.QUESTION),
    ("role-play: jonas weber says not interested, how would i handle it?", "call",
     sa.HYPOTHETICAL),
    ("say maria keller bought the fund - what should i say to her?", "call", sa.HYPOTHETICAL),
    ("as soon as the card arrives we close maria kellers complaint", "call", sa.CONDITION),
    ("sobald die gutschrift da ist schließen wir die beschwerde von maria keller", "feedback",
     sa.CONDITION),
    ("im gonna ring jonas weber later", "call", sa.PLAN),
    ("thinking of calling ingrid dahl on thursday", "call", sa.PLAN),
    ("do not record anything for maria keller for now", "call", sa.DONT_LOG),
    ("bitte nichts eintragen für jonas weber", "call", sa.DONT_LOG),
    ("FW: maria keller - 'got your letter, all ok'", "call", sa.FORWARDED),
    ("pasted from the old entry: jonas weber - no answer", "call", sa.RECORD),
    ("Marta's memo says ingrid dahl reached, fine", "call", sa.RECORD),
    ("tom is asking whether the 50bp hike hits his fund clients", "market_event",
     sa.COLLEAGUE),
    ("what would a 25 bp cut mean for my mortgage customers?", "market_event", sa.QUESTION),
    ("hypothetically, if henrik owned wait times, would that work?", "theme_owner",
     sa.HYPOTHETICAL),
    ("set wait times to in progress... wait no, keep it as is", "theme_status", sa.REVOKED),
    ("close ingrid dahls complaint, oh never mind", "call", sa.REVOKED),
    ("imo the statement redesign is terrible", "feedback", sa.OPINION),
    ("i heard the new card reader keeps failing", "feedback", sa.OPINION),
    ("ich finde die neue app furchtbar", "feedback", sa.OPINION),
    ("jonas weber's wedding anniversary is on saturday", "call", sa.OCCASION),
    ("Maria Keller hat am Freitag Geburtstag", "call", sa.OCCASION),
])
def test_a_message_that_reports_nothing_writes_nothing(text: str, kind: str, act: str) -> None:
    found = sa.speech_act(text, write_kind=kind)
    assert found is not None and found.kind == act, found


@pytest.mark.parametrize(("text", "kind"), [
    ("spoke to jonas weber, he'll think about it", "call"),
    ("called maria keller, she asked if rates will go down?", "call"),
    ("maria keller said the app is awful", "feedback"),
    ("cust fwd: 'your card took 3 weeks, not ok' - ingrid dahl", "feedback"),
    ('ingrid dahl wrote in: "the new statements are unreadable"', "feedback"),
    ("not interested, dont call again", "call"),
    ("jonas weber not interested - actually dont call him again", "call"),
    ("the ECB cut rates by 25 basis points", "market_event"),
    ("can you log maria keller as reached?", "call"),
    ("reached ingrid dahl, if rates drop she'll move her savings", "call"),
    ("im trying jonas weber again, no answer", "call"),
    ("once again no answer from maria keller", "call"),
    ("when i called jonas weber he was out", "call"),
    ("maria keller reached, her history shows she prefers email", "call"),
    ("make henrik owner of wait times", "theme_owner"),
    ("tbh she hates the new app, maria keller", "feedback"),
    ("dont log it as a sale, just reached", "call"),
    ("called jonas weber to wish him a happy birthday, reached", "call"),
    ("if the fees go up again she will leave, says maria keller", "feedback"),
    ("sold her a mortgage no actually she only wants to think about it", "call"),
    ("maria keller no answer - will try again friday", "call"),
])
def test_a_report_stays_a_report(text: str, kind: str) -> None:
    assert sa.speech_act(text, write_kind=kind) is None


def test_an_opinion_with_a_customer_named_on_the_write_is_theirs() -> None:
    assert sa.speech_act("i think the app is awful", write_kind="feedback",
                         customer_named=True) is None


def test_a_forward_is_no_call_but_may_be_a_customers_feedback() -> None:
    text = "fwd from jonas weber: 'the branch was closed again on tuesday'"
    assert sa.speech_act(text, write_kind="call") is not None
    assert sa.speech_act(text, write_kind="feedback") is None


def test_a_reported_question_is_still_a_call_but_no_rate_change() -> None:
    text = "called maria keller, she asked what the 25bp cut means for her"
    assert sa.speech_act(text, write_kind="call") is None
    assert sa.speech_act(text, write_kind="market_event") is not None


@pytest.mark.parametrize(("text", "act"), [
    ("jonas weber was reached on friday, wasn't he?", sa.QUESTION),
    ("per the crm maria keller had no answer last week", sa.RECORD),
    ("laut Verlauf wurde Ingrid Dahl gestern erreicht", sa.RECORD),
    ("selon l'historique Maria Keller a été jointe hier", sa.RECORD),
])
def test_history_read_back_in_other_words_is_no_call(text: str, act: str) -> None:
    found = sa.speech_act(text, write_kind="call")
    assert found is not None and found.kind == act, found


@pytest.mark.parametrize("text", [
    "maria keller reached, put it in the notes",
    "log jonas weber reached in the system",
    "ingrid dahl reached, her file is complete now",
])
def test_a_report_that_mentions_the_records_stays_a_report(text: str) -> None:
    assert sa.speech_act(text, write_kind="call") is None


@pytest.mark.parametrize(("text", "kind"), [
    # what the condition waits for is the customer saying something: nothing said yet
    ("if ingrid dahl moans abt the overdraft fee again pls log it", "feedback"),
    ("in case jonas weber complains again - save it as feedback", "feedback"),
    ("next time maria keller says the app crashes, note it", "feedback"),
    # a condition after the request it governs
    ("log it as feedback for jonas weber if he brings it up again", "feedback"),
    ("maria kellers complaint can be closed as soon as the refund is paid", "call"),
    ("pls close the complaint of ingrid dahl when the money arrives", "call"),
    ("we can mark jonas weber's complaint resolved once legal signs off", "call"),
])
def test_a_write_that_waits_for_a_condition_is_no_report(text: str, kind: str) -> None:
    assert (found := sa.speech_act(text, write_kind=kind)) is not None
    assert found.kind == sa.CONDITION


@pytest.mark.parametrize(("text", "kind"), [
    ("if the fees go up again she'll move her savings, she told me", "feedback"),
    ("if rates rise she said she would switch banks", "feedback"),
    ("maria keller will close her account if the fees go up", "feedback"),
    ("reached jonas weber, if rates drop he'll move his savings", "call"),
    ("spoke to ingrid dahl, complaint closed once we refunded the fee", "call"),
    ("jonas weber reached, book a meeting after the holidays", "call"),
])
def test_a_condition_that_is_the_customers_or_already_met_stays_a_report(text: str,
                                                                          kind: str) -> None:
    assert sa.speech_act(text, write_kind=kind, customer_named=True) is None
