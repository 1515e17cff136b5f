"""What the unseen sets' authoring modules (authoring_heldout2/3/4.py) share: an item list
with ids numbered per capability under the set's prefix, the expected-call shape, and the
writer of the set's YAML. Each set keeps its own wording and its own dates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
NONE: dict[str, Any] = {}
NOT_INTERESTED = ["not_interested", "reached"]
MEETING = ["follow_up", "reached"]


def call(cid: str, outcome: Any, follow_up_on: Any = None, **extra: Any) -> dict[str, Any]:
    return {"customer_id": cid, "outcome": outcome, "follow_up_on": follow_up_on, **extra}


def between(low: str, high: str) -> dict[str, list[str]]:
    return {"between": [low, high]}


class HeldoutSet:
    """One unseen set: `add` its items in order, then `write` it to `<name>.yml`."""

    def __init__(self, name: str, prefix: str) -> None:
        self.name = name
        self.prefix = prefix
        self.items: list[dict[str, Any]] = []

    def add(self, cap: str, turns: list[Any], expect: dict[str, Any], *, sender: str = "A001",
            setup: list[dict[str, Any]] | None = None, harmful: str = "") -> None:
        n = sum(i["capability"] == cap for i in self.items) + 1
        item: dict[str, Any] = {"id": f"{self.prefix}-{cap}-{n:03d}", "capability": cap,
                                "sender": sender, "turns": turns, "expect": expect}
        if setup:
            item["setup"] = setup
        if harmful:
            item["harmful"] = harmful
        self.items.append(item)

    def write(self) -> None:
        (HERE / f"{self.name}.yml").write_text(yaml.safe_dump(
            {"items": self.items}, sort_keys=False, allow_unicode=True))
        print(f"{len(self.items)} items written to {self.name}.yml")
