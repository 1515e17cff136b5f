"""The import's currency check: the data's currencies against the configured CURRENCY."""

from __future__ import annotations

from collections import Counter

from knowledge.settings import MONEY_THRESHOLDS, get_settings


def currency_warnings(currencies: Counter[str]) -> list[str]:
    """The data's currencies against the configured one. Amounts are never converted: reasons
    speak each holding's currency and judge it against that currency's money thresholds
    (Settings.money_threshold), but a currency with no threshold known raises no money alarm,
    and other texts (WOCAS costs) are in CURRENCY."""
    settings = get_settings()
    configured = settings.currency
    other = {code: n for code, n in currencies.items() if code != configured}
    if not other:
        return []
    listed = ", ".join(f"{n:,} in {code}" for code, n in sorted(other.items()))
    warnings = [f"{listed} of {sum(currencies.values()):,} amounts, but CURRENCY is "
                f"{configured}: the call list uses each holding's currency, other texts show "
                f"{configured}. Set CURRENCY to the bank's currency (amounts are not "
                "converted)."]
    unknown = sorted(code for code in other
                     if any(settings.money_threshold(n, code) is None for n in MONEY_THRESHOLDS))
    if unknown:
        names = " and ".join(f"{n.upper()}_BY_CURRENCY" for n in MONEY_THRESHOLDS)
        warnings.append(f"No money thresholds known for {', '.join(unknown)}: no unusual-flow "
                        f"or dormant-balance alarm in it until {names} give them "
                        f"(e.g. {unknown[0]}=...).")
    return warnings
