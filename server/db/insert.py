"""INSERT with ON CONFLICT, which SQLAlchemy builds per dialect (PostgreSQL and SQLite)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite


def insert_for(dialect_name: str) -> Any:
    """The `insert` construct with `on_conflict_do_*` for this dialect."""
    return postgresql.insert if dialect_name == "postgresql" else sqlite.insert
