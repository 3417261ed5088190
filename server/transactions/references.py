"""The accounts and categories a transaction write names, read in one statement.

A write needs, of each, only whether the user may use it and a few columns, so they come as
rows of one UNION ALL (one round trip) instead of ORM objects loaded one query each."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, literal, null, or_, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import Account, Category

_USER = bindparam("b_user")
_STATEMENT = union_all(
    select(
        literal("account").label("what"),
        Account.id,
        Account.currency_code,
        null().label("kind"),
        null().label("archived"),
    ).where(
        Account.id.in_(bindparam("b_accounts", expanding=True)),
        Account.user_id == _USER,
        Account.deleted_at.is_(None),
    ),
    select(
        literal("category"),
        Category.id,
        null(),
        Category.kind,
        Category.archived,
    ).where(
        Category.id.in_(bindparam("b_categories", expanding=True)),
        or_(Category.user_id.is_(None), Category.user_id == _USER),  # system ones and the user's
    ),
)


@dataclass(frozen=True)
class References:
    accounts: dict[uuid.UUID, Any]  # rows with .id and .currency_code
    categories: dict[uuid.UUID, Any]  # rows with .id, .kind and .archived


async def load(
    s: AsyncSession, user_id: uuid.UUID, accounts: Collection[uuid.UUID], categories: Collection[uuid.UUID]
) -> References:
    found = References({}, {})
    if not accounts and not categories:
        return found
    params = {"b_user": user_id, "b_accounts": list(accounts), "b_categories": list(categories)}
    for row in await s.execute(_STATEMENT, params):
        (found.accounts if row.what == "account" else found.categories)[row.id] = row
    return found
