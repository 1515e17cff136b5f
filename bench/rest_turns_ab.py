"""Chat turns over REST, this checkout against another (e.g. main), alternated in one run.

    .venv/bin/python -m bench.rest_turns_ab --baseline ../main \
        [--database-url URL] [--baseline-database-url URL] [--rounds 40] [--blocks 4]

Starts two stacks at once, each from its own checkout (its .venv, .venv-rasa and
models/current.tar.gz) on its own ports, and sends every kind of turn of bench.rest_turns
("are you there?", "who should I call today?", "tell me about <customer>") to both, one
after the other, the order flipped every round: load on the shared machine hits both
versions alike. Each version's ratios are its own turns against its own trivial turn; the
conversation runs on (one sender), so the tracker grows as an advisor's does. `--blocks`
also gives the call-list ratio per block of rounds, to show the spread within the run.

A version with a migration needs its own copy of the bank (the other one then reads the
schema it was written for): `--baseline-database-url` for the baseline's copy.
Results: var/bench/rest_turns_ab.json; each stack's logs and endpoints.yml in
var/bench/ab-this/ and var/bench/ab-baseline/.

Each stack has a folder of its own. Until round s31 both logged under var/bench/log/, so both
wrote var/bench/log/endpoints.yml: both Rasa servers called the action server named last
there, and the other stack's calls carried the wrong shared secret, were refused, and its
Rasa answered every custom action at once with the apology of channels.resilience. That
stack timed no action work at all (its ratios near 1.03-1.09), which read as "the first
stack is 8-16 ms slower". Every answer is now checked to be its action's
(bench.rest_turns.check_answer), so such a run stops instead of reporting. With the folders
apart, an A/A run (this checkout's product code = the baseline's) measures both stacks alike
within the run's noise: round s31, main against main, 40 rounds on a loaded machine, trivial
p50 this/baseline 0.99, call list 1.14x against 1.18x, profile 1.41x against 1.36x. So a
difference of a few hundredths in one run is noise; run it twice with the roles swapped
(`this_vs_baseline_p50` in the results: ~1.0 per kind in an A/A run) before trusting one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import RESULTS, save
from bench.rest_turns import _advisor_and_customer, check_answer
from knowledge.settings import PROJECT_ROOT

# Run by each checkout's own Python, from its own directory: only Stack and Settings are
# needed of the checkout's code, so any version since the REST bench can be the baseline.
SERVE = """
import datetime as dt, sys
from pathlib import Path
from cli.stack import Stack
from knowledge.settings import Settings
url, port, logs, as_of = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
settings = Settings(database_url=url, as_of_date=dt.date.fromisoformat(as_of),
                    rasa_port=port, action_port=port + 50, api_port=port + 3000,
                    rasa_url=f"http://127.0.0.1:{port}",
                    action_server_url=f"http://127.0.0.1:{port + 50}")
stack = Stack(settings, log_dir=logs)
stack.start(timeout=600)
print("READY", stack.rest_webhook, flush=True)
try:
    sys.stdin.read()
finally:
    stack.stop()
"""


def start(checkout: Path, url: str, port: int, as_of: str, name: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    # A folder of its own per stack: a Stack writes its endpoints.yml (the action server Rasa
    # calls) next to its log folder, so two stacks logging side by side would share one file
    # and both Rasa servers would call the same action server (see the module docstring).
    return subprocess.Popen(
        [str(checkout / ".venv" / "bin" / "python"), "-c", SERVE, url, str(port),
         str(RESULTS / f"ab-{name}" / "log"), as_of],
        cwd=checkout, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def ratios(times: dict[str, list[float]], blocks: int) -> dict[str, Any]:
    base = statistics.median(times["trivial_action"])
    found: dict[str, Any] = {f"{k}_p50_ms": round(statistics.median(v), 2)
                             for k, v in times.items()}
    for kind in ("call_list", "profile"):
        found[f"ratio_{kind}_vs_trivial"] = round(statistics.median(times[kind]) / base, 3)
    size = len(times["trivial_action"]) // blocks
    found["ratio_call_list_per_block"] = [
        round(statistics.median(times["call_list"][b * size:(b + 1) * size])
              / statistics.median(times["trivial_action"][b * size:(b + 1) * size]), 3)
        for b in range(blocks)]
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--database-url", default=f"sqlite:///{RESULTS / 'bank-100k.db'}")
    parser.add_argument("--baseline-database-url")
    parser.add_argument("--as-of", default="2026-06-15")
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--blocks", type=int, default=4)
    args = parser.parse_args()
    advisor, customer = _advisor_and_customer(args.database_url)
    checkouts = {"this": (PROJECT_ROOT, args.database_url, 25105),
                 "baseline": (args.baseline.resolve(),
                              args.baseline_database_url or args.database_url, 25205)}
    stacks = {name: start(path, url, port, args.as_of, name)
              for name, (path, url, port) in checkouts.items()}
    turns = {"trivial_action": "are you there?", "call_list": "who should I call today?",
             "profile": f"tell me about {customer}"}
    times: dict[str, dict[str, list[float]]] = {n: {k: [] for k in turns} for n in stacks}
    try:
        hooks = {}
        for name, process in stacks.items():
            line = ""
            while process.stdout and not line.startswith("READY"):
                line = process.stdout.readline()
                if not line:
                    break
            if not line.startswith("READY"):
                raise SystemExit(f"the {name} stack did not start (log: var/bench/ab-{name}/log)")
            hooks[name] = line.split()[1]
        with httpx.Client(timeout=60) as client:
            for round_number in range(args.rounds + 3):
                order = list(stacks) if round_number % 2 == 0 else list(reversed(stacks))
                for kind, text in turns.items():
                    for name in order:
                        started = time.perf_counter()
                        response = client.post(hooks[name],
                                               json={"sender": advisor, "message": text})
                        elapsed = (time.perf_counter() - started) * 1000
                        response.raise_for_status()
                        check_answer(kind, response.json(), customer)
                        if round_number >= 3:  # warm-up rounds are not counted
                            times[name][kind].append(elapsed)
    finally:
        for process in stacks.values():
            if process.stdin:
                process.stdin.close()
        for process in stacks.values():
            process.wait(timeout=120)
    save("rest_turns_ab", {
        "database_url": args.database_url, "baseline": str(args.baseline),
        "rounds": args.rounds,
        **{name: ratios(found, args.blocks) for name, found in times.items()},
        # Each kind of turn, this stack's median against the baseline's: ~1.0 in an A/A run.
        "this_vs_baseline_p50": {
            kind: round(statistics.median(times["this"][kind])
                        / statistics.median(times["baseline"][kind]), 3) for kind in turns},
        "targets": {"ratio_call_list_vs_trivial": 1.2, "ratio_profile_vs_trivial": 1.2},
    })


if __name__ == "__main__":
    main()
