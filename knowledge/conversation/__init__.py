"""The conversation's state: which customer, what was shown and what was written (state.py),
and the customer a pronoun or a place on the list means (focus.py)."""
