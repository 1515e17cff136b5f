"""Forgetting a customer everywhere (`advisor forget`)."""
