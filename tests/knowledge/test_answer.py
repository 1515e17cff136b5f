"""The one chat answer: every payload names its type, and is checked against it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.answer import PAYLOAD_TYPES, CallListPayload, ChatAnswer, payload


def _list() -> dict:
    return {"type": "call_list", "advisor_id": "A001", "as_of": "2026-11-16", "page": 1,
            "offset": 0, "limit": 8, "total": 1, "has_more": False, "filters": {},
            "items": [{"customer_id": "C1", "name": "Anna", "reasons": []}]}


def test_a_payload_is_typed_by_its_type_and_its_json_is_what_the_room_built():
    answer = ChatAnswer("Today's calls (1 in all):", _list(), {"call_list_page": 1.0})
    assert isinstance(answer.payload, CallListPayload)
    assert answer.payload_json() == _list()  # nothing added, nothing lost (limit, filters)
    assert answer.payload["items"][0]["name"] == "Anna"
    assert answer.slots == {"call_list_page": 1.0}


def test_a_payload_without_a_type_or_of_an_unknown_type_is_refused():
    untyped = {k: v for k, v in _list().items() if k != "type"}
    with pytest.raises(ValidationError):
        ChatAnswer("x", untyped)
    with pytest.raises(ValidationError):
        ChatAnswer("x", {**_list(), "type": "wocas"})


def test_a_payload_missing_what_its_renderers_need_is_refused():
    with pytest.raises(ValidationError, match="items"):
        payload({k: v for k, v in _list().items() if k != "items"})
    with pytest.raises(ValidationError, match="write"):
        payload({"type": "confirm_write"})


def test_an_answer_without_a_payload_is_text_and_slots():
    answer = ChatAnswer("Nothing was changed.", slots={"pending_write": None})
    assert answer.payload is None and answer.payload_json() is None


def test_the_types_are_the_documented_ones():
    assert {"call_list", "call_explanation", "customer_profile", "customer_choice",
            "themes_summary", "themes_costliest", "theme", "confirm_write",
            "write_reversed"} <= PAYLOAD_TYPES
