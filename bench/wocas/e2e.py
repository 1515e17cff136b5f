"""100k statements from CSV to themes through the real commands, timed.

`.venv/bin/python -m bench.wocas.e2e [--items 100000]`: writes (once, deterministically)
`var/bench/wocas_feedback_<items>.csv`, migrates a fresh SQLite database, then runs
`advisor feedback import FILE` and `advisor themes update` as separate processes (exactly
what an operator types; the first update of an empty theme table clusters everything) and
writes `var/bench/wocas_e2e.json`. Run it under `flock /tmp/heavy.lock`.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import RESULTS, save
from bench.wocas.quality import load_eval
from knowledge.settings import PROJECT_ROOT

OPENERS = ["", "", "Customer says: ", "Note from the branch: ", "Complaint: ", "Feedback: ",
           "Via email: ", "On the phone: ", "Survey answer: ", "From the app review: "]
CLOSERS = ["", "", "", " Please fix this.", " Very disappointed.", " Thanks for listening.",
           " This is the second time this month.", " She is thinking about leaving the bank.",
           " He asked for a call back.", " Not acceptable for a premium customer."]


def write_csv(path: Path, items: int, seed: int = 7) -> None:
    """Realistic-looking statements: evaluation-set texts with an opener, a closer and a
    reference number, so no two rows are identical; 10 months of dates; some compensation."""
    texts, _ = load_eval()
    rng = np.random.default_rng(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["feedback_id", "customer_id", "received_on", "channel", "text",
                         "compensation"])
        channels = ["email", "phone", "branch", "app_review", "survey"]
        for i in range(items):
            text = (OPENERS[int(rng.integers(len(OPENERS)))]
                    + texts[int(rng.integers(len(texts)))]
                    + CLOSERS[int(rng.integers(len(CLOSERS)))] + f" (ref {i})")
            day = dt.date(2026, 1, 1) + dt.timedelta(days=int(rng.integers(300)))
            paid = f"{int(rng.integers(1, 20)) * 5}.00" if rng.random() < 0.05 else ""
            writer.writerow([f"E{i:07}", "", day.isoformat(),
                             channels[int(rng.integers(len(channels)))], text, paid])
    partial.rename(path)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    seconds, out, _ = _run_timed(command, env)
    return seconds, out


def _run_timed(command: list[str], env: dict[str, str]
               ) -> tuple[float, str, list[tuple[float, str]]]:
    """Run one command; also return its progress lines (stderr, split on CR and LF) with the
    second each arrived (click flushes every echo), which is where the phases start."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    stamped: list[tuple[float, str]] = []
    out: list[bytes] = []
    reader = threading.Thread(target=lambda: out.append(process.stdout.read()))  # type: ignore[union-attr]
    reader.start()
    pending, pending_at = b"", 0.0
    while chunk := os.read(process.stderr.fileno(), 65536):
        now = time.perf_counter() - start
        # Progress lines *start* with CR ("\rembed: 2,048/100,000"), so a line is stamped
        # when its last byte arrived, not when the separator after it did.
        ends_pending = chunk[:1] in (b"\r", b"\n")  # the chunk completes the old line
        *lines, rest = re.split(rb"[\r\n]", pending + chunk)
        for i, line in enumerate(lines):
            at = pending_at if i == 0 and ends_pending and pending else now
            stamped.append((at, line.decode(errors="replace")))
        pending, pending_at = rest, (now if rest else pending_at)
    if pending.strip():
        stamped.append((pending_at, pending.decode(errors="replace")))
    stamped = [(t, line) for t, line in stamped if line.strip()]
    returncode = process.wait()
    reader.join()
    seconds = time.perf_counter() - start
    if returncode != 0:
        tail = "\n".join(line for _, line in stamped[-30:])
        sys.exit(f"{' '.join(command)} failed ({returncode}):\n{tail}")
    return seconds, b"".join(out).decode().strip(), stamped


_EMBEDDED = re.compile(r"^embed: ([\d,]+)/([\d,]+)$")


def phases(stamped: list[tuple[float, str]], total_s: float) -> dict[str, Any]:
    """Seconds per phase of `advisor themes update`, from when its progress lines arrived.

    The first "embed: n/N" line comes after the first chunk, so the start-up (imports, model
    load, the pending query) is that moment less the first chunk at the steady rate.
    """
    embeds = [(t, int(m.group(1).replace(",", ""))) for t, line in stamped
              if (m := _EMBEDDED.match(line.strip()))]
    cluster = next((t for t, line in stamped if line.startswith("cluster (")), None)
    label = next((t for t, line in stamped if line.startswith("label (")), None)
    if len(embeds) < 2 or cluster is None or label is None:
        return {"lines": len(stamped)}
    (t1, n1), (tn, nn) = embeds[0], embeds[-1]
    rate = (nn - n1) / (tn - t1) if tn > t1 else float("nan")
    startup = max(0.0, t1 - n1 / rate)
    return {
        "startup_s": round(startup, 1),
        "embed_s": round(tn - startup, 1),
        "embed_per_s": round(rate, 1),
        "load_vectors_s": round(cluster - tn, 1),
        "cluster_and_store_s": round(label - cluster, 1),
        "keywords_quotes_commit_s": round(total_s - label, 1),
    }


def run(items: int) -> dict[str, Any]:
    path = RESULTS / f"wocas_feedback_{items}.csv"
    if not path.exists():
        write_csv(path, items)
    advisor = str(Path(sys.executable).with_name("advisor"))
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{folder}/e2e.db",
               "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        _run([advisor, "migrate"], env)
        imported_s, imported = _run([advisor, "feedback", "import", str(path)], env)
        themed_s, themed, stamped = _run_timed([advisor, "themes", "update"], env)
        again_s, again = _run([advisor, "themes", "update"], env)
        listed = _run([advisor, "themes", "list", "--json"], env)[1]
        exported = _run([advisor, "themes", "export", "--format", "csv"], env)[1].splitlines()
    listing = json.loads(listed)
    themes = listing["themes"]
    areas = listing.get("areas", [])
    unassigned = sum(1 for line in exported[1:] if line.split(",")[1] == "")
    total = imported_s + themed_s
    return {
        "items": items, "csv": str(path.relative_to(PROJECT_ROOT)),
        "import_s": round(imported_s, 1), "themes_update_s": round(themed_s, 1),
        "total_s": round(total, 1), "total_min": round(total / 60, 2),
        "target_min": 10, "items_per_s": round(items / total, 1),
        "themes_update_phases": phases(stamped, themed_s),
        "second_update_s": round(again_s, 1),
        "themes": len(themes),
        "praise_themes": sum(1 for t in themes if t.get("theme_kind") == "praise"),
        "areas": len(areas),
        "areas_of_one_problem": sum(1 for a in areas if len(a.get("problem_ids", [])) == 1),
        "unassigned_share": round(unassigned / max(1, items), 4),
        "exported_rows": len(exported) - 1,
        "output": {"import": imported, "update": themed, "second_update": again},
        "load_average_before": [round(x, 2) for x in load],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "cores": os.cpu_count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.wocas.e2e")
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    save("wocas_e2e", run(args.items))  # prints the figures too


if __name__ == "__main__":
    main()
