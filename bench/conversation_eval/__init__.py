"""Conversation evaluation: advisor messages through the real REST channel, and the database
effect of each conversation judged right / wrong / harmful (README.md)."""
