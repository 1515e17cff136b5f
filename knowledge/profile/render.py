"""The profile as plain text (REST, CLI) and as a JSON payload (Slack, Teams, API).

Short lines in the order an advisor reads them before a call; empty sections are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from knowledge.format import jsonable, money, percent
from knowledge.format import short_day as day

if TYPE_CHECKING:
    from knowledge.profile.types import Choice, Concerns, Contacts, CustomerProfile, Holdings, Risk

TIER_WORDS = {"top": "top tier", "high": "high tier", "mid": "mid tier", "low": "low tier",
              "inactive": "inactive"}

NOT_FOUND_TEXT = (
    "I can't find that customer in your book. Check the spelling or give me the customer id "
    "(for example C000123)."
)
NEED_CUSTOMER_TEXT = "Which customer do you mean? Tell me a name or a customer id."


def shorten(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _category(name: str) -> str:
    return name.replace("_", " ")


def _trend(trend: Decimal | None) -> str:
    if trend is None:
        return ""
    arrow = "up" if trend > 0 else "down" if trend < 0 else "flat"
    return f", {arrow} {percent(trend)} over 12 months" if arrow != "flat" else ", flat"


def render_profile(profile: CustomerProfile) -> str:
    who, value = profile.who, profile.value
    facts = [f"{who.age}" if who.age is not None else None, who.occupation, who.city]
    lines = [f"{who.name} ({who.customer_id}) — " + ", ".join(f for f in facts if f)]
    if who.customer_since:
        lines.append(f"Customer since {who.customer_since.year} ({who.years_with_bank} years)"
                     + (f"; household: {', '.join(who.household)}" if who.household else ""))
    if who.co_holders:
        lines.append("Shared holdings: " + "; ".join(who.co_holders))
    if value.tier:
        lines.append(
            f"Tier: {TIER_WORDS.get(value.tier, value.tier)}; contribution "
            f"{money(value.contribution or 0)} a year{_trend(value.contribution_trend)}"
        )
    lines.append(render_holdings_line(profile.holdings, value.relationship_value))
    lines.append(render_risk(profile.risk))
    if profile.transactions:
        lines.append("Recent: " + "; ".join(
            f"{t.kind.replace('_', ' ')} {money(t.amount, t.currency)} on {day(t.booked_on)}"
            for t in profile.transactions))
    lines.append(render_contacts_line(profile.contacts))
    concerns = render_concerns_line(profile.concerns)
    if concerns:
        lines.append(concerns)
    if profile.events:
        lines.append("Coming up: " + "; ".join(f"{e.text} {day(e.on)}" for e in profile.events))
    if profile.call_reasons:
        lines.append("On today's call list: " + "; ".join(r.text for r in profile.call_reasons))
    if profile.next_best_offer:
        lines.append(f"Next best offer: {profile.next_best_offer.text}")
    if profile.talking_points:
        lines.append("Talking points:")
        lines += [f"  {n}. {p}" for n, p in enumerate(profile.talking_points, 1)]
    return "\n".join(lines)


def render_holdings_line(holdings: Holdings, relationship_value: Decimal | None = None) -> str:
    if not holdings.lines:
        return "Holdings: none open."
    total = relationship_value if relationship_value is not None else holdings.assets
    parts = [f"{_category(c.category)} {money(c.balance, holdings.currency)}"
             for c in holdings.by_category]
    owes = (f"; owes {money(-holdings.liabilities, holdings.currency)}"
            if holdings.liabilities < 0 else "")
    return (f"Relationship value {money(total, holdings.currency)}: " + ", ".join(parts)
            + owes)


def render_holdings(name: str, holdings: Holdings, risk: Risk) -> str:
    if not holdings.lines:
        return f"{name} has no open holdings."
    lines = [f"{name} holds:"]
    for line in holdings.lines:
        extra = f", matures {day(line.maturity_on)}" if line.maturity_on else ""
        rate = f", {line.interest_rate:.2f} %" if line.interest_rate is not None else ""
        lines.append(f"  - {line.product}: {money(line.balance, line.currency)}{rate}{extra}")
    lines.append(render_risk(risk))
    return "\n".join(lines)


def render_risk(risk: Risk) -> str:
    text = f"Risk profile: {risk.profile}" if risk.profile is not None else "Risk profile: unknown"
    if risk.investment_preference:
        text += f" ({risk.investment_preference})"
    if risk.mismatches:
        text += "; MISMATCH: holds " + ", ".join(
            f"{m.product} (suits {m.min_risk}+)" for m in risk.mismatches)
    return text


def render_contacts_line(contacts: Contacts) -> str:
    if not contacts.last:
        text = "Last contacts: none recorded"
    else:
        text = "Last contacts: " + "; ".join(
            f"{day(c.occurred_on)} {c.kind.replace('_', ' ')} ({c.channel}, "
            f"{c.outcome.replace('_', ' ')})" for c in contacts.last)
    if contacts.next_planned:
        text += f". Next planned: {day(contacts.next_planned)}"
    return text


def render_contacts(name: str, contacts: Contacts) -> str:
    if not contacts.last and not contacts.next_planned:
        return f"No contacts with {name} are recorded."
    lines = [f"Last contacts with {name}:"]
    for c in contacts.last:
        note = f": {shorten(c.note, 80)}" if c.note else ""
        by = f" by {c.advisor}" if c.advisor else ""
        lines.append(f"  - {day(c.occurred_on)} {c.kind.replace('_', ' ')} ({c.channel}, "
                     f"{c.outcome.replace('_', ' ')}){by}{note}")
    if contacts.next_planned:
        note = f" — {shorten(contacts.next_planned_note, 80)}" if contacts.next_planned_note else ""
        lines.append(f"Next planned: {day(contacts.next_planned)}{note}")
    return "\n".join(lines)


def render_concerns_line(concerns: Concerns) -> str:
    parts = []
    if concerns.open_complaints:
        c = concerns.open_complaints[0]
        parts.append(f"{len(concerns.open_complaints)} open complaint(s), latest "
                     f"{day(c.occurred_on)}: {shorten(c.note, 60)}")
    if concerns.recent_feedback:
        when, text = concerns.recent_feedback[0]
        parts.append(f"feedback {day(when)}: \"{shorten(text, 60)}\"")
    return ("Concerns: " + "; ".join(parts)) if parts else ""


def render_complaints(name: str, concerns: Concerns) -> str:
    if not concerns.open_complaints and not concerns.recent_feedback:
        return f"{name} has no open complaints and no recent feedback."
    lines = []
    if concerns.open_complaints:
        lines.append(f"Open complaints of {name}:")
        lines += [f"  - {day(c.occurred_on)} ({c.channel}): {shorten(c.note, 100)}"
                  for c in concerns.open_complaints]
    else:
        lines.append(f"{name} has no open complaints.")
    if concerns.recent_feedback:
        lines.append("Recent feedback:")
        lines += [f"  - {day(when)}: \"{shorten(text, 100)}\""
                  for when, text in concerns.recent_feedback]
    return "\n".join(lines)


def render_choices(choices: Sequence[Choice], total: int) -> str:
    lines = ["I found several customers with that name. Which one do you mean?"]
    for n, c in enumerate(choices, 1):
        details = [f"born {c.birth_year}" if c.birth_year else None, c.city, c.customer_id,
                   TIER_WORDS.get(c.tier or "", c.tier)]
        lines.append(f"  {n}. {c.name} — " + ", ".join(d for d in details if d))
    if total > len(choices):
        more = total - len(choices)
        lines.append(f"…and {more} more: add a first name or the city to narrow it.")
    lines.append('Answer with the number ("the second one") or the customer id.')
    return "\n".join(lines)


def profile_payload(profile: CustomerProfile) -> dict[str, Any]:
    """The structured payload for Slack/Teams formatting and the API."""
    return {"type": "customer_profile", **jsonable(profile)}
