"""Transactions as file lines (CSV or JSON lines) for ExportTransactions: exact amounts as
decimal strings in the currency's minor units, never floats. Plain Python, no gRPC, no SQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass

import orjson

from server import currencies
from server.db.tables import Transaction
from server.money import format_minor

# The contract's TransactionKind / TransactionStatus numbers, as words a spreadsheet reads.
KINDS = {1: "income", 2: "expense", 3: "transfer"}
STATUSES = {1: "pending", 2: "cleared", 3: "reconciled"}
COLUMNS = (
    "id",
    "occurred_on",
    "occurred_time",
    "kind",
    "status",
    "account_id",
    "amount",
    "currency_code",
    "to_account_id",
    "to_amount",
    "to_currency_code",
    "category_id",
    "payee",
    "description",
    "notes",
    "tags",
    "external_id",
    "import_batch_id",
    "created_at",
    "deleted_at",
)
# Cells a spreadsheet would run as a formula (CSV injection); such text gets a leading quote.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TEXT_COLUMNS = ("payee", "description", "notes", "tags", "external_id")


@dataclass(frozen=True)
class Format:
    content_type: str
    extension: str
    csv: bool

    def header(self) -> bytes:
        return _csv_lines([list(COLUMNS)]) if self.csv else b""

    def lines(self, rows: Iterable[Transaction]) -> bytes:
        records = [record(row) for row in rows]
        if self.csv:
            return _csv_lines([[_cell(name, r[name]) for name in COLUMNS] for r in records])
        return b"".join(orjson.dumps(r) + b"\n" for r in records)

    def file_name(self, today: dt.date) -> str:
        return f"transactions-{today.isoformat()}.{self.extension}"


CSV = Format("text/csv; charset=utf-8", "csv", csv=True)
JSON_LINES = Format("application/x-ndjson", "jsonl", csv=False)


def _amount(amount_minor: int | None, currency: str | None) -> str:
    if amount_minor is None or not currency:
        return ""
    return format_minor(amount_minor, currencies.exponents()[currency])


def _text(value: object) -> str:
    return "" if value is None else str(value)


def record(t: Transaction) -> dict[str, object]:
    """One transaction as the export's fields; every value a string (JSON lines adds splits)."""
    return {
        "id": str(t.id),
        "occurred_on": t.occurred_on.isoformat(),
        "occurred_time": t.occurred_time.isoformat() if t.occurred_time else "",
        "kind": KINDS.get(t.kind, ""),
        "status": STATUSES.get(t.status, ""),
        "account_id": str(t.account_id),
        "amount": _amount(t.amount_minor, t.currency_code),
        "currency_code": t.currency_code,
        "to_account_id": _text(t.to_account_id),
        "to_amount": _amount(t.to_amount_minor, t.to_currency_code),
        "to_currency_code": _text(t.to_currency_code),
        "category_id": _text(t.category_id),
        "payee": t.payee,
        "description": t.description,
        "notes": t.notes,
        "tags": ";".join(sorted(row.tag for row in t.tag_rows)),
        "external_id": t.external_id,
        "import_batch_id": _text(t.import_batch_id),
        "created_at": t.created_at.isoformat(),
        "deleted_at": t.deleted_at.isoformat() if t.deleted_at else "",
        "splits": [
            {
                "category_id": str(x.category_id),
                "amount": _amount(x.amount_minor, t.currency_code),
                "note": x.note,
            }
            for x in t.splits
        ],
    }


def _cell(column: str, value: object) -> str:
    text = str(value)
    if column in _TEXT_COLUMNS and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def _csv_lines(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode()
