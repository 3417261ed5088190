"""The daily rollup analytics read stays equal to the transactions it summarises through
moves across days, amount and category changes, splits, deletes, undeletes and a category
deleted with its transactions reassigned."""

from __future__ import annotations

import concurrent.futures
import importlib.util
import uuid

import sqlalchemy as sa
from google.protobuf import field_mask_pb2

from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import transactions_pb2 as tx
from tests.analytics_fixture import build
from tests.ledger import DINING, GROCERIES, day, expense_request, money, open_account, record, walk
from tests.servers import ROOT, Backend, Connection, ServerProcess


def _rollup_sql() -> str:
    path = ROOT / "server" / "db" / "migrations" / "versions" / "0005_analytics.py"
    spec = importlib.util.spec_from_file_location("migration_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.ROLLUP_ALL).split("\n", 2)[2]  # the SELECT, without the INSERT line


def rollup_drift(backend: Backend) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    """(rows only in ledger_daily, rows only in a fresh recomputation from transactions)."""
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            stored = {
                tuple(r)
                for r in conn.execute(
                    sa.text(
                        "SELECT user_id, occurred_on, kind, currency_code, category_id, amount_minor, line_count "
                        "FROM ledger_daily"
                    )
                )
            }
            fresh = {tuple(r) for r in conn.execute(sa.text(_rollup_sql()))}
    finally:
        engine.dispose()
    return stored - fresh, fresh - stored


def test_rollup_follows_every_kind_of_ledger_change(conn: Connection, server: ServerProcess) -> None:
    client = conn.client().sign_up()
    ledger = build(client)
    md = client.md()
    mask = field_mask_pb2.FieldMask
    last_of_march = next(t for t in walk(client) if t.amount.amount_minor == 12_345)
    client.transactions.UpdateTransaction(
        tx.UpdateTransactionRequest(
            transaction=tx.Transaction(
                id=last_of_march.id, occurred_on=day("2026-04-02"), amount=money(12_000)
            ),
            update_mask=mask(paths=["occurred_on", "amount"]),
        ),
        metadata=md,
    )
    pets = client.categories.CreateCategory(
        cat.CreateCategoryRequest(request_id=str(uuid.uuid4()), name="Pets", kind=cat.CATEGORY_KIND_EXPENSE),
        metadata=md,
    ).category
    record(client, expense_request(ledger.bank, 900, category_id=pets.id, occurred_on=day("2026-03-03")))
    gone = record(client, expense_request(ledger.bank, 50, occurred_on=day("2026-03-04")))
    client.transactions.DeleteTransaction(tx.DeleteTransactionRequest(id=gone.id), metadata=md)
    client.transactions.UndeleteTransaction(tx.UndeleteTransactionRequest(id=gone.id), metadata=md)
    client.categories.DeleteCategory(
        cat.DeleteCategoryRequest(id=pets.id, reassign_to_category_id=GROCERIES), metadata=md
    )

    assert rollup_drift(server.backend) == (set(), set())
    march = client.analytics.GetSpendingByCategory(
        an.GetSpendingByCategoryRequest(
            range=an.DateRange(start_date=day("2026-03-01"), end_date=day("2026-03-31"))
        ),
        metadata=md,
    )
    inr = march.currencies[0]
    assert inr.total.amount_minor == 28_345 - 12_345 + 900 + 50
    assert [(c.category.category_id, c.category.amount.amount_minor) for c in inr.categories] == [
        ("ba481c56-8b54-51a5-ab47-23612e3f6991", 10_000),  # Dining
        (GROCERIES, 6_000 + 900 + 50),
    ]
    april = client.analytics.GetDashboard(
        an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-04-10")), metadata=md
    )
    assert april.current.currencies[0].expenses.amount_minor == 7_000 + 12_000


def test_parallel_writers_of_one_day_leave_the_rollup_exact(conn: Connection, server: ServerProcess) -> None:
    """Each write adds its lines to the rollup in place (an upsert on the day's row), so
    concurrent writers of one user, day and category must neither lose an addition nor create a
    twin row: whole, uncategorised and split expenses, moves to another day and deletes, all at
    once."""
    client = conn.client().sign_up()
    account = open_account(client, balance=10_000_000)
    md = client.md()
    movable = [
        record(client, expense_request(account, 100 + i, occurred_on=day("2026-05-01"))) for i in range(6)
    ]

    def write(i: int) -> object:
        if i < len(movable):  # move to the busy day, or delete
            t = movable[i]
            if i % 2:
                return client.transactions.DeleteTransaction(
                    tx.DeleteTransactionRequest(id=t.id), metadata=md
                )
            return client.transactions.UpdateTransaction(
                tx.UpdateTransactionRequest(
                    transaction=tx.Transaction(id=t.id, occurred_on=day("2026-05-02")),
                    update_mask=field_mask_pb2.FieldMask(paths=["occurred_on"]),
                ),
                metadata=md,
            )
        busy = day("2026-05-02")
        if i % 3 == 0:
            return record(client, expense_request(account, 1_000 + i, occurred_on=busy))
        if i % 3 == 1:
            return record(client, expense_request(account, 2_000 + i, occurred_on=busy, category_id=""))
        split = [
            tx.SplitLine(category_id=GROCERIES, amount=money(600)),
            tx.SplitLine(category_id=DINING, amount=money(400 + i)),
        ]
        return record(
            client, expense_request(account, 1_000 + i, occurred_on=busy, category_id="", splits=split)
        )

    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(write, range(48)))
    assert len(results) == 48
    assert rollup_drift(server.backend) == (set(), set())
    live = walk(client, from_date=day("2026-05-02"), to_date=day("2026-05-02"))
    assert len(live) == 42 + 3  # 42 created there, 3 moved there (the other 3 deleted)
    month = client.analytics.GetSpendingByCategory(
        an.GetSpendingByCategoryRequest(
            range=an.DateRange(start_date=day("2026-05-01"), end_date=day("2026-05-31"))
        ),
        metadata=md,
    )
    assert month.currencies[0].total.amount_minor == sum(t.amount.amount_minor for t in live)
