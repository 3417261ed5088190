"""gRPC adapter of NotificationService: the caller's notifications as protobuf."""

from __future__ import annotations

import grpc
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import notifications_pb2 as pb
from rupaya.v1 import notifications_pb2_grpc
from server import context, pagination
from server.db.engine import Database
from server.idempotency import Idempotency
from server.notifications import domain, repository
from server.notifications.messages import to_proto


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
