"""`python -m bench.conversation_eval [--heldout | --all | --set NAME] [--only CAPABILITY ...]
[--advisor yes | careful]`

Starts the real stack (Rasa server, action server, API on the e2e ports 15005/15055/18000)
on a fresh demo bank like tests/e2e (400 customers, seed 11, today 2026-11-16, themes built),
plays every item in a fresh conversation, prints right / wrong / harmful per capability and
writes var/bench/conversation_eval.json (each item's verdict, reasons, transcript and each
confirmation answered and why). `--advisor careful` answers "no" to a write shown for a yes
that contradicts the item's expected effects (advisor.py); the default answers "yes".
`--rasa-url` and `--database-url` reuse a stack that is already running on that bank;
`--port-offset N` starts the stack on those ports plus N (beside the e2e tests or another play).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import RESULTS
from bench.conversation_eval.advisor import MODES, YES
from bench.conversation_eval.effects import Snapshots
from bench.conversation_eval.play import (
    Bank,
    Conversation,
    confirmation_counts,
    load_items,
    play,
    table,
)
from knowledge.settings import PROJECT_ROOT

AS_OF = dt.date(2026, 11, 16)
CUSTOMERS, SEED = 400, 11


def fresh_bank(folder: Path) -> str:
    from knowledge.db import make_engine, session_factory
    from knowledge.demo_bank import generate_demo_bank
    from knowledge.migrate import upgrade

    url = f"sqlite:///{folder / 'bank.db'}"
    upgrade(url)
    engine = make_engine(url)
    with session_factory(engine).begin() as session:
        generate_demo_bank(session=session, customers=CUSTOMERS, seed=SEED, as_of=AS_OF)
    engine.dispose()
    # Themes from the demo feedback, so that theme questions and owner changes have subjects.
    env = {**os.environ, "DATABASE_URL": url, "AS_OF_DATE": AS_OF.isoformat(),
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    subprocess.run([sys.executable, "-m", "cli.main", "themes", "build"], env=env,
                   check=True, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL)
    return url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.conversation_eval")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--heldout", action="store_true", help="only the held-out items")
    which.add_argument("--all", action="store_true", help="visible and held-out items")
    which.add_argument("--set", dest="extra", metavar="NAME",
                       help="play NAME.yml instead (e.g. heldout2: the second unseen set)")
    parser.add_argument("--only", nargs="*", help="capabilities to play (default: all)")
    parser.add_argument("--rasa-url", help="reuse a running Rasa server (with --database-url)")
    parser.add_argument("--database-url", help="the database of the reused stack")
    parser.add_argument("--rasa-token", help="the reused Rasa server's RASA_AUTH_TOKEN")
    parser.add_argument("--out", default="conversation_eval", help="results file name")
    parser.add_argument("--port-offset", type=int, default=0,
                        help="add this to the stack's ports (15005/15055/18000), so a play can "
                             "run beside the e2e tests or another play")
    parser.add_argument("--advisor", choices=MODES, default=YES,
                        help="who answers '… OK?': 'yes' to all (default, as every earlier "
                             "round) or 'careful' (refuses a write the item does not expect)")
    args = parser.parse_args(argv)
    items = load_items(heldout=args.heldout, everything=args.all, extra=args.extra,
                       only=set(args.only) if args.only else None)
    if not items:
        print("no items selected", file=sys.stderr)
        return 2

    from knowledge.db import make_engine

    stack = None
    with tempfile.TemporaryDirectory(prefix="conversation-eval-") as tmp:
        if args.rasa_url:
            rasa_url, database_url = args.rasa_url.rstrip("/"), args.database_url
            api_params = {"token": args.rasa_token} if args.rasa_token else {}
            if not database_url:
                parser.error("--rasa-url needs --database-url")
        else:
            from cli.stack import Stack
            from knowledge.settings import Settings

            print("generating the demo bank and its themes…", flush=True)
            database_url = fresh_bank(Path(tmp))
            rasa, actions, api = (port + args.port_offset for port in (15005, 15055, 18000))
            settings = Settings(database_url=database_url, as_of_date=AS_OF,
                                rasa_port=rasa, action_port=actions, api_port=api,
                                rasa_url=f"http://127.0.0.1:{rasa}",
                                action_server_url=f"http://127.0.0.1:{actions}")
            stack = Stack(settings, log_dir=Path(tmp) / "log")
            print("starting the stack…", flush=True)
            stack.start(timeout=400)
            rasa_url = f"http://127.0.0.1:{rasa}"
            api_params = stack.rasa_api_params
        try:
            engine = make_engine(database_url)
            snapshots, bank = Snapshots(engine), Bank(engine).load()
            conversation = Conversation(rasa_url, api_params)
            results = []
            started = time.perf_counter()
            for n, item in enumerate(items, 1):
                result = play(item, conversation, snapshots, bank, mode=args.advisor)
                results.append(result)
                mark = {"right": ".", "wrong": "w", "harmful": "H"}[result["verdict"]]
                print(mark, end="\n" if n % 60 == 0 else "", flush=True)
            print()
            engine.dispose()
        finally:
            if stack is not None:
                stack.stop()
    report = table(results)
    asked = confirmation_counts(results)
    report += (f"\nadvisor: {args.advisor}; {asked['confirmations']} confirmations, "
               f"{asked['shown']} with the write shown, {asked['caught']} refused (caught); "
               f"the careful reading refuses {asked['careful_would_refuse']}; "
               f"{asked['no_payload_yes']} without a write payload answered yes")
    print(report)
    for r in results:
        if r["verdict"] == "harmful":
            print(f"HARMFUL {r['id']}: {'; '.join(r['reasons'])[:200]}")
    _save(args.out, report, results, started, args.advisor, asked)
    return 0


def _save(name: str, report: str, results: list[dict], started: float, mode: str,
          asked: dict[str, int]) -> None:
    folder = RESULTS
    folder.mkdir(parents=True, exist_ok=True)
    payload = {
        "as_of": AS_OF.isoformat(), "items": len(results), "advisor": mode,
        "confirmations": asked,
        "seconds": round(time.perf_counter() - started, 1), "table": report.splitlines(),
        "totals": {v: sum(r["verdict"] == v for r in results)
                   for v in ("right", "wrong", "harmful")},
        "results": results,
    }
    (folder / f"{name}.json").write_text(json.dumps(payload, indent=1, default=str,
                                                    ensure_ascii=False))
    print(f"written: {folder / f'{name}.json'}")


if __name__ == "__main__":
    raise SystemExit(main())
