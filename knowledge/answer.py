"""What a chat turn answers: the sentence, a JSON payload for rich channels, slots to set."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ChatAnswer:
    text: str
    payload: dict[str, Any] | None = None
    slots: dict[str, Any] = field(default_factory=dict)
