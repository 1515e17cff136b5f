"""Who should I call today? Signals, ranking, offers, market events and call outcomes
(what advisors say about their calls in chat is `knowledge.call_reports`)."""

from knowledge.call_list.ranking import (
    CallList,
    CallListItem,
    NoBook,
    NotAllowed,
    UnknownStaff,
    call_list,
    explain_customer,
    reasons_for_customer,
)
from knowledge.call_list.reasons import REASON_CODES, Reason

__all__ = [
    "REASON_CODES",
    "CallList",
    "CallListItem",
    "NoBook",
    "NotAllowed",
    "Reason",
    "UnknownStaff",
    "call_list",
    "explain_customer",
    "reasons_for_customer",
]
