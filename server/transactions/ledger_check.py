"""Admin command: the ledger invariant (balance == opening balance + live postings) on every account."""

from __future__ import annotations

from server.db.engine import Database
from server.transactions import repository


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
