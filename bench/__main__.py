"""`make bench`: every benchmark in one run, each writing var/bench/<name>.json.

The call-list benchmark creates the 100k-customer / 10M-transaction bank on its first run
(var/bench/bank-100k.db, several minutes); the others reuse it.
"""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = [
    ["bench.call_list"],
    ["bench.profile"],
    ["bench.rest_turns"],
    ["bench.wocas"],
]


def main() -> int:
    failed = []
    for module in BENCHMARKS:
        print(f"== python -m {' '.join(module)}", flush=True)
        if subprocess.run([sys.executable, "-m", *module]).returncode != 0:
            failed.append(module[0])
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
