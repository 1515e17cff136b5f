"""The import's currency check: the data's currencies against the configured CURRENCY."""

from __future__ import annotations

from collections import Counter

from knowledge.settings import get_settings


def currency_warnings(currencies: Counter[str]) -> list[str]:
    """The data's currencies against the configured one: texts and money thresholds are in
    CURRENCY, so a bank whose data is in another currency must say so (nothing is converted)."""
    configured = get_settings().currency
    other = {code: n for code, n in currencies.items() if code != configured}
    if not other:
        return []
    listed = ", ".join(f"{n:,} in {code}" for code, n in sorted(other.items()))
    return [f"{listed} of {sum(currencies.values()):,} amounts, but CURRENCY is {configured}: "
            f"texts would show {configured} and the money thresholds (FLOW_MIN_AMOUNT, "
            f"DORMANT_MIN_BALANCE) are sized for it. Set CURRENCY to the bank's currency "
            "(amounts are not converted)."]
