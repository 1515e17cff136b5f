"""Run by tests/channels/test_limits.py in the Rasa environment (Python 3.10).

Checks channels.limits (bounded input) and channels.log_privacy (no message text in the
Rasa process's log, Rasa's own warnings and structlog lines included) with Rasa's own code:
its tokenizer, its warning helper, its structlog configuration, its REST channel's
CollectingOutputChannel. Prints one RESULTS line.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import sys
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
os.environ["MAX_MESSAGE_CHARS"] = "4000"
os.environ["MAX_MESSAGE_WORDS"] = "600"

import structlog  # noqa: E402
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage  # noqa: E402
from rasa.shared.utils.io import raise_warning  # noqa: E402
from rasa.utils.log_utils import configure_structlog  # noqa: E402

configure_structlog(logging.INFO)  # as `rasa run` does before it loads the channels

from channels import limits, log_privacy  # noqa: E402

NAME = "Lena Strand"
CUSTOMER = "C000102"
results: dict[str, Any] = {}

# ---------------------------------------------------------------- bounded input
handled: list[str] = []


async def inner(message: UserMessage) -> None:
    handled.append(message.text)
    await message.output_channel.send_text_message(message.sender_id, "handled")


async def turn(text: str) -> list[str]:
    collector = CollectingOutputChannel()
    await limits.bounded(inner)(UserMessage(text, collector, "A001", input_channel="rest"))
    return [m.get("text", "") for m in collector.messages]


words_600 = " ".join(["word"] * 600)
words_601 = " ".join(["word"] * 601)
pipes_601 = "|".join(["w"] * 601)  # no spaces, yet 601 of Rasa's tokens
attack = " ".join([f"{NAME} {CUSTOMER} 12,500"] * 3750)  # ~95 KB, 15,000 words (issue #13)
cases = {
    "short": "who should I call today?",
    "blank": " \t\n ",
    "at_char_limit": "x" * 4000,
    "over_char_limit": "x" * 4001,
    "at_word_limit": words_600,
    "over_word_limit": words_601,
    "over_word_limit_without_spaces": pipes_601,
    "attack_95kb": attack,
}
for name, text in cases.items():
    before = len(handled)
    answers = asyncio.run(turn(text))
    results[name] = {"handled": len(handled) > before, "answers": answers}
results["count_pipes"] = limits.count_words(pipes_601)
results["count_words"] = limits.count_words(words_600)

os.environ["MAX_MESSAGE_CHARS"] = "99"
try:
    limits.bounded(inner)
    results["bad_setting_refused"] = None
except ValueError as error:
    results["bad_setting_refused"] = str(error)
os.environ["MAX_MESSAGE_CHARS"] = "4000"

# ---------------------------------------------------------------- log privacy
captured = io.StringIO()
handler = logging.StreamHandler(captured)
logging.getLogger().addHandler(handler)
log_privacy.install()
structlogger = structlog.get_logger("rasa.core.channels.rest")
malformed = f'/request_profile{{"customer_id": "{CUSTOMER}", "name": "{NAME}", balance: 1200'
huge = f"tell me about {NAME} " * 30_000  # ~558 KB, as in the REST channel's error log


async def a_turn_that_logs(text: str) -> None:
    with log_privacy.in_flight(text):
        raise_warning(f"Failed to parse arguments in line '{text}'. Failed to decode value.")
        try:
            raise ValueError(f"cannot handle {text!r}")
        except ValueError:
            structlogger.exception("rest.message.received.failure", text=text)
            logging.getLogger("sanic.error").exception("Exception occurred: %s", text)


asyncio.run(a_turn_that_logs(malformed))
asyncio.run(a_turn_that_logs(huge))
# Outside any turn (nothing in flight): Rasa's warnings still lose what they quote.
raise_warning(f"Parsed an entity '{NAME}' which is not defined in the domain.")
raise_warning(f"Failed to parse arguments in line '/x{{}} {NAME}\n{CUSTOMER}'. Expected the "
              f"intent to be one of [...] but found x. Continuing without {NAME}. ")
logging.getLogger("channels").warning("custom action %s failed", "action_customer_profile")
handler.flush()
text = captured.getvalue()
results["log"] = {
    "lines": len(text.splitlines()),
    "longest_line": max(len(line) for line in text.splitlines()),
    "has_name": NAME in text,
    "has_customer_id": CUSTOMER in text,
    "has_warning": "Failed to parse arguments" in text,
    "has_failure_event": "rest.message.received.failure" in text,
    "has_our_line": "custom action action_customer_profile failed" in text,
    "redacted_marker": log_privacy.MESSAGE in text,
}
print("RESULTS " + json.dumps(results))
