"""gRPC adapter of NotificationService: the caller's notifications as protobuf."""

from __future__ import annotations

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import notifications_pb2 as pb
from rupaya.v1 import notifications_pb2_grpc
from server import calendar_days, context, money, pagination
from server.db.engine import Database
from server.db.tables import Notification
from server.idempotency import Idempotency
from server.notifications import domain, repository


def _timestamp(value: object) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(value)  # type: ignore[arg-type]
    return stamp


def to_proto(n: Notification) -> pb.Notification:
    message = pb.Notification(
        id=str(n.id),
        kind=n.kind,  # type: ignore[arg-type]
        create_time=_timestamp(n.created_at),
        etag=domain.etag(n),
        budget_alert=pb.BudgetAlert(
            budget_id=str(n.budget_id),
            category_id=str(n.category_id),
            period_start=calendar_days.to_proto(n.period_start),
            period_end=calendar_days.to_proto(n.period_end),
            level_percent=n.level_percent,
            spent=money.to_proto(n.spent_minor, n.currency_code),
            limit=money.to_proto(n.limit_minor, n.currency_code),
        ),
    )
    if n.read_at is not None:
        message.read_time.CopyFrom(_timestamp(n.read_at))
    return message


class NotificationService(notifications_pb2_grpc.NotificationServiceServicer):
    def __init__(self, db: Database, idempotency: Idempotency) -> None:
        self._db = db
        self._idempotency = idempotency

    async def ListNotifications(
        self, request: pb.ListNotificationsRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListNotificationsResponse:
        before = pagination.decode(request, pagination.by_id)
        size = pagination.page_size(request.page_size)
        async with self._db.read() as s:
            rows = await repository.page(
                s, context.principal().user_id, before, request.unread_only, size + 1
            )
        page, token = pagination.split(rows, size, lambda n: [str(n.id)], request)
        return pb.ListNotificationsResponse(notifications=[to_proto(n) for n in page], next_page_token=token)

    async def MarkNotificationRead(
        self, request: pb.MarkNotificationReadRequest, context_: grpc.aio.ServicerContext
    ) -> pb.MarkNotificationReadResponse:
        user_id = context.principal().user_id

        async def mark(s: AsyncSession) -> pb.MarkNotificationReadResponse:
            return pb.MarkNotificationReadResponse(
                notification=to_proto(await domain.mark_read(s, user_id, request.id))
            )

        return await self._idempotency.run(
            user_id,
            request.request_id,
            "MarkNotificationRead",
            request,
            pb.MarkNotificationReadResponse,
            mark,
        )
