"""CSV statements through the stdlib csv module: a header line names the columns, the
client's CsvMapping says which hold what. Read as a stream: one row in memory at a time."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable, Iterator

from rupaya.v1 import imports_pb2 as pb
from server.imports.formats import ParsedRow, Row, RowError
from server.imports.formats.fields import FieldError, clip, parse_amount, parse_day

DEFAULT_DATE_FORMAT = "%Y-%m-%d"


def _lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """The file's text lines (UTF-8, a BOM dropped), decoded chunk by chunk; a chunk may end
    inside a character or a line."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    tail = ""
    for chunk in chunks:
        text = tail + decoder.decode(chunk)
        lines = text.splitlines(keepends=True)
        tail = lines.pop() if lines and not lines[-1].endswith(("\n", "\r")) else ""
        yield from lines
    tail += decoder.decode(b"", final=True)
    if tail:
        yield tail


def _columns(header: list[str], mapping: pb.CsvMapping) -> dict[str, int] | str:
    """Column index per mapped role, or why the header does not fit the mapping."""
    names = {cell.strip().lower(): i for i, cell in enumerate(header)}
    roles = {
        "date": mapping.date_column,
        "amount": mapping.amount_column,
        "debit": mapping.debit_column,
        "credit": mapping.credit_column,
        "payee": mapping.payee_column,
        "description": mapping.description_column,
        "external_id": mapping.external_id_column,
        "status": mapping.status_column,
    }
    found, missing = {}, []
    for role, name in roles.items():
        if not name:
            continue
        index = names.get(name.strip().lower())
        if index is None:
            missing.append(name)
        else:
            found[role] = index
    if missing:
        return f"the header has no column {', '.join(repr(m) for m in missing)}"
    return found


def read(options: pb.CreateImportRequest, exponent: int, chunks: Iterable[bytes]) -> Iterator[Row]:
    mapping = options.csv
    reader = csv.reader(_lines(chunks), delimiter=mapping.delimiter or ",", strict=True)
    date_format = options.date_format or DEFAULT_DATE_FORMAT
    pending_value = (mapping.pending_value or "pending").strip().lower()
    columns: dict[str, int] | None = None
    try:
        for cells in reader:
            if columns is None:
                found = _columns(cells, mapping)
                if isinstance(found, str):
                    yield RowError(reader.line_num, found)
                    return
                columns = found
                continue
            if not any(cell.strip() for cell in cells):
                continue  # blank lines (a trailing one is common) are no rows
            yield _row(reader.line_num, cells, columns, options, date_format, pending_value, exponent)
    except UnicodeDecodeError:
        yield RowError(reader.line_num + 1, "the file is not UTF-8 text")
        return
    except csv.Error as error:
        yield RowError(max(reader.line_num, 1), f"the line is not valid CSV: {error}")
        return
    if columns is None:
        yield RowError(1, "the file has no header line")


def _row(
    line: int,
    cells: list[str],
    columns: dict[str, int],
    options: pb.CreateImportRequest,
    date_format: str,
    pending_value: str,
    exponent: int,
) -> Row:
    def cell(role: str) -> str:
        index = columns.get(role)
        return cells[index] if index is not None and index < len(cells) else ""

    if len(cells) <= max(columns.values()):
        return RowError(
            line, f"the line has {len(cells)} columns, the header {max(columns.values()) + 1} or more"
        )
    separator = options.decimal_separator
    try:
        day = parse_day(cell("date"), date_format)
        if "amount" in columns:
            amount = parse_amount(cell("amount"), separator, exponent)
            if options.csv.negate_amounts:
                amount = -amount
        else:
            debit, credit = cell("debit").strip(), cell("credit").strip()
            if bool(debit) == bool(credit):
                raise FieldError("exactly one of the debit and credit cells must hold an amount")
            amount = (
                -abs(parse_amount(debit, separator, exponent))
                if debit
                else abs(parse_amount(credit, separator, exponent))
            )
    except FieldError as error:
        return RowError(line, str(error))
    if amount == 0:
        return RowError(line, "the amount is zero")
    return ParsedRow(
        row_number=line,
        occurred_on=day,
        amount_minor=amount,
        payee=clip(cell("payee"), 128),
        description=clip(cell("description"), 256),
        external_id=clip(cell("external_id"), 255),
        pending=cell("status").strip().lower() == pending_value if "status" in columns else False,
    )
