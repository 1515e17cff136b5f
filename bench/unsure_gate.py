"""How often does the safety net (knowledge.writes.unsure) newly ask about a call report?

Every message of the visible conversation-eval items (items.yml, s22.yml) and every example
of the bot's NLU data that main would store at once as a call (its words state an outcome;
not a plan, a question, a take-back or an approximate date) is read again with the gate:
a message the gate stops is one that now asks "… OK?" where main stored at once. Customer
names are taken as the chat takes them: a full name of the eval bank (400 customers, seed 11)
written in the message, or the NLU's `customer_name` annotation.

    .venv/bin/python -m bench.unsure_gate [--list]

Prints the count per source and per word class, and with --list each message asked about.
No stack, no database writes; under a second after the bank is built once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import yaml
from sqlalchemy import select

from bench.common import demo_bank_file
from knowledge.call_reports.accounted import call_doubt
from knowledge.call_reports.plans import plan_or_question
from knowledge.call_reports.said import read_call
from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer
from knowledge.settings import PROJECT_ROOT

AS_OF = dt.date(2026, 11, 16)
# The capabilities whose items report calls (reads, feedback, themes and events do not).
_CALLS = {"log_reached", "log_no_answer", "log_meeting", "log_sale", "log_not_interested",
          "complaint_resolved", "duplicate", "pronoun", "mixed", "name_only", "other_book",
          "ambiguous", "chatter", "correction", "callback", "customer_id", "follow_up", "german",
          "pencil", "wrong_date"}
_ANNOTATED = re.compile(r"\[([^\]]+)\]\((\w+)\)|\[([^\]]+)\]\{[^}]*\"entity\": \"(\w+)\"[^}]*\}")


def _eval_messages() -> list[tuple[str, str, list[str]]]:
    out: list[tuple[str, str, list[str]]] = []
    for name in ("items.yml", "s22.yml"):
        data = yaml.safe_load((PROJECT_ROOT / "bench/conversation_eval" / name).read_text())
        for item in data["items"]:
            if item["capability"] not in _CALLS:
                continue
            for turn in item["turns"]:
                text = turn if isinstance(turn, str) else turn["say"]
                out.append((name, text, []))
    return out


def _nlu_messages() -> list[tuple[str, str, list[str]]]:
    out: list[tuple[str, str, list[str]]] = []
    for path in sorted(Path(PROJECT_ROOT / "bot/data/nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            for line in (block.get("examples") or "").splitlines():
                raw = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
                if not raw:
                    continue
                names = [m.group(1) or m.group(3) for m in _ANNOTATED.finditer(raw)
                         if (m.group(2) or m.group(4)) == "customer_name"]
                text = _ANNOTATED.sub(lambda m: m.group(1) or m.group(3), raw)
                if block.get("intent") == "log_call_outcome":
                    out.append((f"nlu/{path.name}:{block.get('intent')}", text, names))
    return out


def _feedback_statements() -> list[tuple[str, str]]:
    """The statements of the visible feedback items and the NLU's feedback examples, as the
    chat takes them apart (the request words stripped)."""
    from knowledge.feedback.chat import not_a_statement, split_chat_message

    texts: list[tuple[str, str]] = []
    for name in ("items.yml", "s22.yml"):
        data = yaml.safe_load((PROJECT_ROOT / "bench/conversation_eval" / name).read_text())
        texts += [(name, t if isinstance(t, str) else t["say"]) for item in data["items"]
                  if item["capability"] == "feedback" for t in item["turns"]]
    for path in sorted(Path(PROJECT_ROOT / "bot/data/nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            if str(block.get("intent", "")).startswith(("log_feedback", "give_feedback")):
                texts += [(f"nlu/{path.name}", _ANNOTATED.sub(lambda m: m.group(1) or m.group(3),
                                                              line.strip()[2:]))
                          for line in (block.get("examples") or "").splitlines()
                          if line.strip().startswith("- ")]
    out: list[tuple[str, str]] = []
    for source, text in texts:
        statement = split_chat_message(text).text
        if statement and not not_a_statement(text):
            out.append((source, statement))
    return out


def _stored_at_once_on_main(text: str) -> bool:
    report = read_call(text, AS_OF)
    return (report.explicit and not report.taken_back and not report.date_approximate
            and not report.date_unreadable and plan_or_question(text) is None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each message asked about")
    args = parser.parse_args()
    path = demo_bank_file("look-alike", customers=400, seed=11, as_of=AS_OF,
                          transactions_per_customer=2)
    engine = make_engine(f"sqlite:///{path}")
    with session_factory(engine)() as session:
        bank = {name.lower(): cid for cid, name in session.execute(
            select(Customer.id, Customer.name)).all()}
    seen: set[str] = set()
    counted: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for source, text, names in _eval_messages() + _nlu_messages():
        if text in seen or not _stored_at_once_on_main(text):
            continue
        seen.add(text)
        group = source.split(":")[0] if source.startswith("nlu") else source
        counted[group] += 1
        lowered = text.lower()
        named = names + [n for n in bank if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", lowered)]
        doubt = call_doubt(text, report=read_call(text, AS_OF), name=" ".join(named),
                           customer_id=None)
        if doubt is not None:
            asked[group] += 1
            kinds[doubt.kind] += 1
            if args.list:
                print(f"{group:28} {doubt.kind:11} “{doubt.words}”  <- {text}")
    print(f"{'source':28} {'stored at once on main':>24} {'now asked':>10}")
    for group in sorted(counted):
        print(f"{group:28} {counted[group]:>24} {asked[group]:>10}")
    print(f"{'all':28} {sum(counted.values()):>24} {sum(asked.values()):>10}")
    print("by class: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    from knowledge.feedback.chat import advisor_unsure

    statements = _feedback_statements()
    stopped = [(source, text, d) for source, text in statements
               if (d := advisor_unsure(text)) is not None]
    print(f"feedback statements: {len(statements)}, now asked: {len(stopped)}")
    for source, text, doubt in stopped if args.list else []:
        print(f"{source:28} {doubt.kind:11} “{doubt.words}”  <- {text}")


if __name__ == "__main__":
    main()
