"""The conversation's state from its events alone: the list shown and its places, the focus
and why, the writes still on record, the choice just offered."""

from __future__ import annotations

import datetime as dt
from typing import Any

from knowledge.conversation.state import Focus, state_of


def user(text: str) -> dict[str, Any]:
    return {"event": "user", "text": text}


def bot(custom: dict[str, Any] | None = None, text: str = "") -> dict[str, Any]:
    return {"event": "bot", "text": text, "data": {"custom": custom} if custom else {}}


def listed(*ids: str, offset: int = 0) -> dict[str, Any]:
    return bot({"type": "call_list", "offset": offset,
                "items": [{"customer_id": c, "name": f"name of {c}"} for c in ids]})


def logged(record: str, customer: str, outcome: str = "reached",
           follow_up: str | None = None) -> dict[str, Any]:
    return bot({"type": "call_logged", "interaction_id": record, "customer_id": customer,
                "name": customer, "occurred_on": "2026-11-16", "outcome": outcome,
                "follow_up_on": follow_up})


def test_places_of_the_lists_shown_latest_page_fresh_only_when_just_shown() -> None:
    state = state_of([user("list"), listed("A", "B"), user("more"), listed("C", offset=2),
                      user("#1 reached")])
    assert [state.at(n).customer_id for n in (1, 2, 3)] == ["A", "B", "C"]
    assert state.at(4) is None and state.fresh == {3}
    older = state_of([user("list"), listed("A"), user("hm"), bot(text="ok"), user("#1")])
    assert older.fresh == frozenset() and older.latest == "#1"


def test_focus_follows_the_last_profile_or_write_and_says_why() -> None:
    profile = {"type": "customer_profile", "who": {"customer_id": "P"}}
    state = state_of([user("p"), bot(profile), user("x reached"), logged("I1", "X"),
                      user("her again")])
    assert state.focus == Focus("X", "write") and state.said_since_focus == ()
    state = state_of([user("x reached"), logged("I1", "X"), user("p"), bot(profile),
                      user("who knows"), bot(text="?"), user("her")])
    assert state.focus == Focus("P", "profile") and state.said_since_focus == ("who knows",)
    assert state.profile_shown is None  # not in the answer just before


def test_the_slot_wins_when_no_payload_says_so_and_a_place_asked_about_moves_focus() -> None:
    state = state_of([user("a"), logged("I1", "X"), user("b")], {"focus_customer": "Y"})
    assert state.focus == Focus("Y", "slot")
    asked = {"kind": "call", "awaiting": "outcome", "customer_id": "L3", "list_position": 3}
    state = state_of([user("list"), listed("L1", "L2", "L3"), user("and #3?"),
                      bot(text="how did it go?"), user("no answer")], {"pending_write": asked})
    assert state.focus == Focus("L3", "list") and state.last_position == 3


def test_writes_on_record_drop_what_was_taken_back_and_batches_name_their_customers() -> None:
    batch = {"kind": "calls", "id": "I2,I3", "items": [
        {"id": "I2", "customer_id": "B", "write": {"outcome": "no_answer"}},
        {"id": "I3", "customer_id": "C", "write": {"outcome": "follow_up",
                                                   "follow_up_on": "2026-11-20"}}]}
    state = state_of([user("a"), logged("I1", "A"), user("b, c"),
                      bot({"type": "call_logged", "interaction_ids": ["I2", "I3"]}),
                      user("undo a"), bot({"type": "write_reversed", "kind": "call",
                                           "record_id": "I1"}), user("ok")],
                     {"last_write": batch})
    assert [(w.record_id, w.customer_id, w.outcome) for w in state.writes] == [
        ("I2", "B", "no_answer"), ("I3", "C", "follow_up")]
    assert state.writes_for("C")[0].follow_up_on == dt.date(2026, 11, 20)
    assert state.written_customers == ("C", "B")


def test_a_choice_counts_only_in_the_answer_just_before() -> None:
    choice = bot({"type": "customer_choice", "choices": [{"customer_id": "T1"},
                                                         {"customer_id": "T2"}]})
    assert state_of([user("tomasz"), choice, user("the 2nd")]).offered == ("T1", "T2")
    assert state_of([user("tomasz"), choice, user("x"), bot(text="?"),
                     user("the 2nd")]).offered == ()


def test_no_events_is_an_empty_state() -> None:
    state = state_of(None)
    assert state.focus is None and state.writes == () and state.shown == {} and state.latest == ""


def test_the_write_shown_before_the_previous_message() -> None:
    shown = {"kind": "call", "customer_id": "G1", "outcome": "no_answer"}
    events = [user("greta vm"), bot({"type": "confirm_write", "write": shown}), user("no"),
              bot(text="ok, nothing stored"), user("klein")]
    state = state_of(events)
    assert state.shown_before_previous == shown and state.said_before[-1] == "no"
    assert state_of(events[:3]).shown_before_previous is None  # shown just before: not yet


def test_a_write_taken_back_moves_to_undone() -> None:
    state = state_of([user("a"), logged("I1", "A"), user("b"), logged("I2", "B"),
                      user("undo a"), bot({"type": "write_reversed", "kind": "call",
                                           "record_id": "I1"}), user("x")])
    assert [w.customer_id for w in state.writes] == ["B"]
    assert [w.customer_id for w in state.undone] == ["A"]


def test_a_new_list_replaces_the_places_of_the_old_one() -> None:
    # ten places shown, later a list of two (calls logged, or "nobody to call"): "#7" is no
    # longer anybody, and "#1" is the new list's first
    state = state_of([user("list"), listed(*"ABCDEFGHIJ"), user("#1 reached"), user("list again"),
                      listed("X", "Y"), user("#7 no answer")])
    assert state.at(1).customer_id == "X" and state.at(7) is None
    empty = state_of([user("list"), listed("A", "B"), user("list"), listed(), user("#2 vm")])
    assert empty.at(2) is None


def test_payloads_of_the_wrong_shape_are_ignored_not_fatal() -> None:
    junk = [user("hi"), {"event": "bot", "data": "not a mapping"},
            bot({"type": "call_list", "offset": "7", "items": "ABC"}),
            bot({"type": "call_logged", "interaction_ids": 5}),
            bot({"type": "customer_choice", "choices": 3}), user("#1")]
    state = state_of(junk, slots={"last_write": {"kind": "call", "write": "nonsense"}})
    assert state.at(1) is None and state.writes == () and state.offered == ()


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


def test_a_profile_read_after_the_slot_was_set_is_the_focus_not_the_older_slot() -> None:
    profile = {"type": "customer_profile", "who": {"customer_id": "P"}}
    events = [user("x no answer"), logged("I1", "X"), slot("focus_customer", "X"),
              user("open p"), bot(profile), user("called her")]
    state = state_of(events, {"focus_customer": "X"})
    assert state.focus == Focus("P", "profile")
    # a later turn that set the slot alone (no payload to read) does move it
    later = [*events[:-1], user("and q?"), bot(text="Q is …"), slot("focus_customer", "Q"),
             user("called her")]
    assert state_of(later, {"focus_customer": "Q"}).focus == Focus("Q", "slot")


def test_a_correction_stored_takes_the_call_it_replaces_off_the_record() -> None:
    fixed = bot({"type": "call_logged", "interaction_id": "I2", "customer_id": "X",
                 "outcome": "no_answer", "replaces_record": "I1"})
    state = state_of([user("x reached"), logged("I1", "X"), user("no wait, x n/a"), fixed,
                      user("ok")])
    assert [w.record_id for w in state.writes] == ["I2"]
    assert [w.record_id for w in state.undone] == ["I1"]


def test_a_write_stated_again_is_found_on_record_and_another_date_is_not() -> None:
    state = state_of([user("a"), logged("I1", "X", "follow_up", "2026-11-27"), user("b"),
                      bot({"type": "feedback_saved", "feedback_id": "F1", "customer_id": "Y",
                           "text": "The App  is slow"}), user("c")])
    again = {"kind": "call", "customer_id": "X", "outcome": "follow_up",
             "follow_up_on": "2026-11-27"}
    assert state.on_record(again) is not None
    assert state.on_record({**again, "follow_up_on": "2026-11-30"}) is None
    assert state.on_record({**again, "customer_id": "Z"}) is None
    assert state.on_record({"kind": "feedback", "customer_id": "Y",
                            "text": "the app is slow"}) is not None


def test_the_customers_of_the_last_three_answers_are_live_newest_first() -> None:
    profile = {"type": "customer_profile", "who": {"customer_id": "P"}}
    shown = bot({"type": "confirm_write", "write": {"kind": "call", "customer_id": "S"}})
    state = state_of([user("1"), logged("I0", "OLD"), user("2"), logged("I1", "X"),
                      user("3"), bot(profile), user("4"), shown, user("5")])
    assert state.recent == ("S", "P", "X")


def test_the_calls_of_a_batch_are_on_record_each_with_its_customer() -> None:
    batch = bot({"type": "call_logged", "interaction_ids": ["I1", "I2"], "calls": [
        {"interaction_id": "I1", "customer_id": "X", "outcome": "no_answer"},
        {"interaction_id": "I2", "customer_id": "Y", "outcome": "follow_up",
         "follow_up_on": "2026-11-27"}]})
    state = state_of([user("x n/a, y meeting fri"), batch, user("z reached"),
                      logged("I3", "Z"), user("y")])
    assert state.called == ("Z", "Y", "X")
    assert state.on_record({"kind": "call", "customer_id": "Y", "outcome": "follow_up",
                            "follow_up_on": "2026-11-27"}) is not None
