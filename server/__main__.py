"""Command line: `python -m server serve [--workers N] | migrate`."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import sys

from server import app, logs, workers
from server.config import ConfigError, load_settings
from server.db import migrate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="rupaya", description="RUPAYA money-management gRPC server")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser(
        "serve", help="run the gRPC server (migrates first unless RUPAYA_MIGRATE_ON_START=false)"
    )
    serve.add_argument(
        "--workers", type=int, help="server processes sharing the port (default RUPAYA_WORKERS or 1)"
    )
    sub.add_parser("migrate", help="apply database migrations and exit")
    sub.add_parser("worker", help=argparse.SUPPRESS)  # one process of `serve --workers N`
    args = parser.parse_args(argv)
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
    if args.command == "migrate":
        migrate.upgrade(settings.database_url)
        print("migrations applied")
    elif args.command == "serve" and settings.workers > 1:
        sys.exit(workers.supervise(settings))
    elif args.command == "worker":
        asyncio.run(app.serve(settings, supervisor_pid=os.getppid()))
    else:
        asyncio.run(app.serve(settings))


if __name__ == "__main__":
    main()
