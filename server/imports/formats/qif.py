"""QIF (Quicken Interchange Format) bank sections: a small reader of our own, as PyPI's QIF
readers are unmaintained (qifparse, last release 2013) or pull pandas into the server
(quiffen). Each entry ends with "^"; D is the day, T (or U) the amount, P the payee, M the
memo, N the cheque number; L and split lines (S, E, $) are left to rules and the user."""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator

from rupaya.v1 import imports_pb2 as pb
from server.imports.formats import ParsedRow, Row, RowError
from server.imports.formats.fields import FieldError, clip, parse_amount, parse_day

DEFAULT_DATE_FORMAT = "%m/%d/%Y"
BANK_TYPES = ("bank", "cash", "ccard", "oth a", "oth l")


def _lines(chunks: Iterable[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    tail = ""
    for chunk in chunks:
        parts = (tail + decoder.decode(chunk)).splitlines(keepends=True)
        tail = parts.pop() if parts and not parts[-1].endswith(("\n", "\r")) else ""
        yield from (p.rstrip("\r\n") for p in parts)
    tail += decoder.decode(b"", final=True)
    if tail:
        yield tail


def read(options: pb.CreateImportRequest, exponent: int, chunks: Iterable[bytes]) -> Iterator[Row]:
    date_format = options.date_format or DEFAULT_DATE_FORMAT
    entry: dict[str, str] = {}
    number, in_bank, seen_type = 0, False, False
    try:
        for line in _lines(chunks):
            if not line.strip():
                continue
            if line.startswith("!"):
                kind = line[1:].strip().lower()
                if kind.startswith("type:"):
                    seen_type = True
                    in_bank = kind[5:].strip() in BANK_TYPES
                continue
            if not seen_type:
                yield RowError(1, "the file does not start with a !Type: line")
                return
            if line.startswith("^"):
                if in_bank:
                    number += 1
                    yield _row(number, entry, options, date_format, exponent)
                entry = {}
            elif line[0] not in entry:  # split lines repeat S/E/$: the first is kept, unused
                entry[line[0]] = line[1:]
    except UnicodeDecodeError:
        yield RowError(number + 1, "the file is not UTF-8 text")
        return
    if entry and in_bank:
        yield RowError(number + 1, "the last entry has no closing ^ line")
    elif not seen_type:
        yield RowError(1, "the file does not start with a !Type: line")


def _day(text: str, date_format: str) -> str:
    """Quicken writes 1/5'26 for 1/5/2026 and pads with spaces: one form for strptime."""
    text = text.strip().replace(" ", "")
    if "'" in text:
        text = text.replace("'", "/")
        if "%Y" in date_format and len(text.rsplit("/", 1)[-1]) == 2:
            text = text[: text.rfind("/") + 1] + "20" + text.rsplit("/", 1)[-1]
    return text


def _row(
    number: int, entry: dict[str, str], options: pb.CreateImportRequest, date_format: str, exponent: int
) -> Row:
    try:
        day = parse_day(_day(entry.get("D", ""), date_format), date_format)
        amount_text = entry.get("T", entry.get("U", ""))
        if not amount_text.strip():
            raise FieldError("the entry has no amount (T line)")
        amount = parse_amount(amount_text, options.decimal_separator, exponent)
    except FieldError as error:
        return RowError(number, str(error))
    if amount == 0:
        return RowError(number, "the amount is zero")
    return ParsedRow(
        row_number=number,
        occurred_on=day,
        amount_minor=amount,
        payee=clip(entry.get("P", ""), 128),
        description=clip(entry.get("M", ""), 256),
    )
