"""A device session as its protobuf message: used by AuthService and by the sync feed
(server/sync/), which sends the same form."""

from __future__ import annotations

import datetime as dt

from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import auth_pb2, common_pb2
from server.db.tables import Session


def session_to_proto(session: Session, current: bool) -> auth_pb2.DeviceSession:
    return auth_pb2.DeviceSession(
        id=str(session.id),
        device=common_pb2.DeviceInfo(
            device_id=session.device_id,
            device_name=session.device_name,
            platform=session.platform,  # type: ignore[arg-type]
        ),
        create_time=timestamp(session.created_at),
        last_used_time=timestamp(session.last_used_at),
        current=current,
    )


def timestamp(value: dt.datetime) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(value)
    return stamp
