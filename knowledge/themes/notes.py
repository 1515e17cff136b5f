"""A theme change written as a note at the end of the theme's name: "card blocked theme -> in
prog", "fingerprint login theme: resolved ✅", "loan application theme - BO: M001". Such a
message asks for the change, not for the theme's detail; a question never does.
"""

from __future__ import annotations

import re

# A change written as a note at the end: "card blocked theme -> in prog", "… theme: resolved ✅",
# "loan application theme - BO: M001" (never a question).
_STATED = re.compile(
    r"(?:->|→|=>|:|\s[-–—])\s*(?:(?P<status>in[\s-]?prog\w*|in progress|wip|resolved|re-?opened|"
    r"open|closed|done|fixed)|(?P<role>bo|so|business owner|solution owner)\s*[:=]?\s*[\w.]+"
    r"(?:\s+[\w.]+)?)\s*[.!✅☑️]*\s*$", re.IGNORECASE)


def stated_change(text: str | None) -> str | None:
    """ "status" or "owner" when the message ends in a theme change written as a note."""
    found = _STATED.search(text or "")
    if found is None or "?" in (text or ""):
        return None
    return "status" if found.group("status") else "owner"
