"""A typed payload (knowledge/answer.py) as a small channel-neutral `Card`.

One builder per payload `type`; delivery.slack and delivery.teams turn the card into that
channel's JSON. A payload type with no builder gets no card: its text alone is sent, as on
every other channel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from knowledge.format import long_day, money, percent, short_day

MAX_ITEMS = 15  # list entries per card: a card is read at a glance, the text has the rest
SHOW_MORE = "show me more"


@dataclass
class Section:
    text: str
    heading: str | None = None


@dataclass
class Facts:
    facts: list[tuple[str, str]]


@dataclass
class Note:
    """Small print: dates, hints, quotes."""

    text: str


Block = Section | Facts | Note


@dataclass
class Card:
    title: str
    subtitle: str | None = None
    blocks: list[Block] = field(default_factory=list)
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (label, message it sends)


# --- payload -> card --------------------------------------------------------------------


def card_for(payload: dict[str, Any]) -> Card | None:
    """The card for one of the actions' payloads by its `type` (knowledge.answer), or None
    when the text says it all."""
    build = CARDS.get(str(payload.get("type")))
    return build(payload) if build is not None else None


def call_list_card(payload: dict[str, Any], title: str | None = None) -> Card:
    page = int(payload.get("page") or 1)
    total = int(payload.get("total") or 0)
    filters = payload.get("filters") or {}
    only = _filter_words(filters.get("reason"), filters.get("tier"))
    if title is None:
        title = f"Today's calls{only}" if page == 1 else f"More calls{only} (page {page})"
    day = _long_date(payload.get("as_of"))
    card = Card(title=title, subtitle=f"{day} · {total} in all" if day else f"{total} in all")
    offset = int(payload.get("offset") or 0)
    items = payload.get("items") or []
    for position, item in enumerate(items[:MAX_ITEMS], start=offset + 1):
        reasons = item.get("reasons") or []
        text = reasons[0].get("text", "") if reasons else ""
        if len(reasons) > 1:
            also = ", ".join(_words(r.get("code", "")) for r in reasons[1:])
            text += f"\nAlso: {also}."
        tier = f" · {item['tier']} tier" if item.get("tier") else ""
        card.blocks.append(Section(text, heading=f"{position}. {item.get('name', '')}{tier}"))
    if not items:
        card.blocks.append(
            Section("Nobody to call today. Time for campaigns." if page == 1
                    else "That's everyone on today's list.")
        )
    if payload.get("has_more"):
        card.buttons.append(("Show me more", SHOW_MORE))
    return card


def explain_card(payload: dict[str, Any]) -> Card:
    name = str(payload.get("name"))
    if payload.get("on_list"):
        card = Card(title=f"Why {name} is on your list",
                    subtitle=f"Number {payload.get('position')} · {payload.get('tier')} tier")
    else:
        card = Card(title=f"{name} is not on today's list")
    for reason in payload.get("reasons") or []:
        card.blocks.append(Section(str(reason.get("text", "")), heading=_words(reason.get("code"))))
    if payload.get("strategy_text"):
        card.blocks.append(Note(f"Strategy: {payload['strategy_text']}."))
    return card


def choice_card(payload: dict[str, Any]) -> Card:
    card = Card(title="Which customer do you mean?",
                subtitle=f"{payload.get('total_matches', '')} match(es)".strip())
    lines = []
    for number, choice in enumerate(payload.get("choices") or [], start=1):
        details = ", ".join(
            str(v) for v in (choice.get("birth_year") and f"born {choice['birth_year']}",
                             choice.get("city"), choice.get("tier") and f"{choice['tier']} tier")
            if v
        )
        lines.append(f"{number}. {choice.get('name')} ({choice.get('customer_id')})"
                     + (f" — {details}" if details else ""))
    card.blocks.append(Section("\n".join(lines)))
    card.blocks.append(Note('Answer with the number ("the second one") or the customer id.'))
    return card


def profile_card(payload: dict[str, Any]) -> Card:
    who = payload.get("who") or {}
    value = payload.get("value") or {}
    holdings = payload.get("holdings") or {}
    currency = holdings.get("currency") or "EUR"
    about = ", ".join(str(v) for v in (who.get("age"), who.get("occupation"), who.get("city")) if v)
    title = f"{who.get('name', '')} ({who.get('customer_id', '')})"
    card = Card(title=title, subtitle=about or None)
    facts: list[tuple[str, str]] = []
    if value.get("tier"):
        facts.append(("Tier", str(value["tier"])))
    if value.get("contribution") is not None:
        trend = _percent(value.get("contribution_trend"))
        facts.append(("Contribution", f"{money(value['contribution'], currency)} a year"
                      + (f" ({trend} over 12 months)" if trend else "")))
    if value.get("relationship_value") is not None:
        facts.append(("Relationship value", money(value["relationship_value"], currency)))
    risk = payload.get("risk") or {}
    if risk.get("profile") is not None:
        preference = risk.get("investment_preference")
        preference = f" ({preference})" if preference else ""
        facts.append(("Risk profile", f"{risk['profile']}{preference}"))
    if who.get("customer_since"):
        years = f" ({who['years_with_bank']} years)" if who.get("years_with_bank") else ""
        facts.append(("Customer since", f"{str(who['customer_since'])[:4]}{years}"))
    if who.get("channel_preference"):
        facts.append(("Prefers", str(who["channel_preference"])))
    if facts:
        card.blocks.append(Facts(facts))
    card.blocks += _profile_sections(payload, currency)
    return card


def _profile_sections(payload: dict[str, Any], currency: str) -> list[Block]:
    blocks: list[Block] = []
    lines = (payload.get("holdings") or {}).get("lines") or []
    if lines:
        text = "\n".join(
            f"- {h.get('product')}: {money(h.get('balance'), h.get('currency') or currency)}"
            for h in lines[:MAX_ITEMS]
        )
        blocks.append(Section(text, heading="Holdings"))
    for mismatch in (payload.get("risk") or {}).get("mismatches") or []:
        blocks.append(Note(f"Risk check: {mismatch.get('product')} needs risk profile "
                           f"{mismatch.get('min_risk')} or higher."))
    contacts = (payload.get("contacts") or {}).get("last") or []
    if contacts:
        blocks.append(Section("\n".join(_contact(c) for c in contacts[:5]),
                              heading="Last contacts"))
    complaints = (payload.get("concerns") or {}).get("open_complaints") or []
    if complaints:
        blocks.append(Section("\n".join(_contact(c) for c in complaints[:5]),
                              heading="Open complaints"))
    events = payload.get("events") or []
    if events:
        blocks.append(Section("\n".join(f"- {e.get('text')}" for e in events[:5]),
                              heading="Coming up"))
    reasons = payload.get("call_reasons") or []
    if reasons:
        blocks.append(Section("\n".join(f"- {r.get('text')}" for r in reasons),
                              heading="On today's call list"))
    offer = payload.get("next_best_offer")
    if offer:
        blocks.append(Section(str(offer.get("text", "")), heading="Next best offer"))
    points = payload.get("talking_points") or []
    if points:
        blocks.append(Section("\n".join(f"{i}. {p}" for i, p in enumerate(points, 1)),
                              heading="Talking points"))
    return blocks


def themes_card(payload: dict[str, Any]) -> Card:
    themes = payload.get("themes") or []
    period = payload.get("period")
    title = ("What customers are saying" if payload.get("type") == "themes_summary"
             else "The costliest problems")
    card = Card(title=title, subtitle=period if isinstance(period, str) and period else None)
    for theme in themes[:MAX_ITEMS]:
        card.blocks.append(Section(_theme_line(theme), heading=str(theme.get("label", ""))))
        quotes = theme.get("quotes") or []
        if quotes:
            card.blocks.append(Note(f"“{shorten(str(quotes[0]), 200)}”"))
    if not themes:
        card.blocks.append(Section("No themes yet for this period."))
    return card


def theme_card(payload: dict[str, Any]) -> Card:
    card = Card(title=str(payload.get("label", "")), subtitle=_theme_line(payload))
    cost = payload.get("cost") or {}
    currency = str(cost.get("currency") or "EUR")
    facts = [("Status", _words(payload.get("status"))),
             ("Business owner", str(payload.get("business_owner") or "nobody yet")),
             ("Solution owner", str(payload.get("solution_owner") or "nobody yet"))]
    for key, label in (("compensation", "Compensation"), ("handling", "Handling"),
                       ("revenue_at_risk", "Revenue at risk")):
        if cost.get(key) is not None:
            facts.append((label, money(cost[key], currency)))
    card.blocks.append(Facts(facts))
    quotes = payload.get("quotes") or []
    if quotes:
        card.blocks.append(Section("\n".join(f"“{shorten(str(q), 200)}”" for q in quotes[:3]),
                                   heading="In their words"))
    return card


def _theme_line(theme: dict[str, Any]) -> str:
    parts = [f"{theme.get('size', 0)} statements"]
    trend = theme.get("trend") or {}
    if trend.get("current") is not None:
        parts.append(f"{trend['current']} this period vs {trend.get('previous', 0)} before"
                     + (f" ({trend['direction']})" if trend.get("direction") else ""))
    cost = theme.get("cost") or {}
    if cost.get("total") is not None:
        parts.append(f"cost {money(cost['total'], str(cost.get('currency') or 'EUR'))}")
    parts.append(_words(theme.get("status")) or "open")
    owners = [f"{label}: {theme[key]}" for key, label in
              (("business_owner", "business owner"), ("solution_owner", "solution owner"))
              if theme.get(key)]
    line = " · ".join(parts)
    if not owners:
        return line + "\nNo owner yet"
    owners_line = ", ".join(owners)
    return f"{line}\n{owners_line[0].upper()}{owners_line[1:]}"


CARDS: dict[str, Callable[[dict[str, Any]], Card]] = {
    "call_list": call_list_card,
    "call_explanation": explain_card,
    "customer_profile": profile_card,
    "customer_choice": choice_card,
    "themes_summary": themes_card,
    "themes_costliest": themes_card,
    "theme": theme_card,
}


# --- small formatting helpers -----------------------------------------------------------


def _percent(value: Any) -> str | None:
    try:
        share = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return f"{'up' if share >= 0 else 'down'} {percent(share)}"


def _long_date(value: Any) -> str | None:
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return None
    return long_day(day)


def _words(code: Any) -> str:
    return str(code or "").replace("_", " ")


def _filter_words(reason: Any, tier: Any) -> str:
    words = []
    if tier:
        words.append("premium" if tier == "premium" else f"{tier}-tier")
    if reason:
        words.append(f"with reason {_words(reason)}")
    return (" " + " ".join(words)) if words else ""


def _contact(contact: dict[str, Any]) -> str:
    day = _short_date(contact.get("occurred_on"))
    how = f"{contact.get('channel')}, {_words(contact.get('outcome'))}"
    what = f"{_words(contact.get('kind'))} ({how})"
    note = f": {contact['note']}" if contact.get("note") else ""
    return f"- {day} {what}{note}"


def _short_date(value: Any) -> str:
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    return short_day(day)


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
