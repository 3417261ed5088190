"""OFX and QFX statements through ofxtools (SGML 1.x and XML 2.x): each STMTTRN is one row,
numbered in file order, its FITID the bank's id. A transaction ofxtools refuses is a row
error; a file it cannot parse at all is one error at row 1."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

from ofxtools.models.base import Aggregate
from ofxtools.Parser import OFXTree

from server.imports.formats import ParsedRow, Row, RowError
from server.imports.formats.fields import FieldError, clip, decimal_to_minor

# Whatever ofxtools raises on a hostile file is that file's fault (ValueError, SyntaxError,
# decimal's errors, and lookups that fail on missing elements): the library is the boundary.
_MALFORMED: tuple[type[Exception], ...] = (Exception,)


def read(exponent: int, currency: str, data: bytes) -> Iterator[Row]:
    tree = OFXTree()
    try:
        tree.parse(io.BytesIO(data))
    except _MALFORMED as error:  # OFXHeaderError and ParseError included
        yield RowError(1, f"the file is not OFX: {_first_line(error)}")
        return
    root = tree.getroot()
    declared = {(e.text or "").strip().upper() for e in root.iter("CURDEF")}
    if declared and declared != {currency}:
        yield RowError(1, f"the statement is in {', '.join(sorted(declared))}, the account in {currency}")
        return
    for number, element in enumerate(root.iter("STMTTRN"), start=1):
        yield _row(number, element, exponent)


def _row(number: int, element: Any, exponent: int) -> Row:
    try:
        entry = Aggregate.from_etree(element)
        amount = decimal_to_minor(entry.trnamt, exponent)
    except FieldError as error:
        return RowError(number, str(error))
    except _MALFORMED as error:
        return RowError(number, f"the transaction is not valid OFX: {_first_line(error)}")
    if amount == 0:
        return RowError(number, "the amount is zero")
    return ParsedRow(
        row_number=number,
        occurred_on=_bank_day(element, entry.dtposted),
        amount_minor=amount,
        payee=clip(entry.name or (entry.payee.name if entry.payee is not None else "") or "", 128),
        description=clip(entry.memo or "", 256),
        external_id=clip(entry.fitid or "", 255),
    )


def _bank_day(element: Any, posted: dt.datetime) -> dt.date:
    """The day as the bank wrote it (DTPOSTED's first 8 digits), not shifted to UTC."""
    text = (element.findtext("DTPOSTED") or "").strip()
    try:
        return dt.date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return posted.date()


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:160]
