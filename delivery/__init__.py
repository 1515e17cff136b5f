"""Delivery: the assistant's answers as Slack and Teams messages (app side, Python 3.11).

- `delivery.cards`: a typed payload (knowledge/answer.py) as a channel-neutral card, by its
  `type`;
- `delivery.slack`: a card as Block Kit (slack_sdk.models.blocks);
- `delivery.teams`: a card as an Adaptive Card in a Bot Framework activity (adaptive-cards-py);
- `delivery.messages`: what an action dispatches on each Rasa input channel;
- `delivery.outbound`: messages the assistant starts itself (the morning digest), over HTTP.

The Rasa server never imports this package (channels/ is what it loads).
"""
