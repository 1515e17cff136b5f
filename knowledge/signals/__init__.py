"""The nightly signal refresh: per-customer transaction aggregates the call list reads."""
