"""Local fakes of Slack's Web API and the Bot Framework, on loopback, for tests without the
internet. Each checks what the real service checks (tokens, required fields, limits) and
records what it received, so tests assert on what a user would have seen."""
