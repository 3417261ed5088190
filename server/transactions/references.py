"""The accounts and categories a transaction write names, read in one round trip.

A write needs, of each, only whether the user may use it and a few columns: rows, not ORM
objects. On PostgreSQL the reads are pipelined (server/db/pipeline.py), so the transaction's
BEGIN travels with them: a create reads everything it checks in one round trip."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import bindparam, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from server.db import pipeline
from server.db.tables import Account, Budget, Category, RuleSet

# At most two accounts (a transfer's); pipelined statements take no IN-list parameters.
_ACCOUNTS = select(Account.id, Account.currency_code).where(
    Account.id.in_(
        [bindparam("b_account", type_=Account.id.type), bindparam("b_other", type_=Account.id.type)]
    ),
    Account.user_id == bindparam("b_user"),
    Account.deleted_at.is_(None),
)
_CATEGORY = select(Category.id, Category.kind, Category.archived).where(
    Category.id == bindparam("b_category"),
    or_(Category.user_id.is_(None), Category.user_id == bindparam("b_user")),  # system ones and the user's
)


# The user's rule-set version (server/rule_engine/loader.py), read with the rest: a create with no
# rules then costs no round trip more than before rules existed.
_RULES_VERSION = select(RuleSet.version).where(RuleSet.user_id == bindparam("b_user"))
# Whether the user has a budget that alerts: most do not, and their creates then skip the
# alert claims at commit (server/ledger_version.py: no_alerting_budgets).
_ALERTING = select(exists().where(Budget.user_id == bindparam("b_user"), Budget.alert_threshold_percent > 0))


@dataclass(frozen=True)
class AccountRef:
    id: uuid.UUID
    currency_code: str


@dataclass(frozen=True)
class CategoryRef:
    id: uuid.UUID
    kind: int
    archived: bool


@dataclass(frozen=True)
class References:
    accounts: dict[uuid.UUID, AccountRef]
    categories: dict[uuid.UUID, CategoryRef]
    rules_version: int | None = None  # None: the user never had a rule
    alerting_budgets: bool | None = None  # None: not read


async def load(
    s: AsyncSession,
    user_id: uuid.UUID,
    accounts: Collection[uuid.UUID],
    categories: Collection[uuid.UUID],
    *,
    rules_version: bool = False,
) -> References:
    """`rules_version`: also read the user's rule-set version and whether any budget of theirs
    alerts (a create, which runs rules and may cross a budget's threshold)."""
    account_ids = sorted(accounts)  # one, or a transfer's two
    steps = [
        pipeline.Step(
            _ACCOUNTS, {"b_user": user_id, "b_account": account_ids[0], "b_other": account_ids[-1]}
        ),
        *(pipeline.Step(_CATEGORY, {"b_user": user_id, "b_category": c}) for c in categories),
        *(
            [
                pipeline.Step(_RULES_VERSION, {"b_user": user_id}),
                pipeline.Step(_ALERTING, {"b_user": user_id}),
            ]
            if rules_version
            else []
        ),
    ]

    def read(session: Session) -> list[pipeline.Outcome]:
        return pipeline.run(session.connection(), steps)

    outcomes = await s.run_sync(read)
    found_accounts, found_categories = outcomes[0], outcomes[1 : 1 + len(categories)]
    version_rows = outcomes[-2].rows if rules_version else []
    return References(
        {row[0]: AccountRef(*row) for row in found_accounts.rows},
        {
            row[0]: CategoryRef(row[0], row[1], bool(row[2]))
            for outcome in found_categories
            for row in outcome.rows
        },
        rules_version=version_rows[0][0] if version_rows else None,
        alerting_budgets=bool(outcomes[-1].rows[0][0]) if rules_version else None,
    )
