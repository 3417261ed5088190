"""`backup FILE` and `restore FILE [--force]`: what each checks before it touches anything.

A restore refuses, changing nothing: a file whose checksum does not match (damaged or cut
short), a backup of the other engine, one from a migration revision this code does not know (a
newer release made it), and a database that already has tables unless --force replaces them."""

from __future__ import annotations

import datetime as dt
import pathlib
import tempfile
from importlib.metadata import version

from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from server.backup import archive, postgres, progress, sqlite
from server.backup.archive import BackupError, Manifest
from server.db import migrate


def backup(database_url: str, file: pathlib.Path) -> Manifest:
    if not file.parent.is_dir():
        raise BackupError(f"no folder {file.parent} to write the backup in")
    with tempfile.TemporaryDirectory(dir=file.parent, prefix=".rupaya-backup-") as tmp:
        payload = pathlib.Path(tmp) / "payload"
        if _is_sqlite(database_url):
            source = _sqlite_path(database_url)
            progress.say(f"backing up SQLite {source} with the online backup API")
            sqlite.dump(source, payload)
            kind, name = "sqlite", source.name
            rows, heads = sqlite.table_rows(payload), sqlite.revisions(payload)
            tools = {"sqlite": sqlite.version()}
        else:
            target = postgres.Target(database_url)
            progress.say(f"backing up PostgreSQL database {target.name} with pg_dump (custom format)")
            kind, name = "postgresql", target.name
            rows, heads, tools = postgres.dump(target, payload)
        manifest = Manifest(
            kind=kind,
            database=name,
            revisions=heads,
            table_rows=rows,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            tool_versions={"rupaya": version("rupaya"), **tools},
        )
        return archive.write(file, manifest, payload)


def restore(database_url: str, file: pathlib.Path, *, force: bool) -> Manifest:
    with tempfile.TemporaryDirectory(prefix="rupaya-restore-") as tmp:
        progress.say(f"verifying {file}")
        manifest, payload = archive.read_verified(file, pathlib.Path(tmp))
        _refuse_unknown_revisions(database_url, manifest)
        if _is_sqlite(database_url):
            _expect(manifest, "sqlite")
            path = _sqlite_path(database_url)
            _refuse_non_empty(sqlite.table_rows(path) if path.is_file() else {}, str(path), force)
            sqlite.restore(payload, path)
            restored = sqlite.table_rows(path)
        else:
            _expect(manifest, "postgresql")
            target = postgres.Target(database_url)
            existing = postgres.table_rows(target)
            _refuse_non_empty(existing, target.name, force)
            _refuse_tables_left_behind(existing, manifest, target.name)
            postgres.restore(payload, target, replace=force)
            restored = postgres.table_rows(target)
    if restored != manifest.table_rows:
        differ = sorted(
            t
            for t in manifest.table_rows.keys() | restored.keys()
            if manifest.table_rows.get(t) != restored.get(t)
        )
        raise BackupError(f"restored, but row counts differ from the manifest in: {', '.join(differ)}")
    return manifest


def _refuse_unknown_revisions(database_url: str, manifest: Manifest) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(database_url))
    known = {revision.revision for revision in script.walk_revisions()}
    unknown = sorted(set(manifest.revisions) - known)
    if unknown:
        raise BackupError(
            f"the backup is at migration revision {', '.join(unknown)}, which this RUPAYA does not have "
            "(a newer release made it): restore it with that release or a later one; nothing was changed"
        )


def _expect(manifest: Manifest, kind: str) -> None:
    if manifest.kind != kind:
        raise BackupError(f"this is a {manifest.kind} backup and the database is {kind}; nothing was changed")


def _refuse_non_empty(tables: dict[str, int], name: str, force: bool) -> None:
    if tables and not force:
        raise BackupError(
            f"{name} is not empty ({len(tables)} tables, {sum(tables.values())} rows): restore into a new, "
            "empty database, or pass --force to replace its contents; nothing was changed"
        )


def _refuse_tables_left_behind(tables: dict[str, int], manifest: Manifest, name: str) -> None:
    """pg_restore --clean replaces what the backup holds; a table it does not know would stay."""
    extra = sorted(tables.keys() - manifest.table_rows.keys())
    if extra:
        raise BackupError(
            f"{name} has tables the backup does not ({', '.join(extra)}): drop them first; nothing was changed"
        )


def _is_sqlite(database_url: str) -> bool:
    return database_url.startswith("sqlite")


def _sqlite_path(database_url: str) -> pathlib.Path:
    return pathlib.Path(make_url(database_url).database or "")
