"""Analytics rules that need no SQL: which days a request covers, which base currency and
rates convert it, and the exact integer arithmetic of shares and averages."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from server import currencies
from server.analytics import periods
from server.analytics.conversion import Converter, divide_half_even
from server.errors import invalid
from server.exchange_rates import repository as rates
from server.money import INT64_MAX


def basis_points(part: int, whole: int) -> int:
    """part / whole in basis points, rounded toward zero; 0 when whole is 0. Saturates at
    the int64 range (a savings rate of 1 minor unit of income against 10^15 spent)."""
    if whole == 0:
        return 0
    value = min(abs(part) * 10_000 // abs(whole), INT64_MAX)
    return value if (part >= 0) == (whole >= 0) else -value


def average(total: int, count: int) -> int:
    return divide_half_even(total, count) if count else 0


async def converter(
    s: AsyncSession, user_id: uuid.UUID, base: str, as_of: dt.date, involved: Iterable[str]
) -> Converter:
    """`base`: the requested base currency, else the caller's profile one."""
    wanted = tuple(sorted(set(involved)))
    found = await rates.in_force(s, user_id, checked_base(base), [c for c in wanted if c != base], as_of)
    return Converter(base, as_of, found, wanted)


def checked_base(base: str) -> str:
    if not currencies.is_known(base):
        raise invalid("base_currency_code", f"{base} is not a supported currency")
    return base


def dashboard_periods(
    kind: int, day: dt.date, custom: tuple[dt.date, dt.date] | None
) -> tuple[periods.Range, periods.Range]:
    if kind == periods.CUSTOM:
        if custom is None:
            raise invalid("custom_range", "is required for ANALYTICS_PERIOD_CUSTOM")
        current = periods.checked(*custom, "custom_range")
    else:
        current = periods.period_of(kind, day)
    return current, periods.previous(kind, current)
