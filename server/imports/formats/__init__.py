"""Statement file readers. Each turns a file (its bytes, streamed chunk by chunk where the
format allows) into rows in file order: a `ParsedRow` for each row it could read, a `RowError`
with the row's number and why for each it could not. No SQL, no gRPC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rupaya.v1 import imports_pb2 as pb


@dataclass(frozen=True, slots=True)
class ParsedRow:
    row_number: int
    occurred_on: dt.date
    amount_minor: int  # signed, in the account's currency: negative leaves the account
    payee: str = ""
    description: str = ""
    external_id: str = ""
    pending: bool = False


@dataclass(frozen=True, slots=True)
class RowError:
    row_number: int
    reason: str


Row = ParsedRow | RowError


def read(
    options: pb.CreateImportRequest, exponent: int, currency: str, chunks: Iterable[bytes]
) -> Iterator[Row]:
    """The rows of a file of `options.format`, amounts in minor units of `exponent` decimals,
    each row number once and rising (a reader's second word on one row is dropped)."""
    return _rising(_rows(options, exponent, currency, chunks))


def _rising(rows: Iterator[Row]) -> Iterator[Row]:
    last = 0
    for row in rows:
        if row.row_number > last:
            last = row.row_number
            yield row


def _rows(
    options: pb.CreateImportRequest, exponent: int, currency: str, chunks: Iterable[bytes]
) -> Iterator[Row]:
    # Imported here: each reader pulls its own library only when its format is used.
    if options.format == pb.IMPORT_FORMAT_CSV:
        from server.imports.formats import csv_rows

        return csv_rows.read(options, exponent, chunks)
    if options.format in (pb.IMPORT_FORMAT_OFX, pb.IMPORT_FORMAT_QFX):
        from server.imports.formats import ofx

        return ofx.read(exponent, currency, b"".join(chunks))
    from server.imports.formats import qif

    return qif.read(options, exponent, chunks)
