"""Calendar rules the whole product shares, so the call list and the profile never disagree."""

from __future__ import annotations

import datetime as dt


def next_birthday(birth_date: dt.date, as_of: dt.date) -> dt.date:
    """The next anniversary of `birth_date` on or after `as_of`."""
    for year in (as_of.year, as_of.year + 1):
        try:
            candidate = birth_date.replace(year=year)
        except ValueError:  # 29 February in a common year: celebrated on 28 February
            candidate = dt.date(year, 2, 28)
        if candidate >= as_of:
            return candidate
    raise AssertionError("an anniversary within two calendar years always exists")
