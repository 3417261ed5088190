"""Many transactions for one account straight into the database (an RPC each would take
minutes), through the real tables on either backend, keeping balance == opening + postings."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa

from server.db.tables import Account, Transaction
from tests.servers import Backend

CHUNK = 10_000
FIRST_DAY = dt.date(2021, 11, 27)


def seed_expenses(backend: Backend, account_id: str, rows: int, currency: str = "INR") -> int:
    """`rows` expenses of 1.00 to 50.99 over five years, payees `Payee 0..499`; the account's
    balance moves by their sum (returned, in minor units)."""
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    account = uuid.UUID(account_id)
    now = dt.datetime.now(dt.UTC)
    total = 0
    try:
        with engine.begin() as conn:
            user_id = conn.scalar(sa.select(Account.user_id).where(Account.id == account))
            for start in range(0, rows, CHUNK):
                batch = [
                    {
                        "id": uuid.uuid4(),
                        "user_id": user_id,
                        "kind": 2,
                        "account_id": account,
                        "amount_minor": 100 + n % 5000,
                        "currency_code": currency,
                        "occurred_on": FIRST_DAY + dt.timedelta(days=n % 1826),
                        "payee": f"Payee {n % 500}",
                        "description": "seeded",
                        "notes": "",
                        "external_id": "",
                        "status": 2,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for n in range(start, min(rows, start + CHUNK))
                ]
                total += sum(int(str(row["amount_minor"])) for row in batch)
                conn.execute(sa.insert(Transaction.__table__), batch)
            conn.execute(
                sa.update(Account)
                .where(Account.id == account)
                .values(
                    current_balance_minor=Account.current_balance_minor - total, version=Account.version + 1
                )
            )
    finally:
        engine.dispose()
    return total
