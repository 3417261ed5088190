"""Exchange-rate rules: exact decimal rates (scaled by 10^9, never floats) between two
different supported currencies."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy.ext.asyncio import AsyncSession

from server import currencies
from server.db.tables import ExchangeRate
from server.errors import DomainError, check_etag, invalid, not_found
from server.exchange_rates import repository
from server.ids import require_uuid

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


def etag(rate: ExchangeRate) -> str:
    """Id and version together: a key deleted and set again starts over at version 1, and its
    old etag must not match the new rate."""
    return hashlib.sha256(f"{rate.id}/{rate.version}".encode()).hexdigest()[:16]


async def set_rate(
    s: AsyncSession,
    user_id: uuid.UUID,
    currency: str,
    base: str,
    effective_on: dt.date,
    rate: str,
    given_etag: str,
) -> ExchangeRate:
    for field, code in (("currency_code", currency), ("base_currency_code", base)):
        if not currencies.is_known(code):
            raise invalid(field, f"{code} is not a supported currency")
    if currency == base:
        raise invalid("base_currency_code", "must differ from currency_code")
    nanos = parse_rate(rate)
    row = await repository.get_for_update(s, user_id, currency, base, effective_on)
    if given_etag:
        if row is None:  # an etag only preconditions a replacement
            key = {"currency_code": currency, "base_currency_code": base, "effective_date": str(effective_on)}
            raise DomainError("EXCHANGE_RATE_NOT_FOUND", metadata=key)
        check_etag(given_etag, etag(row), "exchangeRates", str(row.id))
    return await repository.upsert(s, user_id, currency, base, effective_on, nanos, row)


async def delete(s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str) -> None:
    row = await repository.get_by_id_for_update(s, user_id, require_uuid(id_text, "id"))
    if row is None:
        raise not_found("EXCHANGE_RATE_NOT_FOUND", id_text)
    check_etag(given_etag, etag(row), "exchangeRates", id_text)
    # A deleted row counts as a ledger change (server/ledger_version.py): cached analytics
    # that converted with this rate go stale in the same commit.
    await s.delete(row)
    await s.flush()
