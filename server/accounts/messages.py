"""An account as its protobuf message: used by the domain's gRPC service and by the sync feed
(server/sync/), which sends the same form."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import accounts_pb2
from server import calendar_days, money
from server.accounts import domain
from server.db.tables import Account


def to_proto(account: Account) -> accounts_pb2.Account:
    created, updated = Timestamp(), Timestamp()
    created.FromDatetime(account.created_at)
    updated.FromDatetime(account.updated_at)
    currency = account.currency_code
    reply = accounts_pb2.Account(
        id=str(account.id),
        name=account.name,
        type=account.type,  # type: ignore[arg-type]
        currency_code=currency,
        opening_balance=money.to_proto(account.opening_balance_minor, currency),
        current_balance=money.to_proto(account.current_balance_minor, currency),
        is_default=account.is_default,
        archived=account.archived,
        icon=account.icon,
        color=account.color,
        create_time=created,
        update_time=updated,
        etag=domain.etag(account),
        allow_overdraft=account.allow_overdraft,
    )
    if account.last_reconciled_on is not None and account.reconciled_balance_minor is not None:
        reply.last_reconciled_date.CopyFrom(calendar_days.to_proto(account.last_reconciled_on))
        reply.reconciled_balance.CopyFrom(money.to_proto(account.reconciled_balance_minor, currency))
    return reply
