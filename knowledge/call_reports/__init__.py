"""The call list in chat, and the calls advisors report, correct and plan: read and stored."""
