"""A compiled statement's parameters as the driver takes them, worked out once per statement.

SQLAlchemy's `construct_params` walks every bind parameter of the statement, escaping names and
checking what is required, on every execution; a write's pipelined statements then convert the
values by their column types (e.g. UtcDateTime). Both are the same work for every call of a
statement: here the walk is read once per compiled statement into a plain tuple, and each call
only looks its values up. A statement this does not cover (expanding IN-lists, parameters
rendered into the SQL, collected literals) goes through `construct_params` as before. It reads
a few attributes SQLAlchemy keeps on a compiled statement (pyproject pins SQLAlchemy to 2.1.x;
_COMPILED_INTERNALS, checked by tests/test_db_reads.py)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import exc
from sqlalchemy.sql.compiler import Compiled

# What _binds reads on a compiled statement (SQLAlchemy 2.1).
_COMPILED_INTERNALS = (
    "bind_names",
    "escaped_bind_names",
    "_bind_processors",
    "_render_postcompile",
    "_collected_params",
)

# One bind parameter: its name in the SQL, the keys it is given by (its key, its name), the
# parameter itself (for its default) and its type's conversion, if any.
_Bind = tuple[str, str, str, Any, Callable[[Any], Any] | None]


def driver_params(compiled: Compiled, params: Mapping[str, Any]) -> dict[str, Any]:
    binds = _binds(compiled)
    if binds is None:
        values = compiled.construct_params(dict(params))
        processors = compiled._bind_processors
        return {name: processors[name](v) if name in processors else v for name, v in values.items()}
    out = {}
    for name, key, plain_name, bind, convert in binds:
        if key in params:
            value = params[key]
        elif plain_name in params:
            value = params[plain_name]
        elif bind.required:
            raise exc.InvalidRequestError(f"A value is required for bind parameter {key!r}", code="cd3x")
        else:
            value = bind.effective_value if bind.callable else bind.value
        out[name] = value if convert is None else convert(value)
    return out


@functools.cache  # compiled statements are cached (server/db/pipeline.py): read once each
def _binds(compiled: Any) -> tuple[_Bind, ...] | None:
    """The statement's bind parameters, or None where construct_params does more than look
    values up (or SQLAlchemy no longer keeps what this reads)."""
    if not all(hasattr(compiled, name) for name in _COMPILED_INTERNALS):
        return None
    if (
        compiled._render_postcompile
        or compiled.escaped_bind_names
        or compiled._collected_params  # literals SQLAlchemy adds to the given values
    ):
        return None
    if getattr(compiled, "post_compile_params", None) or getattr(compiled, "literal_execute_params", None):
        return None
    processors = compiled._bind_processors
    return tuple(
        (name, bind.key, name, bind, processors.get(name)) for bind, name in compiled.bind_names.items()
    )
