"""SQL for transactions and balance movements: the one place that knows the ledger tables."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, insert, or_, select, text, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from server import ledger_version
from server.db import pipeline, sums
from server.db.tables import Transaction, TransactionSplit, TransactionTag


@dataclass(frozen=True)
class Filters:
    account_id: uuid.UUID | None = None
    category_ids: tuple[uuid.UUID, ...] = ()
    kind: int = 0
    from_date: dt.date | None = None
    to_date: dt.date | None = None
    amount_currency: str = ""  # set with min_amount or max_amount: only that currency matches
    min_amount: int | None = None
    max_amount: int | None = None
    tag: str = ""
    query: str = ""
    show_deleted: bool = False
    import_batch_id: uuid.UUID | None = None
    status: int = 0


def insert_at_commit(s: AsyncSession, transaction: Transaction) -> None:
    """The new transaction, its split lines and its tags, inserted with the statements that end
    the write (server/db/pipeline.py) instead of a flush of their own: one round trip less.
    The rollup and version see it as they see a flushed row (ledger_version.note_new)."""
    session = s.sync_session
    pipeline.at_commit(session, (_INSERT_TRANSACTION, _values(transaction)))
    for line in transaction.splits:
        line.transaction_id = transaction.id
        pipeline.at_commit(session, (_INSERT_SPLIT, _values(line)))
    for tag in transaction.tag_rows:
        tag.transaction_id = transaction.id
        pipeline.at_commit(session, (_INSERT_TAG, _values(tag)))
    ledger_version.note_new(session, transaction)


_INSERT_TRANSACTION, _INSERT_SPLIT, _INSERT_TAG = (
    insert(t) for t in (Transaction, TransactionSplit, TransactionTag)
)


def _values(row: Any) -> dict[str, Any]:
    """Every column of an unsaved row; the column's default where the row left it unset."""
    values = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        if value is None and column.default is not None and column.default.is_scalar:
            value = column.default.arg
        values[column.key] = value
    return values


async def get(
    s: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, *, for_update: bool = False
) -> Transaction | None:
    query = select(Transaction).where(Transaction.id == transaction_id, Transaction.user_id == user_id)
    if for_update:
        query = query.with_for_update()
    found: Transaction | None = await s.scalar(query)
    return found


async def external_id_holder(s: AsyncSession, account_id: uuid.UUID, external_id: str) -> uuid.UUID | None:
    """The transaction of the account (deleted or not) that has `external_id`."""
    found: uuid.UUID | None = await s.scalar(
        select(Transaction.id).where(
            Transaction.account_id == account_id, Transaction.external_id == external_id
        )
    )
    return found


def _escape_like(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(user_id: uuid.UUID, f: Filters) -> Any:
    query = select(Transaction).where(Transaction.user_id == user_id)
    if not f.show_deleted:
        query = query.where(Transaction.deleted_at.is_(None))
    if f.account_id is not None:
        query = query.where(
            or_(Transaction.account_id == f.account_id, Transaction.to_account_id == f.account_id)
        )
    if f.category_ids:
        in_split = exists().where(
            TransactionSplit.transaction_id == Transaction.id,
            TransactionSplit.category_id.in_(f.category_ids),
        )
        query = query.where(or_(Transaction.category_id.in_(f.category_ids), in_split))
    if f.kind:
        query = query.where(Transaction.kind == f.kind)
    if f.from_date is not None:
        query = query.where(Transaction.occurred_on >= f.from_date)
    if f.to_date is not None:
        query = query.where(Transaction.occurred_on <= f.to_date)
    if f.amount_currency:
        query = query.where(Transaction.currency_code == f.amount_currency)
    if f.min_amount is not None:
        query = query.where(Transaction.amount_minor >= f.min_amount)
    if f.max_amount is not None:
        query = query.where(Transaction.amount_minor <= f.max_amount)
    if f.import_batch_id is not None:
        query = query.where(Transaction.import_batch_id == f.import_batch_id)
    if f.status:
        query = query.where(Transaction.status == f.status)
    if f.tag:
        query = query.where(
            exists().where(TransactionTag.transaction_id == Transaction.id, TransactionTag.tag == f.tag)
        )
    if f.query:
        pattern = f"%{_escape_like(f.query)}%"
        query = query.where(
            or_(
                Transaction.payee.ilike(pattern, escape="\\"),
                Transaction.description.ilike(pattern, escape="\\"),
                Transaction.notes.ilike(pattern, escape="\\"),
            )
        )
    return query


async def list_page(
    s: AsyncSession, user_id: uuid.UUID, f: Filters, after: tuple[dt.date, uuid.UUID] | None, limit: int
) -> Sequence[Transaction]:
    """Newest first by (occurred_on, id); keyset, so page 1,000 costs what page 1 costs."""
    query = _filtered(user_id, f)
    if after is not None:
        query = query.where(tuple_(Transaction.occurred_on, Transaction.id) < tuple_(*after))
    query = query.order_by(Transaction.occurred_on.desc(), Transaction.id.desc()).limit(limit)
    return (await s.scalars(query)).all()


# Postings are summed as high and low 32-bit parts, joined in Python (server/db/sums.py).
INVARIANT_SQL = text(
    f"""
    SELECT a.id, a.user_id, a.current_balance_minor, a.opening_balance_minor,
           SUM(m.amount / {sums.SPLIT}), SUM(m.amount % {sums.SPLIT})
    FROM accounts a
    LEFT JOIN (
        SELECT account_id AS account_id,
               CASE WHEN kind = 1 THEN amount_minor ELSE -amount_minor END AS amount
        FROM transactions WHERE deleted_at IS NULL
        UNION ALL
        SELECT to_account_id, to_amount_minor
        FROM transactions WHERE deleted_at IS NULL AND to_account_id IS NOT NULL
    ) m ON m.account_id = a.id
    GROUP BY a.id, a.user_id, a.current_balance_minor, a.opening_balance_minor
    """
)


async def balance_mismatches(s: AsyncSession) -> list[tuple[Any, Any, int, int]]:
    """Accounts whose balance is not opening balance + the sum of their live postings."""
    found = []
    for account_id, user_id, balance, opening, high, low in await s.execute(INVARIANT_SQL):
        expected = int(opening) + sums.joined(high, low)
        if int(balance) != expected:
            found.append((account_id, user_id, int(balance), expected))
    return found
