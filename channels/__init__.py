"""Slack and Microsoft Teams: Rasa input channels, rich rendering and outbound messages.

Two interpreters import this package: the Rasa server (Python 3.10, `channels.slack`,
`channels.teams`) and the app (Python 3.11: `channels.render` from the actions,
`channels.outbound` from `advisor digest send`). So modules here import nothing from
`knowledge` and stay Python 3.10-compatible; `channels.render` is pure (standard library).
"""
