"""User regular expressions, compiled by RE2: matching is linear in the input whatever the
pattern, so a user's pattern cannot hang the server (no backtracking, hence no backreferences
or lookaround: such patterns are refused, as are ones past the memory budget)."""

from __future__ import annotations

import functools
from typing import Any

# Memory RE2 may use for one compiled pattern (its program and DFA cache). A pattern needing
# more fails to compile; a search whose DFA outgrows it falls back to RE2's (still linear) NFA.
MAX_PATTERN_MEMORY = 1 << 20


class PatternError(ValueError):
    """RE2 cannot compile the pattern (unsupported syntax, or too large)."""


@functools.cache
def _options() -> Any:
    import re2

    options = re2.Options()
    options.max_mem = MAX_PATTERN_MEMORY
    options.log_errors = False  # a user's bad pattern is their error, not a line in our log
    options.never_capture = True  # rules only ask whether it matches
    return options


def compile_pattern(pattern: str) -> Any:
    """The compiled pattern; PatternError saying why RE2 refuses it."""
    # Imported on the first pattern compiled, not at start (~1.2 MB resident): a worker whose
    # users have no pattern rules never loads it.
    import re2

    try:
        return re2.compile(pattern, _options())
    except re2.error as error:
        reason = error.args[0] if error.args else "invalid"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(f"not an RE2 regular expression: {reason}") from None
    except (TypeError, ValueError, OverflowError) as error:
        raise PatternError(f"not an RE2 regular expression: {error}") from None
