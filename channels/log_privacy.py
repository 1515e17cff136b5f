"""No customer data in the Rasa server's log, Rasa's own lines included.

What Rasa 3.6 writes by itself, and what this module does about it:
- a malformed `/intent{...}` message makes Rasa warn "Failed to parse arguments in line
  '<the whole message>'" (`warnings.warn`, straight to stderr): 121 such lines with names,
  ids and balances in one run;
- its REST channel logs a failed or cancelled turn with the whole message as `text`
  (structlog, up to 558 KB a line);
- any exception text or warning may quote what a user typed.

`install()` (from channels/resilience.py, once per process):
- sends Python warnings through logging (`logging.captureWarnings`), so they pass below;
- puts a record factory in front of every log record of the process (Rasa's, Sanic's, ours):
  the text of every message being handled right now (registered by `in_flight`, which
  channels/limits.py wraps around each turn) is replaced wherever it appears, as typed and
  JSON-escaped; a warning keeps only its first line up to the first quote (Rasa's
  warnings say what they are about, then quote the user's input: intents, entities, the
  line, and repeat parts of it unquoted); every line is cut to MAX_LINE_CHARS;
- adds a first processor to Rasa's structlog chain that replaces the values of the keys
  Rasa itself lists as anonymisable (`text`, `user_text`, `parse_data_text`, ...) by their
  length, and leaves the frames' local variables out of its JSON tracebacks.

A log line then still says what happened (which event, which component, how long a text
was), and never what the advisor typed. Runs in the Rasa environment (Python 3.10):
imports only the standard library (structlog when Rasa has it).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

MAX_LINE_CHARS = 2000
MIN_TEXT_CHARS = 4  # shorter texts ("ok", "hi") would blank ordinary words out of every line
MESSAGE = "[message text]"
QUOTE = re.compile("['\"`]")
# Rasa's own list (rasa.utils.log_utils._anonymizer), plus the keys its channels use.
SENSITIVE_KEYS = frozenset({
    "text", "response_text", "user_text", "slot_values", "parse_data_text",
    "parse_data_entities", "prediction_events", "tracker_latest_message", "prefilled_slots",
    "message", "response", "slot_candidates", "rasa_event", "rasa_events", "tracker_states",
    "current_states", "old_states", "successes", "current_entity", "next_entity", "states",
    "entity", "token_text", "user_message", "json_message", "metadata", "events",
})
_INSTALLED = "_advisor_log_privacy"

_in_flight: Counter[str] = Counter()
_lock = threading.Lock()
_needles: tuple[str, ...] = ()


@contextmanager
def in_flight(text: str | None) -> Iterator[None]:
    """While the block runs, `text` is replaced in every log line of this process."""
    forms = _forms(text or "")
    _change(forms, +1)
    try:
        yield
    finally:
        _change(forms, -1)


def _forms(text: str) -> set[str]:
    forms = {text, text.strip()}
    forms |= {json.dumps(f)[1:-1] for f in list(forms)}  # JSON-escaped, ASCII (structlog)
    forms |= {json.dumps(f, ensure_ascii=False)[1:-1] for f in list(forms)}
    forms |= {repr(f)[1:-1] for f in list(forms)}  # as a Python repr in an exception
    return {f for f in forms if len(f.strip()) >= MIN_TEXT_CHARS}


def _change(forms: set[str], step: int) -> None:
    global _needles
    with _lock:
        for form in forms:
            _in_flight[form] += step
            if _in_flight[form] <= 0:
                del _in_flight[form]
        _needles = tuple(sorted(_in_flight, key=len, reverse=True))


def scrub(line: str, *, quoted: bool = False) -> str:
    """`line` without the texts in flight (and quoted spans when `quoted`), each line cut."""
    for needle in _needles:
        if needle in line:
            line = line.replace(needle, MESSAGE)
    if quoted:
        line = _warning_head(line)
    return "\n".join(_cut(part) for part in line.split("\n"))


def _warning_head(text: str) -> str:
    """A warning's first line up to its first quote: Rasa's warnings name what they are
    about first and then quote the user's input, also unquoted in parts ("Continuing
    without <the rest of the message>", "but found <intent>") and over several lines."""
    first = text.split("\n", 1)[0]
    quote = QUOTE.search(first)
    head = first[:quote.start()] if quote else first
    return head if len(head) == len(text) else f"{head}[redacted: {len(text) - len(head)}]"


def _cut(line: str) -> str:
    if len(line) <= MAX_LINE_CHARS:
        return line
    return f"{line[:MAX_LINE_CHARS]}… [{len(line) - MAX_LINE_CHARS} characters cut]"


def _redacting_factory(previous: Any) -> Any:
    formatter = logging.Formatter()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record: logging.LogRecord = previous(*args, **kwargs)
        quoted = record.name == "py.warnings"
        try:
            message = record.getMessage()
        except Exception:  # a malformed format string: log the template, not the arguments
            message = str(record.msg)
        record.msg, record.args = scrub(message, quoted=quoted), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = scrub(formatter.formatException(record.exc_info), quoted=quoted)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return record

    factory._advisor_log_privacy = True  # type: ignore[attr-defined]
    return factory


def _structlog_processor(_: Any, __: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    for key in SENSITIVE_KEYS.intersection(event_dict):
        value = event_dict[key]
        size = len(value) if isinstance(value, (str, list, dict)) else 1
        event_dict[key] = f"[redacted: {size}]"
    return event_dict


def install_structlog() -> None:
    """Put the processor first in structlog's chain (idempotent). Rasa configures structlog
    before it loads the channels; the chain is changed in place, so loggers already bound
    use it too."""
    try:
        import structlog
        import structlog.tracebacks
    except ImportError:  # not in the Rasa environment: nothing to do
        return
    processors = structlog.get_config()["processors"]
    if _structlog_processor not in processors:
        processors.insert(0, _structlog_processor)
    # Rasa's JSON tracebacks list every frame's local variables: the message, the tracker.
    for index, processor in enumerate(processors):
        transformer = getattr(processor, "format_exception", None)
        if getattr(transformer, "show_locals", False):
            processors[index] = structlog.processors.ExceptionRenderer(
                structlog.tracebacks.ExceptionDictTransformer(show_locals=False))


def install() -> None:
    """Once per process (idempotent); see the module docstring."""
    install_structlog()
    if getattr(logging.getLogRecordFactory(), _INSTALLED, False):
        return
    logging.captureWarnings(True)
    logging.setLogRecordFactory(_redacting_factory(logging.getLogRecordFactory()))
