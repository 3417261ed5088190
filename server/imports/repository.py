"""SQL of statement imports: the imports, their chunks and row outcomes, and the reads the
matching needs from the ledger. The only module of server/imports/ that knows tables."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, delete, func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import (
    ImportChunk,
    ImportRowResult,
    StatementImport,
    Transaction,
    TransactionSplit,
    TransactionTag,
)
from server.imports.matching import Candidate, normalised_payee
from server.transactions.domain import INCOME, TRANSFER


async def get(
    s: AsyncSession, user_id: uuid.UUID, import_id: uuid.UUID, *, for_update: bool = False
) -> StatementImport | None:
    """The user's import; with `for_update` its row is locked, so writers of one import queue."""
    query = select(StatementImport).where(StatementImport.id == import_id, StatementImport.user_id == user_id)
    if for_update:
        query = query.with_for_update()
    found: StatementImport | None = await s.scalar(query)
    return found


async def chunk_digest(s: AsyncSession, import_id: uuid.UUID, index: int) -> bytes | None:
    digest: bytes | None = await s.scalar(
        select(ImportChunk.sha256).where(ImportChunk.import_id == import_id, ImportChunk.chunk_index == index)
    )
    return digest


async def chunk_indexes(s: AsyncSession, import_id: uuid.UUID) -> list[int]:
    return list(
        await s.scalars(
            select(ImportChunk.chunk_index)
            .where(ImportChunk.import_id == import_id)
            .order_by(ImportChunk.chunk_index)
        )
    )


async def chunk_data(s: AsyncSession, import_id: uuid.UUID) -> list[bytes]:
    """The chunks' bytes in index order (the file, at most the import size limit)."""
    return list(
        await s.scalars(
            select(ImportChunk.data)
            .where(ImportChunk.import_id == import_id)
            .order_by(ImportChunk.chunk_index)
        )
    )


async def drop_chunks(s: AsyncSession, import_id: uuid.UUID) -> None:
    await s.execute(delete(ImportChunk).where(ImportChunk.import_id == import_id))


async def add_chunk(s: AsyncSession, import_id: uuid.UUID, index: int, digest: bytes, data: bytes) -> None:
    await s.execute(
        insert(ImportChunk).values(import_id=import_id, chunk_index=index, sha256=digest, data=data)
    )


async def holders(
    s: AsyncSession, account_id: uuid.UUID, external_ids: set[str]
) -> dict[str, tuple[uuid.UUID, bool]]:
    """Which transactions of the account (deleted ones too: the id stays theirs) hold these bank ids."""
    if not external_ids:
        return {}
    rows = await s.execute(
        select(Transaction.external_id, Transaction.id, Transaction.deleted_at).where(
            Transaction.account_id == account_id,
            Transaction.external_id != "",  # the unique index is partial on this (migration 0007)
            Transaction.external_id.in_(sorted(external_ids)),
        )
    )
    return {row.external_id: (row.id, row.deleted_at is not None) for row in rows}


async def candidates(
    s: AsyncSession, account_id: uuid.UUID, first: dt.date, last: dt.date, import_id: uuid.UUID
) -> list[Candidate]:
    """The account's live transactions from `first` to `last` (days), other than this import's,
    with their amounts as the account sees them (a transfer out negative, in positive). Each
    side in its own statement, so each reads its (account, day) index."""
    found = []
    for side in (Transaction.account_id, Transaction.to_account_id):
        rows = await s.execute(
            select(*_CANDIDATE_COLUMNS, _has_splits()).where(
                side == account_id,
                Transaction.deleted_at.is_(None),
                Transaction.occurred_on.between(first, last),
                or_(Transaction.import_batch_id.is_(None), Transaction.import_batch_id != import_id),
            )
        )
        found += [_candidate(row, account_id) for row in rows]
    return found


_CANDIDATE_COLUMNS = (
    Transaction.id,
    Transaction.occurred_on,
    Transaction.kind,
    Transaction.account_id,
    Transaction.amount_minor,
    Transaction.to_amount_minor,
    Transaction.payee,
    Transaction.status,
    Transaction.external_id,
)


def _has_splits() -> Any:
    return (
        select(func.count())
        .where(TransactionSplit.transaction_id == Transaction.id)
        .correlate(Transaction)
        .scalar_subquery()
        .label("splits")
    )


def _candidate(row: Row[Any], account_id: uuid.UUID) -> Candidate:
    if row.kind == INCOME:
        amount = row.amount_minor
    elif row.kind == TRANSFER and row.account_id != account_id:
        amount = row.to_amount_minor or 0  # the receiving side
    else:
        amount = -row.amount_minor
    return Candidate(
        id=row.id,
        occurred_on=row.occurred_on,
        amount_minor=amount,
        payee=normalised_payee(row.payee),
        status=row.status,
        external_id=row.external_id,
        split=bool(row.splits),
    )


async def insert_transactions(
    s: AsyncSession, rows: Sequence[dict[str, Any]], tags: Sequence[dict[str, Any]] = ()
) -> None:
    """New transactions (and their tags) in one executemany each (pipelined by psycopg on
    PostgreSQL)."""
    if rows:
        await s.execute(insert(Transaction.__table__), list(rows))
    if tags:
        await s.execute(insert(TransactionTag.__table__), list(tags))


async def insert_results(s: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        await s.execute(insert(ImportRowResult.__table__), list(rows))


async def results_page(
    s: AsyncSession, import_id: uuid.UUID, outcome: int, after: int, limit: int
) -> list[ImportRowResult]:
    query = (
        select(ImportRowResult)
        .where(ImportRowResult.import_id == import_id, ImportRowResult.row_number > after)
        .order_by(ImportRowResult.row_number)
        .limit(limit)
    )
    if outcome:
        query = query.where(ImportRowResult.outcome == outcome)
    return list(await s.scalars(query))


async def cleared_by(s: AsyncSession, import_id: uuid.UUID) -> list[tuple[uuid.UUID, int]]:
    """The matched transactions this import cleared, with their status before."""
    rows = await s.execute(
        select(ImportRowResult.transaction_id, ImportRowResult.previous_status).where(
            ImportRowResult.import_id == import_id, ImportRowResult.previous_status.is_not(None)
        )
    )
    return [(row.transaction_id, row.previous_status) for row in rows if row.transaction_id is not None]


async def transactions_of(
    s: AsyncSession, user_id: uuid.UUID, import_id: uuid.UUID, after: uuid.UUID | None, limit: int
) -> list[Transaction]:
    """One batch of the transactions an import wrote, by id, locked for the undo."""
    query = (
        select(Transaction)
        .where(Transaction.user_id == user_id, Transaction.import_batch_id == import_id)
        .order_by(Transaction.id)
        .limit(limit)
        .with_for_update()
    )
    if after is not None:
        query = query.where(Transaction.id > after)
    return list(await s.scalars(query))


async def set_status(
    s: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, status: int
) -> Transaction | None:
    """Sets a live transaction's status through the ORM (version, change feed follow)."""
    found: Transaction | None = await s.scalar(
        select(Transaction)
        .where(
            Transaction.id == transaction_id, Transaction.user_id == user_id, Transaction.deleted_at.is_(None)
        )
        .with_for_update()
    )
    if found is not None and found.status != status:
        found.status = status
        found.version += 1
        found.updated_at = dt.datetime.now(dt.UTC)
    return found
