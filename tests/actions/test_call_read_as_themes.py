"""An advisor's call report the NLU read as a question about themes ("Jonas Weber ha
contratado el depósito", "jonas weber hat das Festgeld abgeschlossen"): the call, shown for a
yes and logged (checked in the database), not the costliest themes."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.themes import ActionCostliestThemes, ActionThemesSummary
from actions.writes import ActionConfirmWrite
from tests.actions.conftest import make_tracker, new_calls, texts


@pytest.mark.parametrize(("action", "intent"), [(ActionCostliestThemes(), "ask_costliest_themes"),
                                                (ActionThemesSummary(), "ask_themes")])
@pytest.mark.parametrize("text", ["Jonas Weber ha contratado el depósito a plazo",
                                  "jonas weber hat das Festgeld abgeschlossen"])
async def test_the_call_not_the_themes(people: Session, action: Any, intent: str,
                                       text: str) -> None:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker("A001", text, intent), {})
    said = " ".join(texts(dispatcher))
    assert "Jonas Weber (C002)" in said, said
    if said.endswith("OK?"):
        slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
        await ActionConfirmWrite().run(CollectingDispatcher(), make_tracker(
            "A001", "yes", "affirm", slots={"pending_write": slots["pending_write"]}), {})
    assert [(c, o) for c, o, _d in new_calls(people)] == [("C002", "sale")]
