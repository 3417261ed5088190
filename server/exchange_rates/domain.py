"""Exchange-rate rules: exact decimal rates (scaled by 10^9, never floats) between two
different supported currencies."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy.ext.asyncio import AsyncSession

from server import currencies
from server.db.tables import ExchangeRate
from server.errors import invalid
from server.exchange_rates import repository

RATE_SCALE = 10**9
MAX_RATE_NANOS = 10**18


def parse_rate(text: str) -> int:
    """`text` as units of 10^-9, exactly; positive and below 10^9."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise invalid("rate", "is not a decimal number") from None
    nanos = value.scaleb(9)
    if nanos != nanos.to_integral_value():
        raise invalid("rate", "has more than 9 fractional digits")
    if not 0 < nanos < MAX_RATE_NANOS:
        raise invalid("rate", "must be positive and below 1,000,000,000")
    return int(nanos)


def format_rate(rate_nanos: int) -> str:
    whole, fraction = divmod(rate_nanos, RATE_SCALE)
    digits = f"{fraction:09d}".rstrip("0")
    return f"{whole}.{digits}" if digits else str(whole)


async def set_rate(
    s: AsyncSession, user_id: uuid.UUID, currency: str, base: str, effective_on: dt.date, rate: str
) -> ExchangeRate:
    for field, code in (("currency_code", currency), ("base_currency_code", base)):
        if not currencies.is_known(code):
            raise invalid(field, f"{code} is not a supported currency")
    if currency == base:
        raise invalid("base_currency_code", "must differ from currency_code")
    return await repository.upsert(s, user_id, currency, base, effective_on, parse_rate(rate))
