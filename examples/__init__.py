"""Worked examples of mapping a bank's own extract to the interchange format."""
