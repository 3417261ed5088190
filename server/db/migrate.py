"""Runs the Alembic migrations (same history for SQLite and PostgreSQL)."""

from __future__ import annotations

import pathlib

from alembic import command
from alembic.config import Config

MIGRATIONS = pathlib.Path(__file__).resolve().parent / "migrations"


def sync_url(url: str) -> str:
    """Alembic runs synchronously: aiosqlite -> pysqlite; psycopg serves both modes."""
    return url.replace("sqlite+aiosqlite://", "sqlite://")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", sync_url(url).replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "heads") -> None:
    """Every branch to its head: features add revisions off 0001 independently."""
    command.upgrade(alembic_config(url), revision)
