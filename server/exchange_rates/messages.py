"""An exchange rate as its protobuf message: used by the domain's gRPC service and by the sync feed
(server/sync/), which sends the same form."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import exchange_rates_pb2 as pb
from server import calendar_days
from server.db.tables import ExchangeRate
from server.exchange_rates import domain


def to_proto(rate: ExchangeRate) -> pb.ExchangeRate:
    updated = Timestamp()
    updated.FromDatetime(rate.updated_at)
    day = rate.effective_on
    return pb.ExchangeRate(
        currency_code=rate.currency_code,
        base_currency_code=rate.base_currency_code,
        rate=domain.format_rate(rate.rate_nanos),
        effective_date=calendar_days.to_proto(day),
        update_time=updated,
        id=str(rate.id),
        etag=domain.etag(rate),
    )
