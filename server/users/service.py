"""gRPC adapter for rupaya.v1.UserService: proto in -> domain call -> proto out."""

from __future__ import annotations

import json

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import users_pb2, users_pb2_grpc
from server import context, pagination
from server.db.engine import Database
from server.db.tables import AuditEvent
from server.idempotency import Idempotency
from server.users import repository
from server.users.domain import Users
from server.users.messages import profile_to_proto


def _value(given: object) -> str | bool:
    """A profile field's new value: the preference switches stay booleans."""
    return given if isinstance(given, bool) else str(given)


def _event(event: AuditEvent) -> users_pb2.AuditEvent:
    created = Timestamp()
    created.FromDatetime(event.created_at)
    return users_pb2.AuditEvent(
        id=str(event.id),
        action=event.action,  # type: ignore[arg-type]
        create_time=created,
        session_id=str(event.session_id) if event.session_id else "",
        device_id=event.device_id,
        peer_address=event.peer_address,
        detail=event.detail,
        metadata=json.loads(event.metadata_json or "{}"),
    )


class UserService(users_pb2_grpc.UserServiceServicer):
    def __init__(self, db: Database, users: Users, idempotency: Idempotency) -> None:
        self._db = db
        self._users = users
        self._idempotency = idempotency

    async def GetProfile(
        self, request: users_pb2.GetProfileRequest, ctx: grpc.aio.ServicerContext
    ) -> users_pb2.GetProfileResponse:
        return users_pb2.GetProfileResponse(
            profile=profile_to_proto(await self._users.profile(context.principal().user_id))
        )

    async def UpdateProfile(
        self, request: users_pb2.UpdateProfileRequest, ctx: grpc.aio.ServicerContext
    ) -> users_pb2.UpdateProfileResponse:
        user_id = context.principal().user_id
        paths = list(request.update_mask.paths)
        values = {path: _value(getattr(request.profile, path, "")) for path in paths}

        async def update(s: AsyncSession) -> users_pb2.UpdateProfileResponse:
            view = await self._users.update_profile(s, user_id, request.etag, paths, values)
            return users_pb2.UpdateProfileResponse(profile=profile_to_proto(view))

        return await self._idempotency.run(
            user_id, request.request_id, "UpdateProfile", request, users_pb2.UpdateProfileResponse, update
        )

    async def DeleteUser(
        self, request: users_pb2.DeleteUserRequest, ctx: grpc.aio.ServicerContext
    ) -> users_pb2.DeleteUserResponse:
        await self._users.delete(
            context.principal(), request.password, request.totp_code, context.client_address.get()
        )
        return users_pb2.DeleteUserResponse()

    async def ListAuditEvents(
        self, request: users_pb2.ListAuditEventsRequest, ctx: grpc.aio.ServicerContext
    ) -> users_pb2.ListAuditEventsResponse:
        before = pagination.decode(request, pagination.by_id)
        size = pagination.page_size(request.page_size)
        async with self._db.read() as s:
            rows = await repository.audit_page(s, context.principal().user_id, before, size + 1)
        page, token = pagination.split(rows, size, lambda e: [str(e.id)], request)
        return users_pb2.ListAuditEventsResponse(events=[_event(e) for e in page], next_page_token=token)
