"""The embedded default's SQLite file, copied with SQLite's online backup API: a consistent
copy while servers keep writing (it restarts when a writer changes a page it has copied)."""

from __future__ import annotations

import contextlib
import pathlib
import sqlite3
from collections.abc import Callable, Iterator

from server.backup import progress
from server.backup.archive import BackupError

_PAGES_PER_STEP = 1024  # ~4 MB per step: progress lines, and writers get the lock in between


def dump(source: pathlib.Path, payload: pathlib.Path) -> None:
    if not source.is_file():
        raise BackupError(f"no database file at {source}")
    with _connect(source) as src, _connect(payload) as dst:
        src.backup(dst, pages=_PAGES_PER_STEP, progress=_report("copied"))
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it


def restore(payload: pathlib.Path, target: pathlib.Path) -> None:
    """Replaces `target`'s content page by page in one write transaction: all or nothing."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with _connect(payload) as src, _connect(target) as dst:
        src.backup(dst, pages=_PAGES_PER_STEP, progress=_report("restored"))


def table_rows(database: pathlib.Path) -> dict[str, int]:
    with _connect(database) as db:
        names = [row[0] for row in db.execute(_TABLES)]
        return {name: int(db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def revisions(database: pathlib.Path) -> list[str]:
    with _connect(database) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone():
            return []
        return sorted(row[0] for row in db.execute("SELECT version_num FROM alembic_version"))


def version() -> str:
    return sqlite3.sqlite_version


_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"


@contextlib.contextmanager
def _connect(path: pathlib.Path) -> Iterator[sqlite3.Connection]:
    try:
        connection = sqlite3.connect(path, timeout=30)
    except sqlite3.Error as error:
        raise BackupError(f"cannot open {path}: {error}") from None
    try:
        yield connection
    except sqlite3.DatabaseError as error:
        raise BackupError(f"SQLite {path}: {error}") from None
    finally:
        connection.close()


def _report(verb: str) -> Callable[[int, int, int], None]:
    def report(_status: int, remaining: int, total: int) -> None:
        progress.step(total - remaining, total, f"pages {verb}")

    return report
