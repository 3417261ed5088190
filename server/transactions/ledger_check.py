"""The ledger invariant (balance == opening balance + live postings) on every account: the admin
command `check-ledger`, and the same check run periodically by each server for the
rupaya_ledger_check_* metrics the alerts watch (infra/prometheus/alerts.yml)."""

from __future__ import annotations

import asyncio
import time

import structlog

from server import metrics
from server.db.engine import Database
from server.transactions import repository

log = structlog.get_logger("rupaya.ledger_check")


async def run(database_url: str) -> int:
    db = Database(database_url)
    try:
        async with db.transaction() as s:
            mismatches = await repository.balance_mismatches(s)
    finally:
        await db.close()
    for account_id, user_id, balance, expected in mismatches:
        print(f"MISMATCH account {account_id} (user {user_id}): balance {balance}, postings say {expected}")
    print(f"ledger check: {len(mismatches)} mismatching account(s)")
    return 1 if mismatches else 0


async def check_forever(db: Database, interval_s: float) -> None:
    """At start, then every `interval_s`: in one read-only snapshot, so it takes no write lock
    (SQLite) and sees balances and postings as of one moment (PostgreSQL)."""
    while True:
        try:
            async with db.snapshot() as s:
                mismatches = await repository.balance_mismatches(s)
            metrics.LEDGER_MISMATCHED_ACCOUNTS.set(len(mismatches))
            metrics.LEDGER_CHECK_LAST_RUN.set(time.time())
            if mismatches:
                log.error("ledger check found mismatching accounts", accounts=len(mismatches))
        except Exception as error:  # the next round retries; a stale last-run time alerts
            log.warning("ledger check failed", error=repr(error)[:300])
        await asyncio.sleep(interval_s)
