"""gRPC adapter of SyncService: the change feed as protobuf."""

from __future__ import annotations

import asyncio
import functools
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import sync_pb2 as pb
from rupaya.v1 import sync_pb2_grpc
from server import changelog, context
from server.accounts.messages import to_proto as account_message
from server.auth.messages import session_to_proto
from server.budgets.messages import to_proto as budget_message
from server.categories.messages import to_proto as category_message
from server.db.engine import Database
from server.errors import DomainError
from server.exchange_rates.messages import to_proto as exchange_rate_message
from server.notifications.messages import to_proto as notification_message
from server.sync import domain
from server.sync.shared_reads import SharedReads
from server.sync.signals import ChangeSignals
from server.transactions.rows import message_of as transaction_message
from server.users.messages import profile_to_proto

WATCH_PAGE_SIZE = 500

# Each entity type's field in Change.entity and how its current row becomes that message.
_FORMS: dict[int, tuple[str, Callable[[Any], Any]]] = {
    changelog.ACCOUNT: ("account", account_message),
    changelog.CATEGORY: ("category", category_message),
    changelog.TRANSACTION: ("transaction", transaction_message),
    changelog.BUDGET: ("budget", budget_message),
    changelog.EXCHANGE_RATE: ("exchange_rate", exchange_rate_message),
    changelog.PROFILE: ("profile", profile_to_proto),
    changelog.SESSION: ("session", lambda session: session_to_proto(session, False)),
    changelog.NOTIFICATION: ("notification", notification_message),
}


def change_message(item: domain.FeedChange) -> pb.Change:
    change = item.change
    when = Timestamp()
    when.FromDatetime(change.changed_at)
    message = pb.Change(
        cursor=change.change_cursor,
        entity_type=change.entity_type,  # type: ignore[arg-type]
        entity_id=str(change.entity_id),
        change_time=when,
    )
    if item.current is None:
        message.operation = pb.CHANGE_OPERATION_DELETE
        message.etag = f"v{change.etag_version}" if change.entity_type != changelog.SESSION else ""
        return message
    field, form = _FORMS[change.entity_type]
    entity = form(item.current)
    getattr(message, field).CopyFrom(entity)
    message.operation = pb.CHANGE_OPERATION_UPSERT
    message.etag = getattr(entity, "etag", "")
    return message


@dataclass(frozen=True)
class StreamLimits:
    heartbeat_s: float
    idle_s: float


class SyncService(sync_pb2_grpc.SyncServiceServicer):
    def __init__(self, db: Database, signals: ChangeSignals, limits: StreamLimits) -> None:
        self._db = db
        self._signals = signals
        self._limits = limits
        # A user's streams at one cursor, woken together, read the log once.
        self._reads: SharedReads[tuple[pb.WatchChangesResponse, bool]] = SharedReads()

    async def ListChanges(
        self, request: pb.ListChangesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListChangesResponse:
        user_id = context.principal().user_id
        async with self._db.snapshot() as s:
            page = await domain.changes_after(s, user_id, request.cursor, request.page_size)
            changes = [change_message(item) for item in page.changes]
        return pb.ListChangesResponse(changes=changes, next_cursor=page.next_cursor, has_more=page.has_more)

    async def WatchChanges(
        self, request: pb.WatchChangesRequest, context_: grpc.aio.ServicerContext
    ) -> AsyncIterator[pb.WatchChangesResponse]:
        """Reads the log from the cursor, then again whenever a signal says the user's changes
        moved (or a heartbeat passed): the log, not the signal, says what to send, so the
        stream has no gaps and no duplicates whatever signals are lost or doubled."""
        user_id = context.principal().user_id
        cursor = request.cursor
        async with self._signals.stream(user_id) as woken:
            quiet_since = time.monotonic()
            while True:
                woken.clear()  # before the read: a commit landing during it wakes us again
                read = functools.partial(self._watched_page, user_id, cursor)
                reply, has_more = await self._reads.read((user_id, cursor), self._reads.now(), read)
                if reply.changes:
                    cursor, quiet_since = reply.cursor, time.monotonic()
                    yield reply
                    if has_more:
                        continue
                if self._signals.closing:
                    raise DomainError("SYNC_STREAM_CLOSED", metadata={"cursor": str(cursor)})
                try:
                    await asyncio.wait_for(woken.wait(), self._limits.heartbeat_s)
                except TimeoutError:
                    if time.monotonic() - quiet_since >= self._limits.idle_s:
                        raise DomainError("SYNC_STREAM_CLOSED", metadata={"cursor": str(cursor)}) from None
                    yield pb.WatchChangesResponse(cursor=cursor)  # a heartbeat

    async def _watched_page(self, user_id: uuid.UUID, cursor: int) -> tuple[pb.WatchChangesResponse, bool]:
        """The changes after `cursor` as one stream message (shared, never changed once made)."""
        async with self._db.snapshot() as s:
            page = await domain.changes_after(s, user_id, cursor, WATCH_PAGE_SIZE)
            changes = [change_message(item) for item in page.changes]
        return pb.WatchChangesResponse(changes=changes, cursor=page.next_cursor), page.has_more
