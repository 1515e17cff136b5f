"""A card as a Slack message: Block Kit built with slack_sdk's models.

slack_sdk checks Slack's limits when a block is turned into JSON (150 characters in a
header, 3000 in a section, 2000 in a field, 10 fields per section), so the texts are cut to
them first; a message holds at most 50 blocks.
"""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from delivery.cards import Card, Facts, Section, shorten

MAX_BLOCKS = 50


def slack_message(card: Card, fallback: str) -> dict[str, Any]:
    """A chat.postMessage body (without the channel): Block Kit plus the notification text."""
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=shorten(card.title, 150)))]
    if card.subtitle:
        blocks.append(_context(card.subtitle))
    for block in card.blocks:
        if isinstance(block, Section):
            text = _escape(block.text)
            if block.heading:
                text = f"*{_escape(block.heading)}*\n{text}"
            blocks.append(SectionBlock(text=MarkdownTextObject(text=shorten(text, 3000))))
        elif isinstance(block, Facts):
            for start in range(0, len(block.facts), 10):  # at most 10 fields per section
                blocks.append(SectionBlock(fields=[
                    MarkdownTextObject(text=shorten(f"*{_escape(k)}*\n{_escape(v)}", 2000))
                    for k, v in block.facts[start:start + 10]]))
        else:
            blocks.append(_context(block.text))
    if card.buttons:
        blocks.append(ActionsBlock(elements=[
            ButtonElement(action_id=f"say_{i}", value=message,
                          text=PlainTextObject(text=shorten(label, 75)))
            for i, (label, message) in enumerate(card.buttons)]))
    if len(blocks) > MAX_BLOCKS:
        blocks = blocks[:MAX_BLOCKS - 1] + [_context("…more in the assistant's text answer.")]
    return {"text": shorten(fallback, 3000), "blocks": [b.to_dict() for b in blocks]}


def _context(text: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=shorten(_escape(text), 3000))])


def _escape(text: str) -> str:
    # Slack reads &, < and > as control characters (links, mentions) in mrkdwn.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
