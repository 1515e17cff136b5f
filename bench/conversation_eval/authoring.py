"""How items.yml and heldout.yml were written: hand-typed advisor messages, each with the
expected intent, entities and database effect, on the e2e demo bank (400 customers, seed 11,
today = Monday 2026-11-16). Rerun `python -m bench.conversation_eval.authoring` after editing;
the YAML files are the evaluation set, this module only keeps their writing reviewable.

Dates against Monday 2026-11-16: tmrw 11-17, wed 11-18, thu 11-19, fri 11-20, next week
11-23..11-27, 3 dec 12-03, the 15th 12-15, end of month 11-27..11-30, two weeks 11-30.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bench.conversation_eval import (
    authoring_calls,
    authoring_context,
    authoring_more,
    authoring_reads,
)
from bench.conversation_eval.authoring_kit import TODAY, items

HERE = Path(__file__).parent
# The parts in the order the items were written: an item's id is its rank in its capability.
PARTS = (authoring_reads, authoring_calls, authoring_context, authoring_more)


def main() -> None:
    # About 30 % held out: every item whose position within its capability is 3, 6, 9 …
    # (1-based) goes to heldout.yml, so each capability keeps visible and held-out items.
    items.clear()
    for part in PARTS:
        part.author()
    counts: dict[str, int] = {}
    visible, heldout = [], []
    for item in items:
        counts[item["capability"]] = counts.get(item["capability"], 0) + 1
        (heldout if counts[item["capability"]] % 10 in (3, 6, 9) else visible).append(item)
    header = ("# Conversation evaluation (bench/conversation_eval): written by\n"
              "# bench/conversation_eval/authoring.py; see README.md for the format.\n")
    for name, chosen in (("items.yml", visible), ("heldout.yml", heldout)):
        (HERE / name).write_text(header + yaml.safe_dump(
            {"as_of": TODAY, "bank": {"customers": 400, "seed": 11}, "items": chosen},
            sort_keys=False, allow_unicode=True, width=100))
    messages = sum(len(i["turns"]) for i in items)
    print(f"{len(visible)} visible + {len(heldout)} held-out items, {messages} messages")


if __name__ == "__main__":
    main()
