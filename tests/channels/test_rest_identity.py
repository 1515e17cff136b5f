"""Rasa's REST channel answers a turn only for a proven sender, and records its own name.

Checked on a real socket inside the Rasa environment (rest_identity_check.py): the channel
class we name in bot/credentials.yml, in development and in production mode, against bare,
genuine and forged turns. A refused turn never reaches Rasa's agent.
"""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.settings import PROJECT_ROOT
from tests.channels.rasa_env import run_in_rasa

SCRIPT = PROJECT_ROOT / "tests" / "channels" / "rest_identity_check.py"
FORGED = ["token for another sender", "wrong secret", "expired", "unsigned",
          "another audience", "not bearer", "empty bearer"]


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    return run_in_rasa(SCRIPT)


@pytest.mark.parametrize("environment", ["development", "production"])
@pytest.mark.parametrize("case", FORGED)
def test_forged_proof_is_refused_before_rasa_sees_the_turn(
        results: dict[str, Any], environment: str, case: str) -> None:
    answer = results[environment][case]
    assert answer["status"] == 401
    assert answer["reached"] == []
    assert "Refused:" in answer["body"]


@pytest.mark.parametrize("environment", ["development", "production"])
@pytest.mark.parametrize("case", ["token and same sender", "token without sender"])
def test_the_apis_token_is_the_sender(results: dict[str, Any], environment: str,
                                      case: str) -> None:
    answer = results[environment][case]
    assert (answer["status"], answer["reached"]) == (200, [["A001", "rest"]])


def test_development_keeps_the_bare_sender_contract_on_this_machine(
        results: dict[str, Any]) -> None:
    """README: `curl localhost:5005/webhooks/rest/webhook -d '{"sender": "A001", ...}'`."""
    assert results["development"]["bare sender"]["reached"] == [["A001", "rest"]]


def test_outside_development_a_bare_sender_is_refused(results: dict[str, Any]) -> None:
    answer = results["production"]["bare sender"]
    assert (answer["status"], answer["reached"]) == (401, [])
    assert "sender token from the API is required" in answer["body"]


def test_the_body_cannot_name_another_channel(results: dict[str, Any]) -> None:
    """The audit log records the tracker's channel: "slack" in a REST body stays "rest"."""
    assert results["development"]["bare sender claiming slack"]["reached"] == [["A001", "rest"]]


def test_outside_development_the_channel_does_not_start_without_its_secret(
        results: dict[str, Any]) -> None:
    assert "CHAT_TOKEN_SECRET is empty" in results["production without secret"]
