"""Summarise a `rasa test nlu --out DIR` run: accuracy, macro F1 and the weakest intents.

Usage: python scripts/report_nlu.py DIR [--min-accuracy 0.80] [--worst 5]
Exits 1 when the intent accuracy is below the minimum, 2 when the report is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

# Keys of intent_report.json that are aggregates, not intents.
AGGREGATE_KEYS = {"accuracy", "macro avg", "weighted avg", "micro avg"}


def summarise(
    report: dict[str, Any], worst: int
) -> tuple[float, float, list[tuple[str, dict[str, Any]]]]:
    """Accuracy, macro F1 and the `worst` intents by F1 (ties: more support first)."""
    intents = {k: v for k, v in report.items() if k not in AGGREGATE_KEYS and isinstance(v, dict)}
    accuracy = float(report.get("accuracy", report.get("micro avg", {}).get("f1-score", 0.0)))
    macro_f1 = float(report.get("macro avg", {}).get("f1-score", 0.0))
    ranked = sorted(
        intents.items(), key=lambda kv: (kv[1].get("f1-score", 0.0), -kv[1].get("support", 0))
    )
    return accuracy, macro_f1, ranked[:worst]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="the --out directory of `rasa test nlu`")
    parser.add_argument("--min-accuracy", type=float, default=0.80)
    parser.add_argument("--worst", type=int, default=5, help="how many weak intents to list")
    args = parser.parse_args(argv)

    path = args.directory / "intent_report.json"
    if not path.is_file():
        print(
            f"{path} not found: run `rasa test nlu --out {args.directory}` first.", file=sys.stderr
        )
        return 2
    report = json.loads(path.read_text(encoding="utf-8"))
    accuracy, macro_f1, weakest = summarise(report, args.worst)

    print(f"held-out intent accuracy: {accuracy:.3f}   macro F1: {macro_f1:.3f}")
    print("weakest intents:")
    for name, scores in weakest:
        confused = ", ".join(
            f"{other} ×{count}" for other, count in (scores.get("confused_with") or {}).items()
        )
        print(
            f"  {name:<24} F1 {scores.get('f1-score', 0.0):.2f}  "
            f"(support {scores.get('support', 0)})"
            + (f"  confused with: {confused}" if confused else "")
        )
    if accuracy < args.min_accuracy:
        print(
            f"FAIL: accuracy {accuracy:.3f} < {args.min_accuracy:.2f}. Add varied training "
            "examples for the weakest intents in bot/data/nlu/ and retrain.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
