"""What the Rasa server loads from us, and the rendering shared with the actions.

Two interpreters import this package:
- the Rasa server (Python 3.10): the input channels `channels.slack` and `channels.teams`,
  `channels.resilience` (the REST channel, with the action-server fault handling),
  `channels.speed` (per-turn work done once, turns spread over workers) and
  `channels.tracker_store` (the SQL tracker store that keeps conversations between turns);
- the app (Python 3.11): `channels.render` from the actions, `channels.outbound` from
  `advisor digest send`.
So modules here import nothing from `knowledge` and stay Python 3.10-compatible;
`channels.render` is pure (standard library).
"""
