"""Playing one item through the real REST channel and judging its database effect.

Each item is a fresh conversation of its sender: Rasa's `restart` event is appended through
the Rasa HTTP API before the first turn (and after the last, so the next item or test finds
no open form). A confirmation is answered by the advisor of `mode` (advisor.py): "yes" (or the
turn's `confirm`) by default, or by a careful advisor who refuses a write the item does not
expect; each answer and why is kept in the result. See README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bench.conversation_eval import advisor
from bench.conversation_eval.effects import Snapshots, Verdict, judge
from knowledge.models.bank import Customer, Interaction, Role, Staff

HERE = Path(__file__).parent
_OK = re.compile(r"\b(ok|okay)\s*\?\s*$", re.IGNORECASE)
_ASKS = re.compile(r"\(yes/no\)|\byes or no\b|\bconfirm\b", re.IGNORECASE)
MAX_CONFIRMATIONS = 2


def load_items(*, heldout: bool = False, everything: bool = False,
               only: set[str] | None = None, extra: str | None = None
               ) -> list[dict[str, Any]]:
    """The visible items, the held-out ones, both, or one further set (`extra`, e.g.
    "heldout2" for heldout2.yml; counted as held out)."""
    names = [f"{extra}.yml"] if extra else ["items.yml", "heldout.yml"] if everything else (
        ["heldout.yml"] if heldout else ["items.yml"])
    items: list[dict[str, Any]] = []
    for name in names:
        data = yaml.safe_load((HERE / name).read_text())
        for item in data["items"]:
            item["heldout"] = name != "items.yml"
            if not only or item["capability"] in only:
                items.append(item)
    return items


def is_confirmation(message: dict[str, Any]) -> bool:
    custom = message.get("custom")
    if isinstance(custom, dict) and custom.get("type") == "confirm_write":
        return True
    text = str(message.get("text") or "").strip()
    last = text.splitlines()[-1].strip() if text else ""
    return bool(_OK.search(last) or (_ASKS.search(last) and last.endswith("?")))


@dataclass
class Conversation:
    """The REST webhook and the Rasa HTTP API of one running stack."""

    rasa_url: str
    # Rasa's HTTP API needs its --auth-token (`Stack.rasa_api_params`): {"token": ...}
    api_params: dict[str, str] = field(default_factory=dict)
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=90))

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        response = self.client.post(f"{self.rasa_url}/webhooks/rest/webhook",
                                    json={"sender": sender, "message": text})
        response.raise_for_status()
        return list(response.json())

    def restart(self, sender: str) -> None:
        response = self.client.post(f"{self.rasa_url}/conversations/{sender}/tracker/events",
                                    params=self.api_params, json=[{"event": "restart"}])
        response.raise_for_status()


@dataclass
class Bank:
    """What the judge needs to know about the bank: who sees whom, the books' names."""

    engine: Engine
    visible: dict[str, set[str]] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)

    def load(self) -> Bank:
        with Session(self.engine) as session:
            staff = {s.id: s for s in session.scalars(select(Staff))}
            rows = session.execute(select(Customer.id, Customer.name, Customer.advisor_id)).all()
        for sid, member in staff.items():
            if member.role is Role.head_office:
                mine = rows
            elif member.role is Role.branch_manager:
                mine = [r for r in rows if r[2] in staff
                        and staff[r[2]].branch_id == member.branch_id]
            else:
                mine = [r for r in rows if r[2] == sid]
            self.visible[sid] = {r[0] for r in mine}
            self.names[sid] = {r[1] for r in mine}
        return self


def _setup(engine: Engine, item: dict[str, Any]) -> None:
    rows = item.get("setup") or []
    if not rows:
        return
    with Session(engine) as session, session.begin():
        for n, row in enumerate(rows, 1):
            assert row["table"] == "interactions", row
            advisor = session.scalar(select(Customer.advisor_id).where(
                Customer.id == row["customer_id"]))
            session.add(Interaction(
                id=f"EVAL-{item['id']}-{n}-{time.monotonic_ns() % 10**9}",
                customer_id=row["customer_id"], advisor_id=advisor,
                occurred_on=dt.date.fromisoformat(row["occurred_on"]),
                channel=row["channel"], kind=row["kind"], outcome=row["outcome"],
                note="complaint opened for the conversation evaluation"))


def scripted_answers(turn: str | dict[str, Any]) -> list[tuple[str, bool]]:
    """The answers to a turn's confirmations in turn, each with whether the item wrote it; the
    last one is repeated. A list is kept as written; a single plain yes or no ("no", "nej") is
    repeated; a single change ("no, wed", "yes but friday") answers the first confirmation
    and every later one is answered like any other: the advisor whose change the bot shows
    back confirms it ("yes", or the careful advisor's reading). Before round s33 the change
    itself was repeated, so a bot that showed the change back was told it again."""
    if isinstance(turn, str) or "confirm" not in turn:
        return [("yes", False)]
    scripted = turn["confirm"]
    if isinstance(scripted, list):
        return [(str(answer), True) for answer in scripted]
    if advisor.is_plain(str(scripted)):
        return [(str(scripted), True)]
    return [(str(scripted), True), ("yes", False)]


def play(item: dict[str, Any], conversation: Conversation, snapshots: Snapshots,
         bank: Bank, mode: str = advisor.YES) -> dict[str, Any]:
    sender = item["sender"]
    _setup(snapshots.engine, item)
    conversation.restart(sender)
    before = snapshots.take()
    transcript: list[dict[str, Any]] = []
    replies: list[dict[str, Any]] = []
    confirmations: list[dict[str, Any]] = []
    started = time.perf_counter()
    for number, turn in enumerate(item["turns"], 1):
        text = turn if isinstance(turn, str) else turn["say"]
        answers = scripted_answers(turn)
        said = conversation.say(sender, text)
        transcript.append({"user": text, "bot": [_brief(m) for m in said]})
        replies += said
        for asked in range(MAX_CONFIRMATIONS):
            if not any(is_confirmation(m) for m in said):
                break
            scripted, written = answers[min(asked, len(answers) - 1)]
            record = advisor.answer(
                mode, said, scripted=scripted, written=written,
                expect=item.get("expect"),
                so_far=lambda: advisor.SoFar.between(before, snapshots.take()))
            confirmations.append({"turn": number, **record})
            answer = record["answer"]
            said = conversation.say(sender, answer)
            transcript.append({"user": answer, "bot": [_brief(m) for m in said],
                               "confirming": True})
            replies += said
    seconds = time.perf_counter() - started
    after = snapshots.take()
    conversation.restart(sender)
    typed = " ".join(t if isinstance(t, str) else t["say"] for t in item["turns"])
    verdict: Verdict = judge(item, before, after, replies, visible=bank.visible[sender],
                             book_names=bank.names[sender], typed=typed)
    return {"id": item["id"], "capability": item["capability"], "heldout": item["heldout"],
            "verdict": verdict.verdict, "reasons": verdict.reasons,
            "changes": verdict.changes, "confirmations": confirmations,
            "transcript": transcript, "seconds": round(seconds, 2)}


def _brief(message: dict[str, Any]) -> str:
    text = str(message.get("text") or "")
    if message.get("custom") is not None:
        text += " [custom " + json.dumps(message["custom"], default=str)[:200] + "]"
    return text[:400]


def confirmation_counts(results: list[dict[str, Any]]) -> dict[str, int]:
    """Writes shown for a yes, refused by the careful advisor (caught), those it would have
    refused (also under the yes-runner), and confirmations answered without a payload."""
    asked = [c for r in results for c in r.get("confirmations") or []]
    return {"confirmations": len(asked),
            "shown": sum(c.get("write") is not None for c in asked),
            "caught": sum(advisor.caught(c) for c in asked),
            "careful_would_refuse": sum((c.get("careful") or {}).get("answer") == "no"
                                        for c in asked),
            "no_payload_yes": sum(c.get("rule") == advisor.NO_PAYLOAD for c in asked)}


def table(results: list[dict[str, Any]]) -> str:
    """right / wrong / harmful per capability, visible and held-out separately, with the
    writes shown for a yes and those the advisor refused (caught)."""
    lines = [f"{'capability':<20} {'set':<8} {'n':>4} {'right':>6} {'wrong':>6} {'harmful':>8}"
             f" {'shown':>6} {'caught':>6}"]
    for heldout in (False, True):
        chosen = [r for r in results if r["heldout"] is heldout]
        if not chosen:
            continue
        label = "heldout" if heldout else "visible"
        for cap in sorted({r["capability"] for r in chosen}) + ["ALL"]:
            rows = [r for r in chosen if cap in ("ALL", r["capability"])]
            counts = {v: sum(r["verdict"] == v for r in rows) for v in
                      ("right", "wrong", "harmful")}
            asked = confirmation_counts(rows)
            lines.append(f"{cap:<20} {label:<8} {len(rows):>4} {counts['right']:>6} "
                         f"{counts['wrong']:>6} {counts['harmful']:>8} {asked['shown']:>6} "
                         f"{asked['caught']:>6}")
    return "\n".join(lines)
