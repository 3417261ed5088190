"""A budget as its protobuf message: used by the domain's gRPC service and by the sync feed
(server/sync/), which sends the same form."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import budgets_pb2 as pb
from server import calendar_days, money
from server.budgets import domain
from server.db.tables import Budget


def to_proto(budget: Budget) -> pb.Budget:
    created, updated = Timestamp(), Timestamp()
    created.FromDatetime(budget.created_at)
    updated.FromDatetime(budget.updated_at)
    return pb.Budget(
        id=str(budget.id),
        category_id=str(budget.category_id),
        amount=money.to_proto(budget.amount_minor, budget.currency_code),
        period=budget.period,  # type: ignore[arg-type]
        rollover=budget.rollover,
        alert_threshold_percent=budget.alert_threshold_percent,
        create_time=created,
        update_time=updated,
        etag=domain.etag(budget),
        start_date=calendar_days.to_proto(budget.start_date),
    )
