"""What an action dispatches on each Rasa input channel: cards on Slack and Teams, text and the
payloads' JSON everywhere else."""

from __future__ import annotations

from typing import Any

from delivery.cards import card_for
from delivery.slack import slack_message
from delivery.teams import teams_message

SLACK = "slack"
TEAMS = "teams"
# Rasa's input channel names of the two rich channels.
RICH_CHANNELS = {"slack": SLACK, "botframework": TEAMS, "msteams": TEAMS, "teams": TEAMS}


def rich_channel(input_channel: str | None) -> str | None:
    """'slack' or 'teams' for a Rasa input channel that shows cards; None for plain text."""
    return RICH_CHANNELS.get((input_channel or "").strip().lower())


def channel_messages(
    input_channel: str | None, texts: list[str], payloads: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """What an action dispatches, as keyword arguments of `dispatcher.utter_message`.

    Plain channels (REST, web chat): the texts, then the payloads as custom JSON, unchanged.
    Slack and Teams: each payload with a card replaces the text it illustrates (the first
    text becomes the card's notification and fallback text); payloads without a card are
    left out there, since their text says the same in words.
    """
    channel = rich_channel(input_channel)
    if channel is None:
        return [{"text": t} for t in texts] + [{"json_message": p} for p in payloads]
    cards = [card for card in (card_for(p) for p in payloads) if card is not None]
    if not cards:
        return [{"text": t} for t in texts]
    fallback = texts[0] if texts else cards[0].title
    render = slack_message if channel == SLACK else teams_message
    messages = [{"json_message": render(card, fallback)} for card in cards]
    return messages + [{"text": t} for t in texts[1:]]
