"""pb.Transaction messages from ListTransactions rows (repository.list_rows), without loading
ORM objects; `message_of` also serves ORM objects (service.to_proto): the names are alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp
from google.type import timeofday_pb2
from sqlalchemy import Row

from rupaya.v1 import transactions_pb2 as pb
from server import calendar_days, money
from server.transactions import domain
from server.transactions.repository import SPLIT_ROW, TRANSACTION_ROW


def messages_of(rows: Iterable[Row[Any]]) -> list[pb.Transaction]:
    """One message per transaction row; the split and tag rows after it fill it in."""
    found: list[pb.Transaction] = []
    message = pb.Transaction()
    currency = ""
    for row in rows:
        if row.part == TRANSACTION_ROW:
            message, currency = message_of(row), row.currency_code
            found.append(message)
        elif row.part == SPLIT_ROW:
            message.splits.append(
                pb.SplitLine(
                    category_id=str(row.split_category_id),
                    amount=money.to_proto(row.split_amount_minor, currency),
                    note=row.child_text,
                )
            )
        else:
            message.tags.append(row.child_text)
    for listed in found:
        listed.tags.sort()  # the stored order (domain keeps tags sorted), whatever the collation
    return found


def message_of(r: Any) -> pb.Transaction:
    """The message of a transaction's own columns (no split lines or tags)."""
    message = pb.Transaction(
        id=str(r.id),
        kind=r.kind,
        account_id=str(r.account_id),
        amount=money.to_proto(r.amount_minor, r.currency_code),
        category_id=str(r.category_id) if r.category_id else "",
        occurred_on=calendar_days.to_proto(r.occurred_on),
        payee=r.payee,
        description=r.description,
        notes=r.notes,
        external_id=r.external_id,
        import_batch_id=str(r.import_batch_id) if r.import_batch_id else "",
        status=r.status,
        create_time=_timestamp(r.created_at),
        update_time=_timestamp(r.updated_at),
        etag=domain.etag(r),
    )
    if r.to_account_id and r.to_amount_minor and r.to_currency_code:
        message.to_account_id = str(r.to_account_id)
        message.to_amount.CopyFrom(money.to_proto(r.to_amount_minor, r.to_currency_code))
    if r.occurred_time is not None:
        t: dt.time = r.occurred_time
        message.occurred_time.CopyFrom(
            timeofday_pb2.TimeOfDay(hours=t.hour, minutes=t.minute, seconds=t.second)
        )
    if r.deleted_at is not None:
        message.delete_time.CopyFrom(_timestamp(r.deleted_at))
    return message


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _timestamp(value: dt.datetime) -> Timestamp:
    """Timestamp.FromDatetime's value in whole integer steps, a third of its cost."""
    since = value - _EPOCH
    return Timestamp(seconds=since.days * 86_400 + since.seconds, nanos=since.microseconds * 1_000)
