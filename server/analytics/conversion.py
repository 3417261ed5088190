"""Converting per-currency totals into a base currency exactly: integer arithmetic on minor
units and rates scaled by 10^9, rounded half-even to the base currency's minor unit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from server import currencies
from server.exchange_rates.domain import RATE_SCALE


def divide_half_even(numerator: int, denominator: int) -> int:
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder > denominator or (2 * remainder == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient if numerator >= 0 else -quotient


@dataclass(frozen=True)
class Converter:
    """Rates in force on `as_of`: currency -> (rate * 10^9, effective date)."""

    base: str
    as_of: dt.date
    rates: Mapping[str, tuple[int, dt.date]]
    involved: tuple[str, ...]

    @property
    def missing(self) -> list[str]:
        return sorted(c for c in self.involved if c != self.base and c not in self.rates)

    @property
    def complete(self) -> bool:
        return not self.missing

    def convert(self, amount_minor: int, currency: str) -> int:
        if currency == self.base:
            return amount_minor
        exponents = currencies.exponents()
        rate, _ = self.rates[currency]
        return divide_half_even(
            amount_minor * rate * 10 ** exponents[self.base], RATE_SCALE * 10 ** exponents[currency]
        )

    def total(self, amounts: Iterable[tuple[str, int]]) -> int:
        """Each currency's amount converted, then summed (call only when `complete`)."""
        return sum(self.convert(amount, currency) for currency, amount in amounts)
