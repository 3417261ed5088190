"""Analytics benchmark (not a test): one user with 1,000,000 transactions over five years on
PostgreSQL + Redis.

Reports, measured side by side in one run, as medians and as ratios to a bare grpc.aio echo
call on the same client: GetDashboard for a month and for a year, and GetCashFlow by month
over the five years, each uncached (the user's ledger version bumped before every call, as a
write would) and cached; GetAccount, the cheapest authenticated read, as the floor every
authenticated call pays (token, session check, access log, one database round trip); plus
the server's resident memory (peak and at the end).

    python -m bench.analytics [--rows 1000000] [--uncached 15] [--cached 300]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import grpc
import psycopg

from bench import harness
from rupaya.v1 import accounts_pb2, accounts_pb2_grpc, analytics_pb2_grpc
from rupaya.v1 import analytics_pb2 as an
from tests.ledger import DINING, GROCERIES, RESTAURANTS, SALARY, day, system_category
from tests.servers import Backend

TARGETS_MS = {"uncached year dashboard": 150.0, "cached dashboard": 5.0}
MEMORY_TARGET_MB = 300.0


def seed(backend: Backend, user_id: str, account_id: str, rows: int) -> None:
    """Bulk-insert `rows` transactions over five years straight in SQL: every tenth is income,
    the rest expenses over five categories (two of them sub-categories), one in a hundred
    deleted; then the balance and the daily rollup follow and the planner statistics are fresh."""
    url = backend.sync_db_url.replace("postgresql+psycopg://", "postgresql://")
    expense_categories = [GROCERIES, DINING, RESTAURANTS, system_category("Coffee"), system_category("Fuel")]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            """
            INSERT INTO transactions (id, user_id, kind, account_id, amount_minor, currency_code,
                category_id, occurred_on, payee, description, notes, version, created_at, updated_at, deleted_at)
            SELECT gen_random_uuid(), %(user)s, CASE WHEN g %% 10 = 0 THEN 1 ELSE 2 END, %(account)s,
                100 + (g %% 5000), 'INR',
                CASE WHEN g %% 10 = 0 THEN %(salary)s::uuid ELSE (%(expense)s::uuid[])[1 + (g / 10) %% 5] END,
                DATE '2021-11-27' + (g %% 1826), 'Payee ' || (g %% 500), 'seeded', '', 1, now(), now(),
                CASE WHEN g %% 100 = 7 THEN now() END
            FROM generate_series(1, %(rows)s) AS g
            """,
            {
                "user": user_id,
                "account": account_id,
                "salary": SALARY,
                "expense": expense_categories,
                "rows": rows,
            },
        )
        conn.execute(
            "UPDATE accounts SET current_balance_minor = opening_balance_minor + (SELECT "
            "coalesce(sum(CASE WHEN kind = 1 THEN amount_minor ELSE -amount_minor END), 0) FROM transactions "
            "WHERE account_id = %(a)s AND deleted_at IS NULL) WHERE id = %(a)s",
            {"a": account_id},
        )
        conn.execute(harness.rollup_sql())  # what the ledger writes would have kept up to date
        conn.execute("VACUUM ANALYZE transactions")
        conn.execute("VACUUM ANALYZE ledger_daily")


def bump_version(backend: Backend, user_id: str) -> None:
    """What any ledger write does: the next analytics call cannot use the cache."""
    url = backend.sync_db_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO ledger_versions (user_id, version) VALUES (%(u)s, 1) "
            "ON CONFLICT (user_id) DO UPDATE SET version = ledger_versions.version + 1",
            {"u": user_id},
        )


def median_ms(call: Callable[[], object], n: int, before: Callable[[], object] | None = None) -> float:
    samples = []
    for _ in range(n):
        if before is not None:
            before()
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--uncached", type=int, default=15)
    parser.add_argument("--cached", type=int, default=300)
    args = parser.parse_args()
    with harness.running() as bench:
        run(bench, args)


def run(bench: harness.Bench, args: argparse.Namespace) -> None:
    backend, server, channel, md, account = (
        bench.backend,
        bench.server,
        bench.channel,
        bench.metadata,
        bench.account,
    )
    started = time.perf_counter()
    print(f"seeding {args.rows:,} transactions ...", flush=True)
    seed(backend, bench.user_id, account.id, args.rows)
    print(f"seeded in {time.perf_counter() - started:.1f} s", flush=True)

    stub = analytics_pb2_grpc.AnalyticsServiceStub(channel)
    echo_method = grpc.insecure_channel(f"127.0.0.1:{bench.echo_port}").unary_unary("/bench.Echo/Echo")
    calls: dict[str, Callable[[], object]] = {
        "dashboard, month": lambda: stub.GetDashboard(
            an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-11-15")), metadata=md
        ),
        "dashboard, year": lambda: stub.GetDashboard(
            an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_YEAR, date=day("2026-11-15")), metadata=md
        ),
        "cash flow by month, 5 years": lambda: stub.GetCashFlow(
            an.GetCashFlowRequest(
                range=an.DateRange(start_date=day("2021-11-27"), end_date=day("2026-11-27")),
                granularity=an.GRANULARITY_MONTH,
            ),
            metadata=md,
        ),
    }
    for call in calls.values():  # warm connections, plans and caches
        call()
    echo_ms = median_ms(lambda: echo_method(b"x" * 120), args.cached)
    accounts = accounts_pb2_grpc.AccountServiceStub(channel)
    floor_ms = median_ms(
        lambda: accounts.GetAccount(accounts_pb2.GetAccountRequest(id=account.id), metadata=md),
        args.cached,
    )
    results = {}
    for name, call in calls.items():
        uncached = median_ms(call, args.uncached, before=lambda: bump_version(backend, bench.user_id))
        call()
        results[name] = (uncached, median_ms(call, args.cached))
    rss, peak = harness.rss_mb(server.process.pid)
    year = calls["dashboard, year"]()
    print()
    print(f"rows: {args.rows:,} transactions for one user over 5 years (PostgreSQL + Redis)")
    print(f"bare grpc.aio echo call            median {echo_ms:8.2f} ms")
    print(f"GetAccount (authenticated floor)   median {floor_ms:8.2f} ms   {floor_ms / echo_ms:.1f} x echo")
    print(f"{'':35s} {'uncached':>10s} {'x echo':>8s} {'cached':>10s} {'x echo':>8s}")
    for name, (uncached, cached) in results.items():
        print(
            f"{name:35s} {uncached:8.2f}ms {uncached / echo_ms:8.1f} {cached:8.2f}ms {cached / echo_ms:8.1f}"
        )
    print(
        f"targets: uncached year dashboard < {TARGETS_MS['uncached year dashboard']:.0f} ms "
        f"({results['dashboard, year'][0]:.1f}), cached < {TARGETS_MS['cached dashboard']:.0f} ms "
        f"({max(results['dashboard, month'][1], results['dashboard, year'][1]):.2f}; "
        f"{results['dashboard, year'][1] / floor_ms:.2f} x GetAccount)"
    )
    print(f"server RSS: {rss:.0f} MB now, {peak:.0f} MB peak (target < {MEMORY_TARGET_MB:.0f} MB)")
    inr = year.current.currencies[0]  # type: ignore[attr-defined]
    print(f"year 2026: income {inr.income.amount_decimal} INR, expenses {inr.expenses.amount_decimal} INR")


if __name__ == "__main__":
    main()
