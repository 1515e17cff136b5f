"""The day a message was said, against which its relative dates are read ("tmrw", "in 10
days", "next tue", "make it thursday"): the conversation's today (the settings' as-of date,
else the calendar's), never the day of the earlier write the message changes — a call logged
on Monday and corrected on Wednesday with "make it tmrw" means Thursday, not Tuesday — nor a
date said in an earlier turn. The corrected call keeps the day it happened (its own `as_of`).
"""

from __future__ import annotations

import datetime as dt


def day_said() -> dt.date:
    """Today, as the conversation's relative dates are read."""
    from knowledge.settings import get_settings

    return get_settings().today()
