"""Exact SUMs over an unbounded number of int64 terms, on both databases.

SQLite's SUM fails once a partial sum passes int64 (PostgreSQL's turns NUMERIC); where terms
of both signs come in unbounded number (transfers back and forth) that can happen although
the total is small. Summed as high and low 32-bit parts, neither SUM can overflow, and the
parts are joined exactly in Python. Both databases divide integers toward zero, so
amount = (amount / 2^32) * 2^32 + amount % 2^32 holds term by term."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func

SPLIT = 2**32


def split_sum(amount: Any) -> tuple[Any, Any]:
    """SUM(amount) as two SUMs (high, low); join their results with `joined`."""
    return func.sum(amount // SPLIT), func.sum(amount % SPLIT)


def joined(high: Any, low: Any) -> int:
    return int(high or 0) * SPLIT + int(low or 0)
