"""gRPC adapter for rupaya.v1.TransactionService: proto in -> domain call -> proto out."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import AsyncIterator, Sequence
from typing import Any

import grpc
from google.type import timeofday_pb2
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from rupaya.v1 import transactions_pb2 as pb
from rupaya.v1 import transactions_pb2_grpc
from server import context, money, pagination, reply_cache
from server.calendar_days import to_date
from server.db.engine import Database
from server.db.tables import Transaction
from server.errors import invalid
from server.idempotency import Idempotency
from server.ids import require_uuid
from server.reply_cache import ReplyCache
from server.transactions import domain, export, repository, rows

# Rows read per statement and sent per message by ExportTransactions: a few hundred kilobytes
# of lines, so memory stays flat however many rows the export has.
EXPORT_BATCH_ROWS = 500
# (user, request)s whose cached page this process looks for first (server/reply_cache.py).
LIST_HINTS = 10_000


def to_time(value: timeofday_pb2.TimeOfDay, field: str) -> dt.time:
    try:
        return dt.time(value.hours, value.minutes, value.seconds)
    except ValueError:
        raise invalid(field, "is not a valid time of day") from None


def to_proto(t: Transaction) -> pb.Transaction:
    return rows.message_of(t)


def to_input(m: pb.Transaction | pb.CreateTransactionRequest, prefix: str = "") -> domain.TransactionInput:
    has_time = m.HasField("occurred_time")
    return domain.TransactionInput(
        kind=m.kind,
        account_id=m.account_id,
        amount=money.AmountInput.of(m.amount),
        occurred_on=to_date(m.occurred_on, f"{prefix}occurred_on") if m.HasField("occurred_on") else None,
        to_account_id=m.to_account_id,
        to_amount=money.AmountInput.of(m.to_amount),
        category_id=m.category_id,
        occurred_time=to_time(m.occurred_time, f"{prefix}occurred_time") if has_time else None,
        payee=m.payee,
        description=m.description,
        notes=m.notes,
        tags=tuple(m.tags),
        splits=tuple(
            domain.SplitInput(x.category_id, money.AmountInput.of(x.amount), x.note) for x in m.splits
        ),
        external_id=m.external_id,
        import_batch_id=m.import_batch_id,
        status=m.status,
    )


class TransactionService(transactions_pb2_grpc.TransactionServiceServicer):
    def __init__(self, db: Database, idempotency: Idempotency, replies: ReplyCache) -> None:
        self._db = db
        self._idempotency = idempotency
        self._replies = replies
        self._hints = reply_cache.VersionHints(LIST_HINTS)

    async def CreateTransaction(
        self, request: pb.CreateTransactionRequest, context_: grpc.aio.ServicerContext
    ) -> pb.CreateTransactionResponse:
        user_id = context.principal().user_id
        given = to_input(request)

        async def create(s: AsyncSession) -> pb.CreateTransactionResponse:
            return pb.CreateTransactionResponse(transaction=to_proto(await domain.create(s, user_id, given)))

        return await self._idempotency.run(
            user_id, request.request_id, "CreateTransaction", request, pb.CreateTransactionResponse, create
        )

    async def GetTransaction(
        self, request: pb.GetTransactionRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetTransactionResponse:
        async with self._db.read() as s:
            return pb.GetTransactionResponse(
                transaction=to_proto(await domain.get(s, context.principal().user_id, request.id))
            )

    async def ListTransactions(  # type: ignore[override]
        self, request: pb.ListTransactionsRequest, context_: grpc.aio.ServicerContext
    ) -> bytes:
        """The page as the serialized reply (the chain sends bytes as they are), from the
        reply cache when the caller's ledger version is still the one it was cached under."""
        user_id = context.principal().user_id
        size = pagination.page_size(request.page_size)
        after = pagination.decode(request, _cursor)  # an expired or foreign token fails here, hit or not
        digest = reply_cache.request_digest(request)
        asked = f"{user_id}:{digest}"
        hinted = self._hints.get(asked)
        cached = hinted is not None and hinted != reply_cache.SEEN

        async def read(c: AsyncConnection) -> bytes | tuple[int | None, Sequence[tuple[Any, ...]]]:
            """The cached reply, or (the version read first, the page's rows)."""
            read_first = None  # the version, when read before the filters and the page
            # A category filter reads the category tree in a statement of its own before the
            # page: the page is then cached under the version read before both (it can only
            # be newer than that), not under the one its own statement saw. Version and page
            # come from one server (primary or replica), so this holds on a replica too.
            if cached or request.category_id:
                read_first = await repository.version_of(c, user_id)
            if cached and hinted == read_first:
                hit = await self._replies.get(reply_cache.key_of("transactions", user_id, read_first, digest))
                if hit is not None:
                    return hit
            filters = _filters_of(request, *await _list_scope(c, user_id, request))
            found = await repository.list_rows(c, user_id, filters, after, size + 1)
            if not found and filters.account_id is not None:  # none, or not the caller's to list?
                async with AsyncSession(bind=c) as s:
                    await domain.list_scope(s, user_id, request.account_id, "")
            return read_first, found

        outcome = await self._db.reads_for(user_id).run_on_connection(read)
        if isinstance(outcome, bytes):
            return outcome
        read_first, found = outcome
        # Mapped after the connection went back to the pool: it waits for no Python work.
        page, token = pagination.split(found, size, _key, request)
        reply = rows.list_reply(page, token)
        if hinted is None or not found:  # first sight; an empty page has no row to read the version from
            self._hints.note(asked, reply_cache.SEEN)
            return reply
        version = read_first if read_first is not None else int(found[0][repository.ROW_LEDGER_VERSION] or 0)
        await self._replies.put(reply_cache.key_of("transactions", user_id, version, digest), reply)
        self._hints.note(asked, version)
        return reply

    async def ExportTransactions(
        self, request: pb.ExportTransactionsRequest, context_: grpc.aio.ServicerContext
    ) -> AsyncIterator[pb.ExportTransactionsResponse]:
        """Keyset batches, each read in its own short statement: a slow reader holds no
        database connection or transaction between them (rows written meanwhile may or may not
        appear, as between two list pages)."""
        user_id = context.principal().user_id
        file = export.JSON_LINES if request.format == pb.EXPORT_FORMAT_JSON_LINES else export.CSV
        reads = self._db.reads_for(user_id)
        filters = await reads.run(lambda s: self._filters(s, user_id, request))
        first = pb.ExportTransactionsResponse(
            content_type=file.content_type, data=file.header(), file_name=file.file_name(dt.date.today())
        )
        after: tuple[dt.date, uuid.UUID] | None = None
        while True:
            page = functools.partial(
                repository.list_page, user_id=user_id, f=filters, after=after, limit=EXPORT_BATCH_ROWS
            )
            batch = await reads.run(page)
            if first is not None:
                first.data += file.lines(batch)
                yield first
                first = None
            elif batch:
                yield pb.ExportTransactionsResponse(content_type=file.content_type, data=file.lines(batch))
            if len(batch) < EXPORT_BATCH_ROWS:
                return
            after = (batch[-1].occurred_on, batch[-1].id)

    async def _filters(
        self, s: AsyncSession, user_id: uuid.UUID, r: pb.ExportTransactionsRequest
    ) -> repository.Filters:
        return _filters_of(r, *await domain.list_scope(s, user_id, r.account_id, r.category_id))

    async def UpdateTransaction(
        self, request: pb.UpdateTransactionRequest, context_: grpc.aio.ServicerContext
    ) -> pb.UpdateTransactionResponse:
        user_id = context.principal().user_id
        patch = request.transaction
        paths = list(request.update_mask.paths)
        given = to_input(patch, "transaction.")

        async def update(s: AsyncSession) -> pb.UpdateTransactionResponse:
            updated = await domain.update(s, user_id, patch.id, patch.etag, paths, given)
            return pb.UpdateTransactionResponse(transaction=to_proto(updated))

        return await self._idempotency.run(
            user_id, request.request_id, "UpdateTransaction", request, pb.UpdateTransactionResponse, update
        )

    async def DeleteTransaction(
        self, request: pb.DeleteTransactionRequest, context_: grpc.aio.ServicerContext
    ) -> pb.DeleteTransactionResponse:
        user_id = context.principal().user_id

        async def delete(s: AsyncSession) -> pb.DeleteTransactionResponse:
            deleted = await domain.set_deleted(s, user_id, request.id, request.etag, deleted=True)
            return pb.DeleteTransactionResponse(transaction=to_proto(deleted))

        return await self._idempotency.run(
            user_id, request.request_id, "DeleteTransaction", request, pb.DeleteTransactionResponse, delete
        )

    async def UndeleteTransaction(
        self, request: pb.UndeleteTransactionRequest, context_: grpc.aio.ServicerContext
    ) -> pb.UndeleteTransactionResponse:
        user_id = context.principal().user_id

        async def undelete(s: AsyncSession) -> pb.UndeleteTransactionResponse:
            restored = await domain.set_deleted(s, user_id, request.id, request.etag, deleted=False)
            return pb.UndeleteTransactionResponse(transaction=to_proto(restored))

        return await self._idempotency.run(
            user_id,
            request.request_id,
            "UndeleteTransaction",
            request,
            pb.UndeleteTransactionResponse,
            undelete,
        )


def _filters_of(
    r: pb.ListTransactionsRequest | pb.ExportTransactionsRequest,
    account_id: uuid.UUID | None,
    category_ids: tuple[uuid.UUID, ...],
) -> repository.Filters:
    """A list's filters, its scope (domain.list_scope) already read."""
    currency, low, high = domain.amount_filter(
        money.AmountInput.of(r.min_amount) if r.HasField("min_amount") else None,
        money.AmountInput.of(r.max_amount) if r.HasField("max_amount") else None,
    )
    return repository.Filters(
        account_id=account_id,
        category_ids=category_ids,
        kind=r.kind,
        from_date=to_date(r.from_date, "from_date") if r.HasField("from_date") else None,
        to_date=to_date(r.to_date, "to_date") if r.HasField("to_date") else None,
        amount_currency=currency,
        min_amount=low,
        max_amount=high,
        tag=r.tag.strip().lower(),
        query=r.query.strip(),
        show_deleted=r.show_deleted,
        import_batch_id=require_uuid(r.import_batch_id, "import_batch_id") if r.import_batch_id else None,
        status=r.status,
    )


async def _list_scope(
    c: AsyncConnection, user_id: uuid.UUID, r: pb.ListTransactionsRequest
) -> tuple[uuid.UUID | None, tuple[uuid.UUID, ...]]:
    """domain.list_scope's without looking the account up (the page holds rows of the caller's
    live accounts only, and an empty page looks it up). A category filter's tree is read
    through the ORM, in a session on the list's connection; the common page needs none (an
    unused session costs ~30 µs of CPU)."""
    if not r.category_id:
        return domain.account_filter(r.account_id), ()
    async with AsyncSession(bind=c) as s:
        return await domain.list_scope(s, user_id, r.account_id, r.category_id, look_up_account=False)


def _key(row: tuple[Any, ...]) -> list[str]:
    """The keyset position a page token carries: (occurred_on, id) of a page's last row
    (repository.list_rows), as `_cursor` reads it."""
    r = repository
    return [dt.date(row[r.ROW_YEAR], row[r.ROW_MONTH], row[r.ROW_DAY]).isoformat(), row[r.ROW_ID]]


def _cursor(last: list[str]) -> tuple[dt.date, uuid.UUID]:
    return dt.date.fromisoformat(last[0]), uuid.UUID(last[1])
