"""Median and MAD of every customer's monthly flows at once, with Decimal's exact text.

The live path (knowledge.signals.scan) computes a customer's baseline with `statistics.median`
over Decimal cents; the whole-bank refresh must store exactly the same text ("120.015" and
"0" and "0.00" are different strings), but building Decimals for 100k customers costs
seconds. So values travel here as integers in units of 10^-4 with the exponent Decimal
would give them, and the Decimal rules are applied to whole columns:

- a month is `Decimal(cents) / 100` (exponent -2), or exactly `0` (exponent 0) when the
  customer moved nothing that month;
- a + b takes the smaller exponent; |a - b| too;
- (a + b) / 2 is exact: it keeps the exponent while the coefficient is even and needs one
  more digit when it is odd.

Equal values always carry equal exponents within one customer's list (zeros are exponent 0
unless the median is a non-zero, then every deviation shares the median's exponent), so a
sort by value alone picks the same elements `statistics.median` picks.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

_DIGITS = 4  # fractional digits carried: cents (2), a half cent (3), half of that (4)
_SCALE = 10**_DIGITS
SCALE = _SCALE  # units of a value here per currency unit
_MISSING = np.iinfo(np.int64).max  # sorts after every real value


class Robust(NamedTuple):
    """Per customer: the median and the MAD, each a value in units of 10^-4 and its exponent."""

    median: np.ndarray
    median_exp: np.ndarray
    mad: np.ndarray
    mad_exp: np.ndarray


def _halve(value: np.ndarray, exp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Decimal's exact x / 2: the same exponent for an even coefficient, one digit more else."""
    coefficient = value // np.power(10, _DIGITS + exp)
    odd = (coefficient % 2).astype(exp.dtype)
    return value // 2, exp - odd


def _middle(
    values: np.ndarray, exps: np.ndarray, counts: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The median of the first `counts[i]` entries of each row (statistics.median's rule)."""
    order = np.argsort(values, axis=1, kind="stable")
    ordered = np.take_along_axis(values, order, axis=1)
    ordered_exp = np.take_along_axis(exps, order, axis=1)
    rows = np.arange(len(values))
    low = np.maximum((counts - 1) // 2, 0)
    high = np.maximum(counts // 2, 0)
    a, b = ordered[rows, low], ordered[rows, high]
    ea, eb = ordered_exp[rows, low], ordered_exp[rows, high]
    half, half_exp = _halve(a + b, np.minimum(ea, eb))
    odd = counts % 2 == 1
    value = np.where(odd, a, half)
    exp = np.where(odd, ea, half_exp)
    none = counts == 0  # statistics.median of nothing: the code's Decimal(0)
    return np.where(none, 0, value), np.where(none, 0, exp)


def median_and_mad(cents: np.ndarray, months: np.ndarray) -> Robust:
    """`cents` (customers × months, whole cents >= 0, month 1 first); `months[i]` of them count.

    Returns what `_stats` of knowledge.signals.scan computes per customer: the median of the
    counted months and the median absolute deviation from it.
    """
    cents = np.asarray(cents, dtype=np.int64)
    months = np.asarray(months, dtype=np.int64)
    counted = np.arange(cents.shape[1])[None, :] < months[:, None]
    values = np.where(counted, cents * (_SCALE // 100), _MISSING)
    exps = np.where(cents == 0, 0, -2).astype(np.int64)
    median, median_exp = _middle(values, exps, months)
    deviation = np.where(counted, np.abs(values - median[:, None]), _MISSING)
    deviation_exp = np.minimum(exps, median_exp[:, None])
    mad, mad_exp = _middle(deviation, deviation_exp, months)
    return Robust(median, median_exp, mad, mad_exp)


_FRACTIONS = {d: [f"{i:0{d}d}" for i in range(10**d)] for d in range(1, _DIGITS + 1)}


def decimal_texts(values: np.ndarray, exps: np.ndarray) -> list[str]:
    """str(Decimal) of non-negative values in units of 10^-4, each with its exponent
    (0 to -4): "0", "120.015", "0.00"."""
    digits = np.maximum(-np.asarray(exps, dtype=np.int64), 0)
    coefficient = np.asarray(values, dtype=np.int64) // np.power(10, _DIGITS - digits)
    whole, fraction = np.divmod(coefficient, np.power(10, digits))
    return [
        f"{w}.{_FRACTIONS[d][f]}" if d else str(w)
        for w, f, d in zip(whole.tolist(), fraction.tolist(), digits.tolist(), strict=True)
    ]


def cents_texts(cents: np.ndarray) -> list[str]:
    """str(Decimal(cents).scaleb(-2)) of non-negative whole cents."""
    cents = np.asarray(cents, dtype=np.int64)
    return decimal_texts(cents * (_SCALE // 100), np.full(len(cents), -2))


def month_texts(cents: np.ndarray) -> list[str]:
    """str() of monthly totals as the live scan builds them: exactly `0` for a quiet month,
    whole cents (exponent -2) otherwise."""
    cents = np.asarray(cents, dtype=np.int64)
    return decimal_texts(cents * (_SCALE // 100), np.where(cents == 0, 0, -2))
