"""SQL for accounts: the one place that knows the accounts table."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import Account


def _live(user_id: uuid.UUID) -> tuple[Any, ...]:
    return (Account.user_id == user_id, Account.deleted_at.is_(None))


async def add(s: AsyncSession, account: Account) -> None:
    s.add(account)
    await s.flush()


async def get(
    s: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID, *, for_update: bool = False
) -> Account | None:
    query = select(Account).where(Account.id == account_id, *_live(user_id))
    if for_update:
        query = query.with_for_update()
    result: Account | None = await s.scalar(query)
    return result


async def count_live(s: AsyncSession, user_id: uuid.UUID) -> int:
    return int(await s.scalar(select(func.count()).select_from(Account).where(*_live(user_id))) or 0)


async def list_page(
    s: AsyncSession, user_id: uuid.UUID, after: uuid.UUID | None, limit: int, include_archived: bool
) -> Sequence[Account]:
    query = select(Account).where(*_live(user_id)).order_by(Account.id).limit(limit)
    if after is not None:
        query = query.where(Account.id > after)
    if not include_archived:
        query = query.where(Account.archived.is_(False))
    return (await s.scalars(query)).all()


async def clear_default(s: AsyncSession, user_id: uuid.UUID, keep: uuid.UUID) -> None:
    await s.execute(
        update(Account)
        .where(*_live(user_id), Account.is_default.is_(True), Account.id != keep)
        .values(is_default=False, version=Account.version + 1, updated_at=dt.datetime.now(dt.UTC))
    )
