"""UndoImport: what a committed import wrote, removed as a unit within the undo window.

Its transactions are deleted through the ledger's write path (balances moved back with the
overdraft rule at the commit, rollup lines removed, tombstones in the change feed) and, being
deleted rather than hidden, free their bank ids: the same file can be imported again. The
pending transactions it cleared are pending again. One database transaction, audited."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import imports_pb2 as pb
from server import audit, balances
from server.db.tables import StatementImport
from server.errors import DomainError
from server.imports import repository
from server.imports.domain import COMMITTED, UNDONE, get
from server.transactions.domain import effects

BATCH_ROWS = 1000


async def undo(
    s: AsyncSession, user_id: uuid.UUID, import_id: str, window: dt.timedelta, actor: audit.Actor
) -> StatementImport:
    found = await get(s, user_id, import_id, for_update=True)
    if found.state == UNDONE:
        return found
    if found.state != COMMITTED or found.committed_at is None:
        raise DomainError("IMPORT_NOT_COMMITTED", metadata={"state": pb.ImportState.Name(found.state)})
    now = dt.datetime.now(dt.UTC)
    deadline = found.committed_at + window
    if now > deadline:
        raise DomainError("IMPORT_UNDO_WINDOW_PASSED", metadata={"undo_deadline": deadline.isoformat()})
    after: uuid.UUID | None = None
    while batch := await repository.transactions_of(s, user_id, found.id, after, BATCH_ROWS):
        for transaction in batch:
            if transaction.deleted_at is None:  # one the user deleted already moved its balances back
                balances.move_at_commit(s, user_id, {a: -d for a, d in effects(transaction).items()})
            await s.delete(transaction)
        await s.flush()
        after = batch[-1].id
        s.expunge_all()  # the batch is gone: keep the session's memory flat
    for transaction_id, previous in await repository.cleared_by(s, found.id):
        await repository.set_status(s, user_id, transaction_id, previous)
    found = await get(s, user_id, import_id, for_update=True)
    found.state = UNDONE
    found.undone_at = now
    await s.flush()
    await audit.record(s, user_id, audit.Action.AUDIT_ACTION_IMPORT_UNDONE, actor, str(found.id))
    return found
