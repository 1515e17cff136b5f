"""Rasa's memory and time for the largest message each channel accepts, and for the issue's
attack messages (#13: 95 KB of 15,000 words took Rasa to 22.8 GB; 100 KB of random Unicode
held a core for 15-39 s).

    .venv/bin/python -m bench.message_limits

REST, Slack and Teams all refuse through `channels.limits.bounded` (MAX_MESSAGE_CHARS,
MAX_MESSAGE_WORDS), so one measurement covers the three; the API's /chat goes through the
REST channel. Runs bench/message_memory_rasa.py in the Rasa environment with the trained
model (models/current.tar.gz), one process, peak resident memory reset before each message.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from bench.common import save
from knowledge.settings import PROJECT_ROOT, get_settings


def main() -> None:
    model = PROJECT_ROOT / "models" / "current.tar.gz"
    if not model.exists():
        sys.exit(f"no trained model at {model}: run scripts/train.sh first")
    settings = get_settings()
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "RASA_TELEMETRY_ENABLED": "false",
           "TF_CPP_MIN_LOG_LEVEL": "2", "MAX_MESSAGE_CHARS": str(settings.max_message_chars),
           "MAX_MESSAGE_WORDS": str(settings.max_message_words)}
    done = subprocess.run(
        [str(PROJECT_ROOT / ".venv-rasa" / "bin" / "python"),
         str(PROJECT_ROOT / "bench" / "message_memory_rasa.py"), str(model)],
        capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=1800)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULTS ")), None)
    if line is None:
        sys.exit(f"the Rasa-side run failed:\n{done.stderr[-3000:]}")
    results = json.loads(line[len("RESULTS "):])
    accepted = [r for r in results["rows"] if r["parsed"] and r["case"].startswith("largest")]
    save("message_limits", {
        "max_message_chars": settings.max_message_chars,
        "max_message_words": settings.max_message_words,
        **results,
        "ceiling_growth_mb_accepted": max(r["growth_mb"] for r in accepted),
        "slowest_accepted_seconds": max(r["seconds"] for r in accepted),
    })


if __name__ == "__main__":
    main()
