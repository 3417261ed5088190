"""Command line: `python -m server serve [--workers N] | migrate | check-ledger | rotate-keys [--retire KID]
| backup FILE | restore FILE [--force] | healthcheck`.

`python -m gateway serve` runs the same `serve` with the HTTP gateway as this process's front
door (gateway/embedded.py): the gateway sits on top of the server and plugs in from there.

Each command imports what it runs when it runs: the `serve --workers N` supervisor only
supervises (server/workers.py), and importing the server here would cost it ~100 MB."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import pathlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from server import dev_keys, logs, workers
from server.config import ConfigError, Settings, load_settings

if TYPE_CHECKING:
    from server.app import FrontDoor


async def rotate_keys(settings: Settings, retire: str | None) -> str:
    """Adds a signing key, or retires one; running replicas pick it up on their next reload."""
    from server.auth import keyring
    from server.crypto import DataKey
    from server.db.engine import Database

    db = Database(settings.database_url, prepared_statements=settings.database_prepared_statements)
    try:
        if retire:
            await keyring.retire(db, retire)
            return f"retired {retire}; tokens it signed stop verifying within RUPAYA_KEYRING_REFRESH"
        kid = await keyring.rotate(db, DataKey(settings.data_key))
        return f"added signing key {kid}; older keys keep verifying until retired"
    finally:
        await db.close()


def main(
    argv: list[str] | None = None,
    front_door: Callable[[Settings], FrontDoor | None] | None = None,
    module: str = "server",
) -> None:
    """`front_door` adds a listener beside gRPC in each serving process; `module` is what
    `serve --workers N` runs as `python -m <module> worker`, so workers get the same one."""
    parser = argparse.ArgumentParser(prog="rupaya", description="RUPAYA money-management gRPC server")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser(
        "serve", help="run the gRPC server (migrates first unless RUPAYA_MIGRATE_ON_START=false)"
    )
    serve.add_argument(
        "--workers", type=int, help="server processes sharing the port (default RUPAYA_WORKERS or 1)"
    )
    sub.add_parser("migrate", help="apply database migrations and exit")
    sub.add_parser(
        "check-ledger",
        help="verify every account's balance equals opening balance + live postings (exit 1 if not)",
    )
    rotate = sub.add_parser("rotate-keys", help="add a new JWT signing key (or retire one with --retire)")
    rotate.add_argument("--retire", metavar="KID", help="stop accepting tokens signed by this key id")
    backup = sub.add_parser(
        "backup", help="write a verified backup of the database (pg_dump or SQLite's online backup)"
    )
    backup.add_argument("file", type=pathlib.Path)
    restore = sub.add_parser("restore", help="restore a backup into an empty database, after checking it")
    restore.add_argument("file", type=pathlib.Path)
    restore.add_argument("--force", action="store_true", help="replace what a non-empty database holds")
    sub.add_parser("worker", help=argparse.SUPPRESS)  # one process of `serve --workers N`
    probe = sub.add_parser(
        "healthcheck", help="exit 0 if this host's server is SERVING (the image's HEALTHCHECK)"
    )
    probe.add_argument("--target", help="gRPC HOST:PORT (default 127.0.0.1:RUPAYA_GRPC_PORT)")
    probe.add_argument("--service", default="", help="grpc.health.v1 service name (default: the server)")
    probe.add_argument("--http", metavar="URL", help="probe this HTTP URL instead (the gateway's container)")
    args = parser.parse_args(argv)
    if args.command == "healthcheck":  # before the settings: a probe needs no keys, the gateway has none
        _healthcheck(args)
    if getattr(args, "workers", None) is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    try:
        settings = load_settings()
        if getattr(args, "workers", None):
            settings = dataclasses.replace(settings, workers=args.workers)
    except ConfigError as error:
        print(f"rupaya: configuration error: {error}", file=sys.stderr)
        sys.exit(2)
    logs.configure(settings.log_format, tracing=bool(settings.tracing))
    door = None
    if args.command in {"serve", "worker"}:
        try:
            settings = dev_keys.with_development_keys(settings)
            door = front_door(settings) if front_door else None  # refused here, before serving
        except ConfigError as error:
            print(f"rupaya: configuration error: {error}", file=sys.stderr)
            sys.exit(2)
    _run(args, settings, door, module)


def _run(args: argparse.Namespace, settings: Settings, door: FrontDoor | None, module: str) -> None:
    if args.command == "migrate":
        from server.db import migrate

        migrate.upgrade(settings.database_url)
        print("migrations applied")
    elif args.command == "check-ledger":
        from server.transactions import ledger_check

        sys.exit(asyncio.run(ledger_check.run(settings.database_url)))
    elif args.command == "rotate-keys":
        _rotate_keys_command(settings, args.retire)
    elif args.command in {"backup", "restore"}:
        _backup_command(settings, args)
    elif args.command == "serve" and settings.workers > 1:
        sys.exit(workers.supervise(settings, module))
    else:
        if args.command == "serve" and settings.migrate_on_start:
            if not workers.migrate_in_child(settings):
                sys.exit(1)
            settings = dataclasses.replace(settings, migrate_on_start=False)
        from server import app

        supervisor = os.getppid() if args.command == "worker" else None
        asyncio.run(app.serve(settings, supervisor, door))


def _rotate_keys_command(settings: Settings, retire: str | None) -> None:
    from server.db import migrate

    if not settings.data_key:
        print("rupaya: rotate-keys needs RUPAYA_DATA_KEY (the key the servers use)", file=sys.stderr)
        sys.exit(2)
    migrate.upgrade(settings.database_url)
    try:
        print(asyncio.run(rotate_keys(settings, retire)))
    except (LookupError, ValueError) as error:
        print(f"rupaya: {error}", file=sys.stderr)
        sys.exit(1)


def _backup_command(settings: Settings, args: argparse.Namespace) -> None:
    from server.backup import command
    from server.backup.archive import BackupError

    try:
        if args.command == "backup":
            made = command.backup(settings.database_url, args.file)
            print(f"backup of {made.database} written to {args.file} (sha256 {made.payload_sha256})")
        else:
            made = command.restore(settings.database_url, args.file, force=args.force)
            rows = sum(made.table_rows.values())
            print(
                f"restored {made.database} of {made.created_at}: {len(made.table_rows)} tables, {rows} rows"
            )
    except BackupError as error:
        print(f"rupaya: {args.command} refused: {error}", file=sys.stderr)
        sys.exit(1)


def _healthcheck(args: argparse.Namespace) -> None:
    from server import healthcheck

    if args.http:
        sys.exit(0 if healthcheck.http_ok(args.http) else 1)
    target = args.target or f"127.0.0.1:{os.environ.get('RUPAYA_GRPC_PORT') or Settings.grpc_port}"
    sys.exit(0 if healthcheck.grpc_serving(target, args.service) else 1)
