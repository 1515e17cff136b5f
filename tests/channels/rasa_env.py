"""Run a check script inside the Rasa environment (.venv-rasa, Python 3.10) and read the one
`RESULTS {json}` line it prints: how the channel tests reach code that only runs in Rasa."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from knowledge.settings import PROJECT_ROOT

RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"


def run_in_rasa(script: Path, *arguments: str) -> dict[str, Any]:
    if not RASA_PYTHON.exists():
        pytest.skip("the Rasa environment (.venv-rasa) is not installed")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "RASA_TELEMETRY_ENABLED": "false"}
    done = subprocess.run([str(RASA_PYTHON), str(script), *arguments], capture_output=True,
                          text=True, timeout=300, env=env, cwd=PROJECT_ROOT)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULTS ")), None)
    assert line, f"the check did not finish:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    result: dict[str, Any] = json.loads(line[len("RESULTS "):])
    return result
