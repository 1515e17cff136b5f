"""Simulated advisors: each its own staff id and conversation, mixed turns over Rasa's REST
webhook, a think time between turns, round-robin over the Rasa instances."""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field

import httpx

# Answers that mean the turn failed even though HTTP said 200 (actions/base.py).
FAILURE_PHRASES = ("went wrong on my side", "not reachable right now")

# Share of each kind of turn after the first call list of the session.
TURN_MIX = {"call_list": 0.30, "more": 0.20, "profile": 0.35, "feedback": 0.15}
FEEDBACK_TEXTS = (
    "the app logs her out in the middle of every transfer",
    "waited forty minutes on the hotline for a card replacement",
    "the statement arrived two weeks late again",
    "the branch closed early without any notice",
)


@dataclass
class Turn:
    kind: str
    started: float  # seconds since the run began
    ms: float
    error: str | None  # None, or the kind of failure (never the answer's text)


@dataclass
class Advisor:
    staff_id: str
    customer_names: list[str]  # names unique in this advisor's book
    rng: random.Random
    turns: list[Turn] = field(default_factory=list)
    sent: int = 0

    def message(self, kind: str) -> str:
        if kind == "call_list":
            return "who should I call today?"
        if kind == "more":
            return "show me more"
        name = self.rng.choice(self.customer_names)
        if kind == "profile":
            return f"tell me about {name}"
        return f"log feedback for {name}: {self.rng.choice(FEEDBACK_TEXTS)}"

    def next_kind(self) -> str:
        if not self.turns:
            return "call_list"  # every morning starts with the list
        kinds = list(TURN_MIX)
        return self.rng.choices(kinds, weights=[TURN_MIX[k] for k in kinds])[0]


def _failure(response: httpx.Response) -> str | None:
    if response.status_code != 200:
        return f"http {response.status_code}"
    try:
        messages = response.json()
    except ValueError:
        return "not json"
    if not messages:
        return "no answer"
    text = " ".join(str(m.get("text", "")) for m in messages).lower()
    if any(phrase in text for phrase in FAILURE_PHRASES):
        return "apology"
    return None


async def run_advisor(advisor: Advisor, client: httpx.AsyncClient, webhooks: list[str], *,
                      began: float, deadline: float, think_seconds: float) -> None:
    # Advisors do not all start on the same millisecond.
    await asyncio.sleep(advisor.rng.uniform(0, min(think_seconds, 2.0)))
    while time.monotonic() < deadline:
        kind = advisor.next_kind()
        # Round robin per turn: one conversation alternates between instances, the hard case
        # for the shared tracker and lock stores.
        url = webhooks[advisor.sent % len(webhooks)]
        advisor.sent += 1
        start = time.monotonic()
        try:
            response = await client.post(
                url, json={"sender": advisor.staff_id, "message": advisor.message(kind)})
            error = _failure(response)
        except httpx.HTTPError as exc:
            error = type(exc).__name__
        advisor.turns.append(Turn(kind, start - began, (time.monotonic() - start) * 1000, error))
        if think_seconds:
            await asyncio.sleep(advisor.rng.uniform(0.5, 1.5) * think_seconds)


async def run_advisors(advisors: list[Advisor], webhooks: list[str], *, seconds: float,
                       think_seconds: float, timeout: float = 30.0) -> float:
    """Runs every advisor until `seconds` have passed; returns the measured wall time."""
    limits = httpx.Limits(max_connections=len(advisors) + 10,
                          max_keepalive_connections=len(advisors) + 10)
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as client:
        began = time.monotonic()
        deadline = began + seconds
        await asyncio.gather(*(
            run_advisor(a, client, webhooks, began=began, deadline=deadline,
                        think_seconds=think_seconds)
            for a in advisors))
        return time.monotonic() - began
