"""Opening an import and taking its chunks. No gRPC, no SQL (repository.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import imports_pb2 as pb
from server.accounts import repository as accounts
from server.db.tables import StatementImport
from server.errors import DomainError, FieldViolation, not_found
from server.ids import require_uuid, uuid7
from server.imports import repository
from server.imports.formats.fields import check_date_format

UPLOADING, COMMITTED, FAILED, UNDONE = (
    pb.IMPORT_STATE_UPLOADING,
    pb.IMPORT_STATE_COMMITTED,
    pb.IMPORT_STATE_FAILED,
    pb.IMPORT_STATE_UNDONE,
)
# The reading options kept with an import: the request less what is not about reading.
_NOT_OPTIONS = ("request_id", "account_id", "file_name")


def _check(request: pb.CreateImportRequest) -> None:
    violations = []
    if request.format == pb.IMPORT_FORMAT_CSV:
        mapping = request.csv
        if not request.HasField("csv"):
            violations.append(FieldViolation("csv", "is required for CSV files"))
        elif bool(mapping.amount_column) == bool(mapping.debit_column or mapping.credit_column):
            violations.append(
                FieldViolation("csv.amount_column", "set amount_column, or debit_column and credit_column")
            )
        elif not mapping.amount_column and not (mapping.debit_column and mapping.credit_column):
            violations.append(
                FieldViolation("csv.credit_column", "debit_column and credit_column go together")
            )
        elif mapping.negate_amounts and not mapping.amount_column:
            violations.append(FieldViolation("csv.negate_amounts", "applies to amount_column only"))
    elif request.HasField("csv"):
        violations.append(FieldViolation("csv", "only CSV files have a column mapping"))
    why = check_date_format(request.date_format)
    if why:
        violations.append(FieldViolation("date_format", why))
    if violations:
        raise DomainError("VALIDATION_FAILED", violations=violations)


async def create(s: AsyncSession, user_id: uuid.UUID, request: pb.CreateImportRequest) -> StatementImport:
    _check(request)
    account = await accounts.get(s, user_id, require_uuid(request.account_id, "account_id"))
    if account is None:
        raise not_found("ACCOUNT_NOT_FOUND", request.account_id)
    options = pb.CreateImportRequest()
    options.CopyFrom(request)
    for name in _NOT_OPTIONS:
        options.ClearField(name)
    created = StatementImport(
        id=uuid7(),
        user_id=user_id,
        account_id=account.id,
        currency_code=account.currency_code,
        format=request.format,
        mode=request.mode or pb.IMPORT_MODE_ALL_OR_NOTHING,
        state=UPLOADING,
        options=options.SerializeToString(deterministic=True),
        file_name=request.file_name.strip(),
        chunks_received=0,
        bytes_received=0,
        rows_total=0,
        rows_created=0,
        rows_matched=0,
        rows_skipped=0,
        rows_failed=0,
        failure_reason="",
        created_at=dt.datetime.now(dt.UTC),
    )
    s.add(created)
    await s.flush()
    return created


async def get(
    s: AsyncSession, user_id: uuid.UUID, id_text: str, *, for_update: bool = False
) -> StatementImport:
    found = await repository.get(s, user_id, require_uuid(id_text, "import_id"), for_update=for_update)
    if found is None:
        raise not_found("IMPORT_NOT_FOUND", id_text)
    return found


async def upload(
    s: AsyncSession, user_id: uuid.UUID, request: pb.UploadImportChunkRequest, max_bytes: int
) -> StatementImport:
    """Stores a chunk once: the same bytes again change nothing, other bytes are a conflict."""
    digest = hashlib.sha256(request.data).digest()
    if digest.hex() != request.sha256:
        raise DomainError(
            "IMPORT_CHECKSUM_MISMATCH", metadata={"index": str(request.index), "sha256": digest.hex()}
        )
    found = await get(s, user_id, request.import_id, for_update=True)
    stored = await repository.chunk_digest(s, found.id, request.index)
    if stored is not None:
        if stored != digest:
            raise DomainError("IMPORT_CHUNK_CONFLICT", metadata={"index": str(request.index)})
        return found
    if found.state != UPLOADING:
        raise DomainError("IMPORT_NOT_OPEN", metadata={"state": pb.ImportState.Name(found.state)})
    if found.bytes_received + len(request.data) > max_bytes:
        raise DomainError("IMPORT_TOO_LARGE", metadata={"limit_bytes": str(max_bytes)})
    await repository.add_chunk(s, found.id, request.index, digest, request.data)
    found.chunks_received += 1
    found.bytes_received += len(request.data)
    await s.flush()
    return found
