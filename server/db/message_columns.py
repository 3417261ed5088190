"""Column expressions that read a value in the shape a protobuf message takes it, so a hot read
path builds its messages from plain strings and ints with no per-value Python conversion:
a UUID as its text, a timestamp as Unix seconds and nanos, a day or a time of day as its
parts, child rows as a JSON array or lines of text. NULL stays NULL (a message field left unset).

Each compiles for PostgreSQL and for the embedded SQLite file, which keeps UUIDs as 32 hex
digits and datetimes as text ('YYYY-MM-DD HH:MM:SS.ffffff', SQLAlchemy's storage format)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String, cast, extract
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


class uuid_text(FunctionElement[str]):
    """The UUID's canonical text (8-4-4-4-12 lower-case hex digits), as str(uuid) writes it."""

    type = String()
    inherit_cache = True


@compiles(uuid_text)
def _uuid_text(element: uuid_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS TEXT)"


@compiles(uuid_text, "sqlite")
def _uuid_text_sqlite(element: uuid_text, compiler: SQLCompiler, **kw: Any) -> str:
    hex_ = compiler.process(element.clauses, **kw)
    groups = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))
    return "(" + " || '-' || ".join(f"substr({hex_}, {start}, {length})" for start, length in groups) + ")"


class epoch_seconds(FunctionElement[int]):
    """A UTC timestamp's whole seconds since 1970 (google.protobuf.Timestamp.seconds)."""

    type = BigInteger()
    inherit_cache = True


@compiles(epoch_seconds)
def _epoch_seconds(element: epoch_seconds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(floor(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)})) AS BIGINT)"


@compiles(epoch_seconds, "sqlite")
def _epoch_seconds_sqlite(element: epoch_seconds, compiler: SQLCompiler, **kw: Any) -> str:
    # The text up to the seconds: strftime would truncate a fraction toward zero, not down.
    return f"CAST(strftime('%s', substr({compiler.process(element.clauses, **kw)}, 1, 19)) AS INTEGER)"


class epoch_nanos(FunctionElement[int]):
    """The nanoseconds past a UTC timestamp's whole second (Timestamp.nanos; microsecond steps)."""

    type = Integer()
    inherit_cache = True


@compiles(epoch_nanos)
def _epoch_nanos(element: epoch_nanos, compiler: SQLCompiler, **kw: Any) -> str:
    # EXTRACT(MICROSECONDS) is the seconds field with its fraction, in microseconds.
    value = compiler.process(element.clauses, **kw)
    return f"(mod(CAST(EXTRACT(MICROSECONDS FROM {value}) AS INTEGER), 1000000) * 1000)"


@compiles(epoch_nanos, "sqlite")
def _epoch_nanos_sqlite(element: epoch_nanos, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(CAST(substr({compiler.process(element.clauses, **kw)}, 21, 6) AS INTEGER) * 1000)"


def date_parts(day: ColumnElement[Any]) -> tuple[ColumnElement[int], ...]:
    """Year, month and day of a DATE column (google.type.Date)."""
    return tuple(cast(extract(part, day), Integer) for part in ("year", "month", "day"))


def time_parts(time: ColumnElement[Any]) -> tuple[ColumnElement[int], ...]:
    """Hours, minutes and seconds of a TIME column (google.type.TimeOfDay); the stored times
    are whole seconds (they come from TimeOfDay), so PostgreSQL's seconds carry no fraction."""
    return tuple(cast(extract(part, time), Integer) for part in ("hour", "minute", "second"))


class json_array(FunctionElement[Any]):
    """A JSON array of the given values, one row's worth (numbers stay exact integers)."""

    type = JSON()
    inherit_cache = True


@compiles(json_array)
def _json_array(element: json_array, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_build_array({compiler.process(element.clauses, **kw)})"


@compiles(json_array, "sqlite")
def _json_array_sqlite(element: json_array, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_array({compiler.process(element.clauses, **kw)})"


class json_list(FunctionElement[Any]):
    """Aggregate: the group's values as one JSON array, in no promised order. PostgreSQL gives
    NULL for no rows, SQLite '[]'; read both as no children."""

    type = JSON()
    inherit_cache = True


@compiles(json_list)
def _json_list(element: json_list, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_agg({compiler.process(element.clauses, **kw)})"


@compiles(json_list, "sqlite")
def _json_list_sqlite(element: json_list, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_group_array({compiler.process(element.clauses, **kw)})"


class text_lines(FunctionElement[str]):
    """Aggregate: the group's texts joined by line feeds, in no promised order (NULL for no
    rows), for texts that cannot hold a line feed."""

    type = String()
    inherit_cache = True


@compiles(text_lines)
def _text_lines(element: text_lines, compiler: SQLCompiler, **kw: Any) -> str:
    return f"string_agg({compiler.process(element.clauses, **kw)}, chr(10))"


@compiles(text_lines, "sqlite")
def _text_lines_sqlite(element: text_lines, compiler: SQLCompiler, **kw: Any) -> str:
    return f"group_concat({compiler.process(element.clauses, **kw)}, char(10))"
