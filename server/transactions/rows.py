"""pb.Transaction messages: a ListTransactions reply from its plain rows (repository.list_rows,
the hot path), and one transaction from its ORM object (Get, Create, Update, Delete). The two
must agree field for field: tests/test_transaction_lists.py compares a listed transaction with
GetTransaction's byte for byte."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp
from google.type import timeofday_pb2

from rupaya.v1 import transactions_pb2 as pb
from server import calendar_days, currencies, money
from server.db.tables import Transaction
from server.transactions import domain


def list_reply(rows: Sequence[Sequence[Any]], next_page_token: str) -> bytes:
    """The serialized ListTransactionsResponse: each transaction framed as the response's
    field 1 (tag, length, bytes), then the token as its field 2: the bytes upb writes for the
    message. A transaction's bytes are a pure function of its row less the ledger version
    (which only keys the reply cache), so they are kept by that row (`_Framed`): a page read
    again after a write, when the reply cache misses, builds only its new or changed rows.
    Keyed by the whole row, an entry can neither go stale nor show one user another's row."""
    keys = [_content(row) for row in rows]
    parts = [_FRAMED.get(key) for key in keys]
    missing = [i for i, part in enumerate(parts) if part is None]
    if missing:
        # Built together, in one message (one upb arena), then cut into their framed bytes.
        built = pb.ListTransactionsResponse(transactions=[_fields(rows[i]) for i in missing])
        for i, framed in zip(missing, _framed_parts(built.SerializeToString()), strict=True):
            parts[i] = framed
            _FRAMED.put(keys[i], framed)
    if next_page_token:
        parts.append(pb.ListTransactionsResponse(next_page_token=next_page_token).SerializeToString())
    return b"".join(parts)  # type: ignore[arg-type]  # every part is set by now


def _fields(row: Sequence[Any]) -> dict[str, Any]:
    """One transaction's message fields from its row's strings and ints (nested messages as
    dicts), in repository._list_columns' order; NULL (None) leaves a field out."""
    (
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
    ) = row
    exponents = currencies.exponents()
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
    return fields


_SPLIT_LINES = -3  # a row's split lines, then its tags and the ledger version


def _content(row: Sequence[Any]) -> tuple[Any, ...]:
    """The row less its ledger version (the user's, bumped by each of their writes), made
    hashable where it has split lines (JSON lists)."""
    lines = row[_SPLIT_LINES]
    if lines is None:
        return tuple(row[:-1])
    return (*row[:_SPLIT_LINES], tuple(map(tuple, lines)), row[-2])


def _framed_parts(serialized: bytes) -> Iterator[bytes]:
    """A serialized ListTransactionsResponse holding only transactions, cut into each one's
    framed bytes (field 1's tag, the length as a varint, the message)."""
    at = 0
    while at < len(serialized):
        start = at
        at += 1  # the tag
        size = shift = 0
        while True:
            byte = serialized[at]
            at += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                break
        at += size
        yield serialized[start:at]


class _Framed:
    """Rows' framed transactions, for the last `max_items` rows listed, least recently used
    out first (~1 KB each with its key)."""

    def __init__(self, max_items: int) -> None:
        self._max_items = max_items
        self._items: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> bytes | None:
        framed = self._items.get(key)
        if framed is not None:
            self._items.move_to_end(key)
        return framed

    def put(self, key: tuple[Any, ...], framed: bytes) -> None:
        self._items[key] = framed
        if len(self._items) > self._max_items:
            del self._items[next(iter(self._items))]


# About 40 pages of 50 (a user's newest pages across their writes), ~2 MB.
_FRAMED = _Framed(max_items=2048)


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
