"""Progress lines for long backup and restore work, on stderr so stdout stays the result."""

from __future__ import annotations

import sys


def say(message: str) -> None:
    print(f"rupaya: {message}", file=sys.stderr, flush=True)


def step(done: int, total: int, what: str) -> None:
    say(f"[{done}/{total}] {what}")
