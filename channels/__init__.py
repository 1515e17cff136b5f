"""What the Rasa server loads from us (Python 3.10).

- the Rasa server (Python 3.10): the input channels `channels.slack` and `channels.teams`,
  `channels.resilience` (the REST channel, with the action-server fault handling),
  `channels.speed` (per-turn work done once, turns spread over workers) and
  `channels.tracker_store` (the SQL tracker store that keeps conversations between turns);
- the app shares one small module, `channels.sender_token` (the REST sender's signed id).
So modules here import nothing from `knowledge` and stay Python 3.10-compatible. The cards
and the digest's delivery live on the app side, in `delivery/`.
"""
