"""The advisor unsure whether the customer said it at all ("maybe she said …", "not sure if
he …", "if she calls again …"): feedback so framed is shown for a yes, never stored unasked."""

from __future__ import annotations

import re

from knowledge.writes.unsure import CONDITION, HEDGE, Unsure, unsure_about


def advisor_unsure(text: str | None) -> Unsure | None:
    """The advisor unsure whether the customer said it at all ("maybe she said …", "not sure
    if he …", "if she calls again …"): a hedge or condition about the customer opening the
    statement. The customer's own words may hold any of them (“I think your fees are too
    high”, “I will close my account if …”), so only the advisor's framing counts."""
    opening = _HEARSAY.match(text or "")
    if opening is None:
        return None
    return unsure_about(opening.group(0), kinds=(HEDGE, CONDITION))


_HEARSAY = re.compile(
    r"^\s*(?:maybe|perhaps|probably|apparently|not sure(?: if| whether| but)?|i think|i guess|"
    r"i believe|if|once|in case)\s+(?:she|he|they|the (?:customer|client))\b[^.,;!?]*",
    re.IGNORECASE)
