"""gRPC adapter for rupaya.v1.ImportService: proto in -> domain call -> proto out."""

from __future__ import annotations

import datetime as dt

import grpc
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import imports_pb2 as pb
from rupaya.v1 import imports_pb2_grpc
from server import audit, calendar_days, context, money, pagination, timestamps
from server.db.engine import Database
from server.db.tables import ImportRowResult, StatementImport
from server.idempotency import Idempotency
from server.imports import commit, domain, repository, undo


def to_proto(found: StatementImport, undo_window: dt.timedelta) -> pb.StatementImport:
    return pb.StatementImport(
        id=str(found.id),
        account_id=str(found.account_id),
        format=found.format,  # type: ignore[arg-type]
        mode=found.mode,  # type: ignore[arg-type]
        state=found.state,  # type: ignore[arg-type]
        chunks_received=found.chunks_received,
        bytes_received=found.bytes_received,
        rows_total=found.rows_total,
        rows_created=found.rows_created,
        rows_matched=found.rows_matched,
        rows_skipped=found.rows_skipped,
        rows_failed=found.rows_failed,
        failure_reason=found.failure_reason,
        file_name=found.file_name,
        create_time=timestamps.optional(found.created_at),
        commit_time=timestamps.optional(found.committed_at),
        undo_time=timestamps.optional(found.undone_at),
        undo_deadline=timestamps.optional(found.committed_at + undo_window if found.committed_at else None),
    )


def row_proto(row: ImportRowResult, currency: str) -> pb.ImportRow:
    return pb.ImportRow(
        row_number=row.row_number,
        outcome=row.outcome,  # type: ignore[arg-type]
        transaction_id=str(row.transaction_id) if row.transaction_id else "",
        reason=row.reason,
        external_id=row.external_id,
        occurred_on=calendar_days.to_proto(row.occurred_on) if row.occurred_on else None,
        amount=money.to_proto(row.amount_minor, currency) if row.amount_minor is not None else None,
        payee=row.payee,
    )


class ImportService(imports_pb2_grpc.ImportServiceServicer):
    def __init__(
        self, db: Database, idempotency: Idempotency, max_bytes: int, undo_window: dt.timedelta
    ) -> None:
        self._db = db
        self._idempotency = idempotency
        self._max_bytes = max_bytes
        self._undo_window = undo_window

    async def CreateImport(
        self, request: pb.CreateImportRequest, context_: grpc.aio.ServicerContext
    ) -> pb.CreateImportResponse:
        user_id = context.principal().user_id

        async def create(s: AsyncSession) -> pb.CreateImportResponse:
            created = await domain.create(s, user_id, request)
            return pb.CreateImportResponse(statement_import=to_proto(created, self._undo_window))

        return await self._idempotency.run(
            user_id, request.request_id, "CreateImport", request, pb.CreateImportResponse, create
        )

    async def UploadImportChunk(
        self, request: pb.UploadImportChunkRequest, context_: grpc.aio.ServicerContext
    ) -> pb.UploadImportChunkResponse:
        user_id = context.principal().user_id
        async with self._db.transaction() as s:
            stored = await domain.upload(s, user_id, request, self._max_bytes)
            return pb.UploadImportChunkResponse(statement_import=to_proto(stored, self._undo_window))

    async def CommitImport(
        self, request: pb.CommitImportRequest, context_: grpc.aio.ServicerContext
    ) -> pb.CommitImportResponse:
        user_id = context.principal().user_id
        async with self._db.transaction() as s:
            done = await commit.commit(s, user_id, request.import_id, request.chunk_count)
            return pb.CommitImportResponse(statement_import=to_proto(done, self._undo_window))

    async def GetImport(
        self, request: pb.GetImportRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetImportResponse:
        user_id = context.principal().user_id
        size = pagination.page_size(request.page_size)
        after = pagination.decode(request, lambda last: int(last[0]))
        async with self._db.read() as s:
            found = await domain.get(s, user_id, request.import_id)
            rows = await repository.results_page(s, found.id, request.outcome, after or 0, size + 1)
        page, token = pagination.split(rows, size, lambda row: [str(row.row_number)], request)
        return pb.GetImportResponse(
            statement_import=to_proto(found, self._undo_window),
            rows=[row_proto(row, found.currency_code) for row in page],
            next_page_token=token,
        )

    async def UndoImport(
        self, request: pb.UndoImportRequest, context_: grpc.aio.ServicerContext
    ) -> pb.UndoImportResponse:
        principal = context.principal()
        actor = audit.Actor(peer=context.client_address.get(), session_id=principal.session_id)
        async with self._db.transaction() as s:
            undone = await undo.undo(s, principal.user_id, request.import_id, self._undo_window, actor)
            return pb.UndoImportResponse(statement_import=to_proto(undone, self._undo_window))
