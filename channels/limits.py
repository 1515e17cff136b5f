"""Bounded input on every channel of the Rasa server: a message longer than
MAX_MESSAGE_CHARS characters or MAX_MESSAGE_WORDS words, or one without any text, never
reaches NLU.

Why: Rasa's NLU grows with the square of a message's words (DIET's attention, and the
whitespace tokenizer's regex backtracks over long runs of punctuation): one 95 KB message
of 15,000 words took the Rasa server to 22.8 GB and an out-of-memory kill, and 100 KB of
random Unicode held a core for 15-39 s while other advisors' turns timed out.

`bounded(on_new_message)` wraps the callback Rasa hands each input channel's blueprint
(REST in channels/resilience.py, Slack, Teams). An over-long message is answered through the
channel's own output (the REST answer, a Slack or Teams reply) with what the limit is, and
is not handed on: nothing is parsed, nothing enters the tracker store. The log says which
channel and how long, never the text.

The words are counted by Rasa's own WhitespaceTokenizer (what DIET sees), only once the
message is within the character limit, so the count itself is bounded work.

Settings: MAX_MESSAGE_CHARS and MAX_MESSAGE_WORDS (knowledge/settings.py checks them; the
Rasa process cannot import it, cli/stack.py passes them on). Runs in the Rasa environment
(Python 3.10): imports only rasa and the standard library.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

from channels import log_privacy

log = logging.getLogger(__name__)

CHARS_VARIABLE = "MAX_MESSAGE_CHARS"
WORDS_VARIABLE = "MAX_MESSAGE_WORDS"
# Same defaults and bounds as knowledge/settings.py (Settings.max_message_chars/_words).
DEFAULT_CHARS, CHARS_RANGE = 4000, (100, 10_000)
DEFAULT_WORDS, WORDS_RANGE = 600, (20, 2000)
EMPTY = ("Your message reached me without any text. Ask me, for example, "
         "\"who should I call today?\"")


def _setting(name: str, default: int, bounds: tuple[int, int]) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw and name == CHARS_VARIABLE:  # the API's former name for the same limit
        raw = os.environ.get("CHAT_MAX_MESSAGE_CHARS", "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from None
    if not bounds[0] <= value <= bounds[1]:
        raise ValueError(f"{name} must be between {bounds[0]} and {bounds[1]}, got {value}")
    return value


def max_chars() -> int:
    return _setting(CHARS_VARIABLE, DEFAULT_CHARS, CHARS_RANGE)


def max_words() -> int:
    return _setting(WORDS_VARIABLE, DEFAULT_WORDS, WORDS_RANGE)


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer

    return WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())


def count_words(text: str) -> int:
    """Rasa's whitespace tokens of `text` (config.yml's tokenizer, default settings)."""
    from rasa.shared.nlu.training_data.message import Message

    return len(_tokenizer().tokenize(Message(data={"text": text}), "text"))


def refusal(text: str | None, *, chars: int | None = None, words: int | None = None
            ) -> str | None:
    """The answer for a message over a limit, or None when it may go to NLU."""
    chars = max_chars() if chars is None else chars
    words = max_words() if words is None else words
    text = text or ""
    if not text.strip():  # NLU would guess at nothing, and the bot may say nothing back
        return EMPTY
    if len(text) > chars:
        return (f"That message is too long for me: {len(text):,} characters, and I read at "
                f"most {chars:,} characters. Please send a shorter question; I did not keep "
                "this one.")
    counted = count_words(text) if len(text) > words else 0  # fewer characters, fewer words
    if counted > words:
        return (f"That message is too long for me: {counted:,} words, and I read at most "
                f"{words:,} words. Please send a shorter question; I did not keep this one.")
    return None


def bounded(on_new_message: Callable[[Any], Awaitable[Any]]) -> Callable[[Any], Awaitable[Any]]:
    """`on_new_message` for a channel's blueprint: over-long messages are answered here."""
    chars, words = max_chars(), max_words()  # a bad setting stops the server at start

    async def handle(message: Any) -> Any:
        answer = refusal(message.text, chars=chars, words=words)
        if answer is not None:
            # Length only: the text is the customer data the log must not hold.
            log.info("answered a %s message of %d characters without NLU (limits %s=%d, %s=%d)",
                     message.input_channel or "?", len(message.text or ""),
                     CHARS_VARIABLE, chars, WORDS_VARIABLE, words)
            await message.output_channel.send_text_message(message.sender_id, answer)
            return None
        with log_privacy.in_flight(message.text):
            return await on_new_message(message)

    return handle
