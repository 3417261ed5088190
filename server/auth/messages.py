"""A device session as its protobuf message: used by AuthService and by the sync feed
(server/sync/), which sends the same form."""

from __future__ import annotations

from rupaya.v1 import auth_pb2, common_pb2
from server import timestamps
from server.db.tables import Session


def session_to_proto(session: Session, current: bool) -> auth_pb2.DeviceSession:
    return auth_pb2.DeviceSession(
        id=str(session.id),
        device=common_pb2.DeviceInfo(
            device_id=session.device_id,
            device_name=session.device_name,
            platform=session.platform,  # type: ignore[arg-type]
        ),
        create_time=timestamps.to_proto(session.created_at),
        last_used_time=timestamps.to_proto(session.last_used_at),
        current=current,
    )
