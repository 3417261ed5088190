"""SQL for exchange rates: upsert, lookup by id, keyset list, and the rates in force on a day."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import ExchangeRate
from server.ids import uuid7

Key = tuple[str, str, dt.date]


async def get_for_update(
    s: AsyncSession, user_id: uuid.UUID, currency: str, base: str, effective_on: dt.date
) -> ExchangeRate | None:
    return await s.get(ExchangeRate, (user_id, base, currency, effective_on), with_for_update=True)


async def get_by_id_for_update(
    s: AsyncSession, user_id: uuid.UUID, rate_id: uuid.UUID
) -> ExchangeRate | None:
    query = select(ExchangeRate).where(ExchangeRate.user_id == user_id, ExchangeRate.id == rate_id)
    row: ExchangeRate | None = await s.scalar(query.with_for_update())
    return row


async def upsert(
    s: AsyncSession,
    user_id: uuid.UUID,
    currency: str,
    base: str,
    effective_on: dt.date,
    rate_nanos: int,
    row: ExchangeRate | None,
) -> ExchangeRate:
    """Replaces `row` (the key's current rate, locked) or, when None, adds the key's first."""
    now = dt.datetime.now(dt.UTC)
    if row is None:
        row = ExchangeRate(
            id=uuid7(),
            user_id=user_id,
            base_currency_code=base,
            currency_code=currency,
            effective_on=effective_on,
            rate_nanos=rate_nanos,
            version=1,
            updated_at=now,
        )
        s.add(row)
    else:
        row.rate_nanos, row.updated_at = rate_nanos, now
        row.version += 1
    await s.flush()
    return row


async def list_page(
    s: AsyncSession, user_id: uuid.UUID, base: str, after: Key | None, limit: int
) -> Sequence[ExchangeRate]:
    key = (ExchangeRate.base_currency_code, ExchangeRate.currency_code, ExchangeRate.effective_on)
    query = select(ExchangeRate).where(ExchangeRate.user_id == user_id).order_by(*key).limit(limit)
    if base:
        query = query.where(ExchangeRate.base_currency_code == base)
    if after is not None:
        query = query.where(tuple_(*key) > tuple_(*after))
    return (await s.scalars(query)).all()


def ranked(currencies: Any, day: Any) -> Any:
    """The user's (b_user) rates into b_base of `currencies` (a list parameter or a subquery)
    effective by `day`, numbered per currency newest first (rank 1: the rate in force)."""
    rates = ExchangeRate.__table__.c
    return select(
        rates.currency_code,
        rates.rate_nanos,
        rates.effective_on,
        func.row_number()
        .over(partition_by=rates.currency_code, order_by=rates.effective_on.desc())
        .label("rank"),
    ).where(
        rates.user_id == bindparam("b_user"),
        rates.base_currency_code == bindparam("b_base"),
        rates.currency_code.in_(currencies),
        rates.effective_on <= day,
    )


def _in_force() -> Any:
    """Built once (the dashboard's path runs it on every uncached call), on the Core table."""
    currencies = bindparam("b_currencies", expanding=True)  # varies per call
    newest = ranked(currencies, bindparam("b_day")).subquery()
    return select(newest.c.currency_code, newest.c.rate_nanos, newest.c.effective_on).where(
        newest.c.rank == 1
    )


_IN_FORCE = _in_force()


async def in_force(
    s: AsyncSession, user_id: uuid.UUID, base: str, currencies: Sequence[str], day: dt.date
) -> dict[str, tuple[int, dt.date]]:
    """Per currency, the latest rate into `base` effective on or before `day`."""
    if not currencies:
        return {}
    params = {"b_user": user_id, "b_base": base, "b_currencies": list(currencies), "b_day": day}
    rows = await s.execute(_IN_FORCE, params)
    return {code: (int(rate), _as_date(on)) for code, rate, on in rows}


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
