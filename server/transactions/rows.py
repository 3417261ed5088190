"""pb.Transaction messages: a ListTransactions page from its plain rows (repository.list_rows,
the hot path), and one transaction from its ORM object (Get, Create, Update, Delete). The two
must agree field for field: tests/test_transaction_lists.py compares a listed transaction with
GetTransaction's byte for byte."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp
from google.type import timeofday_pb2

from rupaya.v1 import transactions_pb2 as pb
from server import calendar_days, currencies, money
from server.db.tables import Transaction
from server.transactions import domain


def list_response(rows: Iterable[Sequence[Any]], next_page_token: str) -> pb.ListTransactionsResponse:
    """The page's messages, built straight from the rows' strings and ints: the response's
    constructor takes the whole page as a list of dicts (nested messages as dicts too), so
    upb builds every message in one call, nothing is built twice or copied, and a field
    whose column is NULL is simply left out of its dict."""
    exponents = currencies.exponents()
    transactions = []
    for (
        id_,
        kind,
        account_id,
        amount_minor,
        currency_code,
        to_account_id,
        to_amount_minor,
        to_currency_code,
        category_id,
        year,
        month,
        day,
        hours,
        minutes,
        seconds,
        payee,
        description,
        notes,
        external_id,
        import_batch_id,
        status,
        version,
        created_seconds,
        created_nanos,
        updated_seconds,
        updated_nanos,
        deleted_seconds,
        deleted_nanos,
        split_lines,
        tags,
        _ledger_version,
    ) in rows:  # repository._list_columns' order; NULL (None) leaves a field unset
        fields = {
            "id": id_,
            "kind": kind,
            "account_id": account_id,
            "amount": _money(amount_minor, currency_code, exponents),
            "category_id": category_id,
            "occurred_on": {"year": year, "month": month, "day": day},
            "payee": payee,
            "description": description,
            "notes": notes,
            "external_id": external_id,
            "import_batch_id": import_batch_id,
            "status": status,
            "create_time": {"seconds": created_seconds, "nanos": created_nanos},
            "update_time": {"seconds": updated_seconds, "nanos": updated_nanos},
            "etag": domain.version_etag(version),
        }
        if to_account_id is not None:
            fields["to_account_id"] = to_account_id
        if to_amount_minor is not None:
            fields["to_amount"] = _money(to_amount_minor, to_currency_code, exponents)
        if hours is not None:
            fields["occurred_time"] = {"hours": hours, "minutes": minutes, "seconds": seconds}
        if deleted_seconds is not None:
            fields["delete_time"] = {"seconds": deleted_seconds, "nanos": deleted_nanos}
        if split_lines:  # lines by position
            fields["splits"] = [
                {
                    "category_id": line_category,
                    "amount": _money(line_minor, currency_code, exponents),
                    "note": note,
                }
                for _, line_category, line_minor, note in sorted(split_lines)
            ]
        if tags:  # in the order the domain stores them (sorted)
            fields["tags"] = sorted(tags.split("\n"))
        transactions.append(fields)
    return pb.ListTransactionsResponse(transactions=transactions, next_page_token=next_page_token)


def _money(amount_minor: int, currency_code: str, exponents: Mapping[str, int]) -> dict[str, Any]:
    """A stored amount as common.Money's fields (money.to_proto's, without its int64 check:
    a stored amount is within money.MAX_AMOUNT_MINOR)."""
    return {
        "amount_minor": amount_minor,
        "currency_code": currency_code,
        "amount_decimal": money.format_minor(amount_minor, exponents[currency_code]),
    }


def message_of(t: Transaction) -> pb.Transaction:
    """One transaction's message from its ORM object, with its split lines and tags."""
    message = pb.Transaction(
        id=str(t.id),
        kind=t.kind,
        account_id=str(t.account_id),
        amount=money.to_proto(t.amount_minor, t.currency_code),
        category_id=str(t.category_id) if t.category_id else "",
        occurred_on=calendar_days.to_proto(t.occurred_on),
        payee=t.payee,
        description=t.description,
        notes=t.notes,
        external_id=t.external_id,
        import_batch_id=str(t.import_batch_id) if t.import_batch_id else "",
        status=t.status,
        create_time=_timestamp(t.created_at),
        update_time=_timestamp(t.updated_at),
        etag=domain.etag(t),
        tags=[row.tag for row in t.tag_rows],
        splits=[
            pb.SplitLine(
                category_id=str(line.category_id),
                amount=money.to_proto(line.amount_minor, t.currency_code),
                note=line.note,
            )
            for line in t.splits
        ],
    )
    if t.to_account_id is not None:
        message.to_account_id = str(t.to_account_id)
    if t.to_amount_minor is not None and t.to_currency_code is not None:
        message.to_amount.CopyFrom(money.to_proto(t.to_amount_minor, t.to_currency_code))
    if t.occurred_time is not None:
        time_ = t.occurred_time
        message.occurred_time.CopyFrom(
            timeofday_pb2.TimeOfDay(hours=time_.hour, minutes=time_.minute, seconds=time_.second)
        )
    if t.deleted_at is not None:
        message.delete_time.CopyFrom(_timestamp(t.deleted_at))
    return message


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _timestamp(value: dt.datetime) -> Timestamp:
    """Timestamp.FromDatetime's value in whole integer steps, a third of its cost."""
    since = value - _EPOCH
    return Timestamp(seconds=since.days * 86_400 + since.seconds, nanos=since.microseconds * 1_000)
