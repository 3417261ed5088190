"""PostgreSQL through its own tools: pg_dump's custom format and pg_restore, the binaries of the
server's major version (Debian keeps them in /usr/lib/postgresql/<major>/bin).

The row counts are taken in the very snapshot pg_dump copies (pg_export_snapshot), so the
manifest describes exactly what the payload holds while servers keep writing."""

from __future__ import annotations

import contextlib
import os
import pathlib
import re
import shutil
import subprocess
from collections.abc import Iterator

import psycopg
from sqlalchemy.engine import make_url

from server.backup import progress
from server.backup.archive import BackupError

_TABLES = (
    "SELECT table_name FROM information_schema.tables"
    " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
)


class Target:
    """One PostgreSQL database, from the server's URL; the password goes to the tools through
    PGPASSWORD, never on a command line where `ps` shows it."""

    def __init__(self, database_url: str) -> None:
        url = make_url(database_url)
        self.name = url.database or ""
        self._password = url.password
        self.conninfo = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)

    def env(self) -> dict[str, str]:
        return {**os.environ, **({"PGPASSWORD": str(self._password)} if self._password else {})}

    @contextlib.contextmanager
    def connect(self) -> Iterator[psycopg.Connection]:
        try:
            with psycopg.connect(self.conninfo, password=self._password) as conn:
                yield conn
        except psycopg.OperationalError as error:
            raise BackupError(f"cannot reach PostgreSQL database {self.name}: {error}") from None

    def tool(self, name: str) -> str:
        """pg_dump/pg_restore of the server's major version, or a newer one on PATH."""
        with self.connect() as conn:
            major = int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000  # type: ignore[index]
        candidates = [f"/usr/lib/postgresql/{major}/bin/{name}", shutil.which(name) or ""]
        for path in candidates:
            if path and os.access(path, os.X_OK) and _major(path) >= major:
                return path
        raise BackupError(
            f"no {name} of PostgreSQL {major} or newer (looked in {', '.join(filter(None, candidates))})"
        )


def dump(target: Target, payload: pathlib.Path) -> tuple[dict[str, int], list[str], dict[str, str]]:
    """Rows per table, migration heads and tool versions, all of the snapshot `payload` holds."""
    pg_dump = target.tool("pg_dump")
    with target.connect() as conn:
        # Set before the first statement, which begins the transaction: in REPEATABLE READ every
        # count sees the snapshot pg_dump is handed (READ COMMITTED would take one per statement).
        conn.isolation_level, conn.read_only = psycopg.IsolationLevel.REPEATABLE_READ, True
        snapshot = str(conn.execute("SELECT pg_export_snapshot()").fetchone()[0])  # type: ignore[index]
        counts = _table_rows(conn)
        heads = _revisions(conn, counts)
        server = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
        command = [pg_dump, "--format=custom", "--verbose", f"--snapshot={snapshot}", f"--file={payload}"]
        _run_with_progress([*command, target.conninfo], target, "dumping contents of table", len(counts))
        conn.rollback()  # the snapshot had to stay open until pg_dump was done with it
    return counts, heads, {"pg_dump": _version_line(pg_dump), "postgresql_server": server}


def table_rows(target: Target) -> dict[str, int]:
    with target.connect() as conn:
        return _table_rows(conn)


def restore(payload: pathlib.Path, target: Target, *, replace: bool) -> None:
    """pg_restore in one transaction: on any error nothing is left half restored. `replace`
    drops and recreates every object the backup holds (--clean) in that same transaction."""
    pg_restore = target.tool("pg_restore")
    listed = subprocess.run([pg_restore, "--list", str(payload)], capture_output=True, text=True)
    if listed.returncode != 0:
        raise BackupError(f"pg_restore cannot read the payload: {listed.stderr.strip()}")
    tables = len(re.findall(r" TABLE DATA ", listed.stdout))
    command = [pg_restore, "--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges"]
    command += ["--clean", "--if-exists"] if replace else []
    command += ["--verbose", f"--dbname={target.conninfo}", str(payload)]
    _run_with_progress(command, target, "processing data for table", tables)


def _table_rows(conn: psycopg.Connection) -> dict[str, int]:
    names = [str(row[0]) for row in conn.execute(_TABLES)]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}  # type: ignore[index]


def _revisions(conn: psycopg.Connection, tables: dict[str, int]) -> list[str]:
    if "alembic_version" not in tables:
        return []
    return sorted(str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version"))


def _run_with_progress(command: list[str], target: Target, marker: str, total: int) -> None:
    """Runs a verbose pg_dump/pg_restore, turning its per-table lines into progress lines."""
    process = subprocess.Popen(command, env=target.env(), stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    done, errors = 0, []
    for line in process.stderr:
        if marker in line:
            done += 1
            progress.step(done, total, line.split(marker, 1)[1].strip().strip('"'))
        elif "error" in line.lower() or "fatal" in line.lower():
            errors.append(line.strip())
    if process.wait() != 0:
        raise BackupError(f"{pathlib.Path(command[0]).name} failed: " + " | ".join(errors or ["see above"]))


def _version_line(tool: str) -> str:
    return subprocess.run([tool, "--version"], capture_output=True, text=True, check=True).stdout.strip()


def _major(tool: str) -> int:
    found = re.search(r"\(PostgreSQL\) (\d+)", _version_line(tool))
    return int(found.group(1)) if found else 0
