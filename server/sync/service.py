"""gRPC adapter of SyncService: the change feed as protobuf."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import sync_pb2 as pb
from rupaya.v1 import sync_pb2_grpc
from server import context
from server.accounts.service import to_proto as account_message
from server.auth.service import session_to_proto
from server.budgets.service import to_proto as budget_message
from server.categories.service import to_proto as category_message
from server.db.engine import Database
from server.exchange_rates.service import to_proto as exchange_rate_message
from server.sync import changelog, domain
from server.transactions.service import to_proto as transaction_message
from server.users.service import profile_to_proto

# Each entity type's field in Change.entity and how its current row becomes that message.
_FORMS: dict[int, tuple[str, Callable[[Any], Any]]] = {
    changelog.ACCOUNT: ("account", account_message),
    changelog.CATEGORY: ("category", category_message),
    changelog.TRANSACTION: ("transaction", transaction_message),
    changelog.BUDGET: ("budget", budget_message),
    changelog.EXCHANGE_RATE: ("exchange_rate", exchange_rate_message),
    changelog.PROFILE: ("profile", profile_to_proto),
    changelog.SESSION: ("session", lambda session: session_to_proto(session, False)),
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


class SyncService(sync_pb2_grpc.SyncServiceServicer):
    def __init__(self, db: Database) -> None:
        self._db = db

    async def ListChanges(
        self, request: pb.ListChangesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListChangesResponse:
        user_id = context.principal().user_id
        async with self._db.snapshot() as s:
            page = await domain.changes_after(s, user_id, request.cursor, request.page_size)
            changes = [change_message(item) for item in page.changes]
        return pb.ListChangesResponse(changes=changes, next_cursor=page.next_cursor, has_more=page.has_more)
