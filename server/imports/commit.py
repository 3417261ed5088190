"""CommitImport: the uploaded file read, matched against the ledger and written to it, in
one database transaction (all of it or none). Rows stream through in batches: per batch one
read of the bank ids it names, one of the account's transactions in its day range, one
insert of its new transactions and one of its outcomes, so memory and round trips grow with
the batch, not the file.

The ledger's write path does the rest at the commit (server/ledger_version.py): balances
moved with the overdraft rule (a refused balance refuses the whole import, nothing is
written, and the import stays open to commit again), the daily rollup, the ledger version and
the change feed."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import imports_pb2 as pb
from server import balances, currencies, ledger_version
from server.accounts import repository as accounts
from server.db.tables import StatementImport, Transaction
from server.errors import DomainError, FieldViolation, not_found
from server.ids import uuid7
from server.imports import drafts, formats, repository
from server.imports.domain import COMMITTED, FAILED, UPLOADING, get
from server.imports.formats import ParsedRow, Row, RowError
from server.imports.formats.fields import clip
from server.imports.matching import Duplicate, Match, Matcher
from server.transactions.domain import CLEARED, PENDING, effects

BATCH_ROWS = 1000
DEFAULT_WINDOW_DAYS = 3
CREATED, SKIPPED, MATCHED, ERROR = (
    pb.IMPORT_ROW_OUTCOME_CREATED,
    pb.IMPORT_ROW_OUTCOME_SKIPPED_DUPLICATE,
    pb.IMPORT_ROW_OUTCOME_MATCHED,
    pb.IMPORT_ROW_OUTCOME_ERROR,
)


@dataclass
class _Counts:
    total: int = 0
    by_outcome: dict[int, int] = field(
        default_factory=lambda: dict.fromkeys((CREATED, SKIPPED, MATCHED, ERROR), 0)
    )


async def commit(s: AsyncSession, user_id: uuid.UUID, import_id: str, chunk_count: int) -> StatementImport:
    """Applies the import once; later calls (retries, a racing twin that waited on the row
    lock) find it COMMITTED or FAILED and get it as it is."""
    found = await get(s, user_id, import_id, for_update=True)
    if found.state != UPLOADING:
        if found.state in (COMMITTED, FAILED):
            return found
        raise DomainError("IMPORT_NOT_OPEN", metadata={"state": pb.ImportState.Name(found.state)})
    _check_chunks(await repository.chunk_indexes(s, found.id), chunk_count)
    if await accounts.get(s, user_id, found.account_id) is None:  # deleted since the import opened
        raise not_found("ACCOUNT_NOT_FOUND", str(found.account_id))
    options = pb.CreateImportRequest.FromString(found.options)
    exponent = currencies.exponents()[found.currency_code]
    chunks = await repository.chunk_data(s, found.id)

    def rows() -> Iterator[Row]:
        return formats.read(options, exponent, found.currency_code, chunks)

    counts = _Counts()
    if found.mode != pb.IMPORT_MODE_VALID_ROWS and any(isinstance(r, RowError) for r in rows()):
        await _record_failure(s, found, rows(), counts)
    else:
        matcher = Matcher(options.match_window_days or DEFAULT_WINDOW_DAYS)
        finisher = await drafts.Finisher.load(s, user_id)
        for batch in _batched(rows(), BATCH_ROWS):
            await _apply(s, user_id, found, matcher, finisher, batch, counts)
        found.state = COMMITTED
        found.committed_at = dt.datetime.now(dt.UTC)
    await repository.drop_chunks(s, found.id)
    found.rows_total = counts.total
    found.rows_created = counts.by_outcome[CREATED]
    found.rows_matched = counts.by_outcome[MATCHED]
    found.rows_skipped = counts.by_outcome[SKIPPED]
    found.rows_failed = counts.by_outcome[ERROR]
    await s.flush()
    return found


def _check_chunks(indexes: list[int], chunk_count: int) -> None:
    missing = sorted(set(range(chunk_count)) - set(indexes))
    if missing:
        raise DomainError("IMPORT_CHUNKS_MISSING", metadata={"missing": ",".join(map(str, missing[:20]))})
    if indexes and indexes[-1] >= chunk_count:
        raise DomainError(
            "VALIDATION_FAILED",
            violations=[
                FieldViolation(
                    "chunk_count", f"chunks up to index {indexes[-1]} were uploaded, not {chunk_count}"
                )
            ],
        )


def _batched(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


async def _record_failure(
    s: AsyncSession, found: StatementImport, rows: Iterable[Row], counts: _Counts
) -> None:
    """All or nothing, and a row is bad: nothing reaches the ledger; the bad rows are reported."""
    for batch in _batched(rows, BATCH_ROWS):
        counts.total += len(batch)
        errors = [r for r in batch if isinstance(r, RowError)]
        counts.by_outcome[ERROR] += len(errors)
        await repository.insert_results(
            s, [_result(found.id, r.row_number, ERROR, reason=r.reason) for r in errors]
        )
    found.state = FAILED
    found.failure_reason = "IMPORT_ROWS_INVALID"


async def _apply(
    s: AsyncSession,
    user_id: uuid.UUID,
    found: StatementImport,
    matcher: Matcher,
    finisher: drafts.Finisher,
    batch: list[Row],
    counts: _Counts,
) -> None:
    parsed = [r for r in batch if isinstance(r, ParsedRow)]
    held = await repository.holders(s, found.account_id, {r.external_id for r in parsed if r.external_id})
    matcher.add_holders(held)
    # Rows whose bank id is held are duplicates: only the others need the fingerprint's read.
    days = [r.occurred_on for r in parsed if r.external_id not in held]
    if days:
        first, last = min(days) - matcher.window, max(days) + matcher.window
        matcher.add_candidates(await repository.candidates(s, found.account_id, first, last, found.id))
    new_rows: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    for row in batch:
        counts.total += 1
        if isinstance(row, RowError):
            counts.by_outcome[ERROR] += 1
            results.append(_result(found.id, row.row_number, ERROR, reason=row.reason))
            continue
        decision = matcher.decide(row)
        if isinstance(decision, Duplicate):
            outcome, target, reason, before = SKIPPED, decision.holder, decision.reason, None
        elif isinstance(decision, Match):
            outcome, target, reason = MATCHED, decision.existing, decision.reason
            before = PENDING if decision.clears else None
            if decision.clears:
                await repository.set_status(s, user_id, decision.existing, CLEARED)
        else:
            draft = await finisher.finalise(s, drafts.draft_of(row, found.account_id, found.currency_code))
            transaction = _transaction(user_id, found.id, draft)
            new_rows.append(_values(transaction))
            tags.extend({"transaction_id": transaction.id, "tag": tag} for tag in draft.tags)
            ledger_version.note_new(s.sync_session, transaction)
            balances.move_at_commit(s, user_id, effects(transaction))
            outcome, target, reason, before = CREATED, transaction.id, "", None
        counts.by_outcome[outcome] += 1
        results.append(_result(found.id, row.row_number, outcome, target, reason, row, before))
    await repository.insert_transactions(s, new_rows, tags)
    await repository.insert_results(s, results)


def _transaction(user_id: uuid.UUID, import_id: uuid.UUID, draft: drafts.Draft) -> Transaction:
    """The row to insert, noted in the ledger's write path as CreateTransaction's are: its
    balance move, its rollup lines and its change-feed entry go with the commit."""
    now = dt.datetime.now(dt.UTC)
    transaction = Transaction(
        id=uuid7(),
        user_id=user_id,
        kind=draft.kind,
        account_id=draft.account_id,
        amount_minor=draft.amount_minor,
        currency_code=draft.currency_code,
        category_id=draft.category_id,
        occurred_on=draft.occurred_on,
        payee=draft.payee,
        description=draft.description,
        notes=draft.notes,
        external_id=draft.external_id,
        import_batch_id=import_id,
        status=draft.status,
        version=1,
        created_at=now,
        updated_at=now,
    )
    transaction.splits = []
    return transaction


def _values(transaction: Transaction) -> dict[str, Any]:
    return {column.key: getattr(transaction, column.key) for column in Transaction.__table__.columns}


def _result(
    import_id: uuid.UUID,
    row_number: int,
    outcome: int,
    target: uuid.UUID | None = None,
    reason: str = "",
    row: ParsedRow | None = None,
    previous_status: int | None = None,
) -> dict[str, Any]:
    return {
        "import_id": import_id,
        "row_number": row_number,
        "outcome": outcome,
        "transaction_id": target,
        "reason": clip(reason, 256),
        "external_id": row.external_id if row else "",
        "occurred_on": row.occurred_on if row else None,
        "amount_minor": row.amount_minor if row else None,
        "payee": row.payee if row else "",
        "previous_status": previous_status,
    }
