"""SQL for budgets and the spending they measure."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import Budget, Transaction, TransactionSplit

EXPENSE = 2


async def get(s: AsyncSession, user_id: uuid.UUID, budget_id: uuid.UUID) -> Budget | None:
    found: Budget | None = await s.scalar(
        select(Budget).where(Budget.id == budget_id, Budget.user_id == user_id)
    )
    return found


async def count(s: AsyncSession, user_id: uuid.UUID) -> int:
    return int(await s.scalar(select(func.count()).where(Budget.user_id == user_id)) or 0)


async def list_page(
    s: AsyncSession, user_id: uuid.UUID, after: uuid.UUID | None, limit: int
) -> Sequence[Budget]:
    query = select(Budget).where(Budget.user_id == user_id).order_by(Budget.id).limit(limit)
    if after is not None:
        query = query.where(Budget.id > after)
    return (await s.scalars(query)).all()


async def spent(
    s: AsyncSession,
    user_id: uuid.UUID,
    category_ids: Sequence[uuid.UUID],
    currency: str,
    start: dt.date,
    end: dt.date,
) -> int:
    """Live expenses in `currency` between the days (inclusive) in the categories: whole
    transactions by their category, split ones by their lines. Summed in SQL."""
    in_period = (
        Transaction.user_id == user_id,
        Transaction.kind == EXPENSE,
        Transaction.deleted_at.is_(None),
        Transaction.currency_code == currency,
        Transaction.occurred_on.between(start, end),
    )
    whole = select(func.coalesce(func.sum(Transaction.amount_minor), 0)).where(
        *in_period, Transaction.category_id.in_(category_ids)
    )
    split = (
        select(func.coalesce(func.sum(TransactionSplit.amount_minor), 0))
        .join(Transaction, Transaction.id == TransactionSplit.transaction_id)
        .where(*in_period, TransactionSplit.category_id.in_(category_ids))
    )
    return int(await s.scalar(whole) or 0) + int(await s.scalar(split) or 0)
