"""Command line: `python -m server serve | migrate`."""

from __future__ import annotations

import argparse
import asyncio
import sys

from server import app, logs
from server.config import ConfigError, load_settings
from server.db import migrate
from server.transactions import ledger_check


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="rupaya", description="RUPAYA money-management gRPC server")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("serve", help="run the gRPC server (migrates first unless RUPAYA_MIGRATE_ON_START=false)")
    sub.add_parser("migrate", help="apply database migrations and exit")
    sub.add_parser(
        "check-ledger",
        help="verify every account's balance equals opening balance + live postings (exit 1 if not)",
    )
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"rupaya: configuration error: {error}", file=sys.stderr)
        sys.exit(2)
    logs.configure(settings.log_format)
    if args.command == "migrate":
        migrate.upgrade(settings.database_url)
        print("migrations applied")
    elif args.command == "check-ledger":
        sys.exit(asyncio.run(ledger_check.run(settings.database_url)))
    else:
        asyncio.run(app.serve(settings))


if __name__ == "__main__":
    main()
