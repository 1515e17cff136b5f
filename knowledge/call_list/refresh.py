"""`advisor refresh`: precompute the bank-wide, transaction-heavy parts of the call list."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from knowledge.call_list.offers import association_rules, clear_rules_cache
from knowledge.call_list.signals_money import LIFE_EVENTS
from knowledge.signal_cache import RefreshReport, refresh_signals
from knowledge.tiers import clear_bank_cache, tier_cutoffs


def refresh_bank(*, session: Session, as_of: dt.date) -> RefreshReport:
    """Whole-bank signal refresh for `as_of`; call lists of that day then read the cache."""
    words = [str(w) for spec in LIFE_EVENTS.values() for w in spec["keywords"]]
    report = refresh_signals(session=session, as_of=as_of, life_event_words=words)
    clear_bank_cache()
    clear_rules_cache()
    tier_cutoffs(session=session, as_of=as_of)  # warm this process's caches
    association_rules(session=session, as_of=as_of)
    return report
