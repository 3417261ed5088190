"""One round of bench/service_cpu.py, run in a process whose PYTHONPATH is the checkout to
measure (this file imports only that checkout's server): warms up, then prints the CPU
milliseconds per create of `creates` CreateTransaction calls by 32 concurrent tasks."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import json
import sys
import time
import uuid

from rupaya.v1 import common_pb2
from rupaya.v1 import transactions_pb2 as tx
from server import context, ledger_version, reply_cache
from server.db.engine import Database
from server.idempotency import Idempotency
from server.transactions.service import TransactionService

TASKS = 32


async def measure(job: dict[str, object]) -> float:
    ledger_version.install()
    db = Database(str(job["url"]).replace("postgresql://", "postgresql+psycopg://"))
    replies = reply_cache.ReplyCache(reply_cache.BoundedLocalCache(1 << 20), 60)
    service = TransactionService(db, Idempotency(db, dt.timedelta(days=1)), replies)
    context.set_principal(
        context.Principal(uuid.UUID(str(job["user_id"])), uuid.UUID(str(job["session_id"])))
    )
    year, month, day = (int(part) for part in str(job["day"]).split("-"))

    async def creates(n: int) -> None:
        for _ in range(n):
            request = tx.CreateTransactionRequest(
                request_id=str(uuid.uuid4()),
                kind=tx.TRANSACTION_KIND_EXPENSE,
                account_id=str(job["account_id"]),
                amount=common_pb2.Money(amount_minor=1234, currency_code="INR"),
                category_id=str(job["category_id"]),
                occurred_on={"year": year, "month": month, "day": day},
                payee="Bench Mart",
            )
            await service.CreateTransaction(request, None)  # type: ignore[arg-type]

    per_task = int(str(job["creates"])) // TASKS
    await asyncio.gather(*(creates(10) for _ in range(TASKS)))  # connections, prepared statements
    gc.collect()
    gc.freeze()  # as the server does after start-up
    start = time.process_time()
    await asyncio.gather(*(creates(per_task) for _ in range(TASKS)))
    spent = time.process_time() - start
    await db.close()
    return spent / (per_task * TASKS) * 1e3


if __name__ == "__main__":
    print(f"{asyncio.run(measure(json.loads(sys.argv[1]))):.4f}")
