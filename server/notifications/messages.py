"""A notification as its protobuf message: used by NotificationService and by the sync feed
(server/sync/), which sends the same form."""

from __future__ import annotations

from rupaya.v1 import notifications_pb2 as pb
from server import calendar_days, money, timestamps
from server.db.tables import Notification
from server.notifications import domain


def to_proto(n: Notification) -> pb.Notification:
    message = pb.Notification(
        id=str(n.id),
        kind=n.kind,  # type: ignore[arg-type]
        create_time=timestamps.to_proto(n.created_at),
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
        message.read_time.CopyFrom(timestamps.to_proto(n.read_at))
    return message
