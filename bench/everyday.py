"""Everyday-paths benchmark (not a test; issue 15): creating, listing, the month dashboard,
sign-in and WhoAmI on PostgreSQL + Redis, each as a ratio to the bare grpc.aio echo server
driven by the same asyncio load generator at the same concurrency (bench/load.py).

    make bench                       # or: python -m bench.everyday [--workers 1,2] [--seconds 5]
    python -m bench.everyday --seconds 1 --rounds 1      # smoke run

Seeded straight in SQL (an RPC each would take minutes): one user with 14,000 transactions
over a year (income, expenses, split lines, tags), a user whose one day holds 10,000
transactions, and 1,000 users with an account and a session each, whose access tokens are
minted with the server's signing key (argon2 sign-ups would take ~100 s on 2 cores); the
daily rollup is rebuilt from the rows, and the rollup and the ledger invariant are checked
after seeding and again after every write the benchmark made.

Each round measures every workload right after the echo server at the same concurrency;
ratios are per round (RUPAYA / the echo run just before it), printed as the median and range
over rounds. The SQL statements and round trips per call are counted on the wire by a proxy in
front of PostgreSQL (bench/statements.py), on a separate server so the proxy costs the
measured runs nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import grpc
import psycopg
import redis

from bench import harness, load
from bench.load import MakeCall, Run
from bench.statements import CountingProxy
from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import analytics_pb2_grpc, auth_pb2, auth_pb2_grpc, common_pb2, transactions_pb2_grpc
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import DINING, GROCERIES, RESTAURANTS, SALARY, day, system_category
from tests.servers import PASSWORD, REDIS_URL, Backend, ServerProcess

LEDGER_ROWS = 14_000
FULL_DAY_ROWS = 10_000
CROWD = 1_000
YEAR_START = dt.date(2025, 12, 1)  # the 14,000 rows spread over the year from here
CREATE_DAY = "2026-11-27"  # the busy user's creates: a day of the seeded year (~38 rows)
FULL_DAY = dt.date(2026, 6, 15)
EMPTY_DAYS = (dt.date(2024, 1, 1) + dt.timedelta(days=n) for n in itertools.count())  # one per round
EXPENSE_CATEGORIES = [GROCERIES, DINING, RESTAURANTS, system_category("Coffee"), system_category("Fuel")]


@dataclass
class BenchUser:
    user_id: str
    session_id: str
    account_id: str
    email: str = ""


@dataclass
class Seeded:
    busy: BenchUser  # 14,000 transactions over a year
    full_day: BenchUser  # 10,000 transactions on FULL_DAY
    crowd: list[BenchUser]


# --- seeding, straight in SQL ---------------------------------------------------------------


def copy_users(conn: psycopg.Connection, template: BenchUser, count: int, label: str) -> list[BenchUser]:
    """`count` users, each with a session and an account: copies of the template's rows (so
    they hold whatever the server's sign-up writes, password hash included) with new ids."""
    users = conn.execute(
        """
        INSERT INTO users SELECT (jsonb_populate_record(u, jsonb_build_object(
            'id', gen_random_uuid(), 'email', 'everyday-' || %(label)s || '-' || g || '@example.com'))).*
        FROM users u, generate_series(1, %(n)s) AS g WHERE u.id = %(template)s
        RETURNING id, email
        """,
        {"label": label, "n": count, "template": template.user_id},
    ).fetchall()
    ids = [u[0] for u in users]
    sessions = dict(
        conn.execute(
            """
            INSERT INTO sessions SELECT (jsonb_populate_record(s, jsonb_build_object(
                'id', gen_random_uuid(), 'user_id', who, 'expires_at', now() + interval '1 day'))).*
            FROM sessions s, unnest(%(users)s::uuid[]) AS who WHERE s.id = %(template)s
            RETURNING user_id, id
            """,
            {"users": ids, "template": template.session_id},
        ).fetchall()
    )
    accounts = dict(
        conn.execute(
            """
            INSERT INTO accounts SELECT (jsonb_populate_record(a, jsonb_build_object(
                'id', gen_random_uuid(), 'user_id', who))).*
            FROM accounts a, unnest(%(users)s::uuid[]) AS who WHERE a.id = %(template)s
            RETURNING user_id, id
            """,
            {"users": ids, "template": template.account_id},
        ).fetchall()
    )
    return [BenchUser(str(u), str(sessions[u]), str(accounts[u]), email) for u, email in users]


def seed_year(conn: psycopg.Connection, user: BenchUser, rows: int) -> None:
    """`rows` transactions over the year from YEAR_START: every tenth income, the rest
    expenses over five categories; one in 25 split in two lines; tags on about a third."""
    params = {"user": user.user_id, "account": user.account_id, "rows": rows, "start": YEAR_START}
    conn.execute(
        """
        INSERT INTO transactions (id, user_id, kind, account_id, amount_minor, currency_code,
            category_id, occurred_on, payee, description, notes, version, created_at, updated_at)
        SELECT gen_random_uuid(), %(user)s, CASE WHEN g %% 10 = 0 THEN 1 ELSE 2 END, %(account)s,
            100 + (g %% 5000), 'INR',
            CASE WHEN g %% 10 = 0 THEN %(salary)s::uuid WHEN g %% 25 = 3 THEN NULL
                 ELSE (%(expense)s::uuid[])[1 + (g / 10) %% 5] END,
            %(start)s::date + (g %% 365), 'Payee ' || (g %% 500), 'seeded', '', 1, now(), now()
        FROM generate_series(1, %(rows)s) AS g
        """,
        {**params, "salary": SALARY, "expense": EXPENSE_CATEGORIES},
    )
    conn.execute(
        """
        INSERT INTO transaction_splits (id, transaction_id, position, category_id, amount_minor, note)
        SELECT gen_random_uuid(), t.id, p, CASE p WHEN 0 THEN %(a)s::uuid ELSE %(b)s::uuid END,
            CASE p WHEN 0 THEN t.amount_minor / 2 ELSE t.amount_minor - t.amount_minor / 2 END, ''
        FROM transactions t CROSS JOIN (VALUES (0), (1)) AS v(p)
        WHERE t.user_id = %(user)s AND t.category_id IS NULL
        """,
        {"user": user.user_id, "a": GROCERIES, "b": DINING},
    )
    conn.execute(
        """
        INSERT INTO transaction_tags (transaction_id, tag)
        SELECT id, 'food' FROM transactions WHERE user_id = %(user)s AND amount_minor %% 3 = 0
        UNION ALL
        SELECT id, 'work' FROM transactions WHERE user_id = %(user)s AND amount_minor %% 7 = 0
        """,
        {"user": user.user_id},
    )


def seed_day(conn: psycopg.Connection, user: BenchUser, rows: int, on: dt.date) -> None:
    conn.execute(
        """
        INSERT INTO transactions (id, user_id, kind, account_id, amount_minor, currency_code,
            category_id, occurred_on, payee, description, notes, version, created_at, updated_at)
        SELECT gen_random_uuid(), %(user)s, 2, %(account)s, 100 + (g %% 5000), 'INR',
            (%(expense)s::uuid[])[1 + g %% 5], %(on)s, 'Payee ' || (g %% 500), 'seeded', '', 1, now(), now()
        FROM generate_series(1, %(rows)s) AS g
        """,
        {
            "user": user.user_id,
            "account": user.account_id,
            "rows": rows,
            "on": on,
            "expense": EXPENSE_CATEGORIES,
        },
    )


def follow_balances(conn: psycopg.Connection, accounts: list[str]) -> None:
    """Balances moved by the seeded rows, so balance == opening + postings still holds."""
    conn.execute(
        """
        UPDATE accounts a SET current_balance_minor = a.opening_balance_minor + coalesce((
            SELECT sum(CASE WHEN t.kind = 1 THEN t.amount_minor ELSE -t.amount_minor END)
            FROM transactions t WHERE t.account_id = a.id AND t.deleted_at IS NULL), 0)
        WHERE a.id = ANY(%(accounts)s::uuid[])
        """,
        {"accounts": accounts},
    )


def seed(backend: Backend, first: harness.Bench) -> Seeded:
    """Everything on the database `first` (a real sign-up with a credit card) lives in."""
    with psycopg.connect(harness.psycopg_url(backend), autocommit=True) as conn:
        row = conn.execute("SELECT id FROM sessions WHERE user_id = %s", (first.user_id,)).fetchone()
        assert row is not None
        template = BenchUser(first.user_id, str(row[0]), first.account.id)
        busy, full_day = copy_users(conn, template, 2, "main")
        crowd = copy_users(conn, template, CROWD, "crowd")
        print(f"  {CROWD + 2:,} users with an account and a session each", flush=True)
        seed_year(conn, busy, LEDGER_ROWS)
        seed_day(conn, full_day, FULL_DAY_ROWS, FULL_DAY)
        print(
            f"  {LEDGER_ROWS:,} transactions over a year for one user, {FULL_DAY_ROWS:,} on "
            f"{FULL_DAY} for another",
            flush=True,
        )
        follow_balances(conn, [busy.account_id, full_day.account_id])
        for table in ("transactions", "transaction_splits", "transaction_tags"):
            conn.execute(f"VACUUM ANALYZE {table}")
    harness.rebuild_rollup(backend)
    with psycopg.connect(harness.psycopg_url(backend), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE ledger_daily")
    return Seeded(busy, full_day, crowd)


def verify(backend: Backend, when: str) -> bool:
    drift = harness.rollup_drift(backend)
    check = backend.check_ledger()
    last = (check.stdout.strip().splitlines() or [check.stderr.strip()])[-1]
    print(f"  {when}: rollup rows differing from the transactions: {drift}; {last}", flush=True)
    return drift == 0 and check.returncode == 0


# --- workloads --------------------------------------------------------------------------------


def bearer(token: str) -> tuple[tuple[str, str]]:
    return (("authorization", f"Bearer {token}"),)


def echo_call(channel: grpc.aio.Channel) -> load.Call:
    method = channel.unary_unary("/bench.Echo/Echo")
    payload = b"x" * 120
    return lambda: method(payload)


def creates(users: list[tuple[BenchUser, str]], on: Callable[[], str]) -> MakeCall:
    """Expenses by the users in turn (each with their token), dated `on()`."""
    turn = itertools.count()

    def make(channel: grpc.aio.Channel) -> load.Call:
        create = transactions_pb2_grpc.TransactionServiceStub(channel).CreateTransaction

        def call() -> object:
            user, token = users[next(turn) % len(users)]
            request = tx.CreateTransactionRequest(
                request_id=str(uuid.uuid4()),
                kind=tx.TRANSACTION_KIND_EXPENSE,
                account_id=user.account_id,
                amount=common_pb2.Money(amount_minor=1234, currency_code="INR"),
                category_id=GROCERIES,
                occurred_on=day(on()),
                payee="Bench Mart",
            )
            return create(request, metadata=bearer(token))

        return call

    return make


def newest_page(user: BenchUser, token: str) -> MakeCall:
    request = tx.ListTransactionsRequest(page_size=50, account_id=user.account_id)

    def make(channel: grpc.aio.Channel) -> load.Call:
        stub = transactions_pb2_grpc.TransactionServiceStub(channel)
        return lambda: stub.ListTransactions(request, metadata=bearer(token))

    return make


class UncachedDashboards:
    """Month dashboards that each miss the analytics cache without a write: the cache key
    holds the request (the date given, not only its month, and top_categories), so every call
    asks for a (month of the seeded year, day of it, top_categories) never asked before, across
    all servers of the run. The cache entries the calls leave in Redis are counted to show
    that every call missed."""

    KEYS = 12 * 28 * 50  # before custom_range (ignored by a month dashboard) varies as well

    def __init__(self) -> None:
        self.token = ""  # the current server's token for the busy user
        self.asked = 0

    def request(self) -> an.GetDashboardRequest:
        n = self.asked
        self.asked += 1
        months = YEAR_START.month - 1 + n % 12  # months vary fastest: none stays hot in a cache
        on = dt.date(YEAR_START.year + months // 12, months % 12 + 1, 1 + (n // 12) % 28)
        request = an.GetDashboardRequest(
            period=an.ANALYTICS_PERIOD_MONTH, date=day(on.isoformat()), top_categories=1 + (n // 336) % 50
        )
        if n >= self.KEYS:
            since = day((YEAR_START + dt.timedelta(days=n // self.KEYS)).isoformat())
            request.custom_range.CopyFrom(an.DateRange(start_date=since, end_date=since))
        return request

    def make(self, channel: grpc.aio.Channel) -> load.Call:
        stub = analytics_pb2_grpc.AnalyticsServiceStub(channel)
        return lambda: stub.GetDashboard(self.request(), metadata=bearer(self.token))


class UncachedLists:
    """Newest-50 pages of the busy account that each miss the list reply cache without a write:
    every call names a to_date after the seeded year that no call named before (the same 50
    rows, one more bound condition), so its cache key is new. The entries the calls leave in
    Redis are counted to show that every call missed, then deleted (some 20 KB each)."""

    def __init__(self, user: BenchUser, tokens: UncachedDashboards) -> None:
        self.user = user
        self.tokens = tokens  # holds the current server's token for the busy user
        self.asked = 0

    def request(self) -> tx.ListTransactionsRequest:
        self.asked += 1
        after = dt.date(YEAR_START.year + 1, 12, 31) + dt.timedelta(days=self.asked)
        return tx.ListTransactionsRequest(
            page_size=50, account_id=self.user.account_id, to_date=day(after.isoformat())
        )

    def make(self, channel: grpc.aio.Channel) -> load.Call:
        stub = transactions_pb2_grpc.TransactionServiceStub(channel)
        return lambda: stub.ListTransactions(self.request(), metadata=bearer(self.tokens.token))


def cached_dashboard(token: str) -> MakeCall:
    request = an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH, date=day(CREATE_DAY))

    def make(channel: grpc.aio.Channel) -> load.Call:
        stub = analytics_pb2_grpc.AnalyticsServiceStub(channel)
        return lambda: stub.GetDashboard(request, metadata=bearer(token))

    return make


def sign_ins(email: str) -> MakeCall:
    request = auth_pb2.SignInRequest(email=email, password=PASSWORD)

    def make(channel: grpc.aio.Channel) -> load.Call:
        stub = auth_pb2_grpc.AuthServiceStub(channel)
        return lambda: stub.SignIn(request)

    return make


def who_am_i(token: str) -> MakeCall:
    def make(channel: grpc.aio.Channel) -> load.Call:
        stub = auth_pb2_grpc.AuthServiceStub(channel)
        return lambda: stub.WhoAmI(auth_pb2.WhoAmIRequest(), metadata=bearer(token))

    return make


# --- targets and results ----------------------------------------------------------------------


@dataclass
class Result:
    """One workload's rounds, each beside the echo run (same concurrency) made just before it."""

    runs: list[Run] = field(default_factory=list)
    echoes: list[Run] = field(default_factory=list)
    peak_rss_mb: list[float] = field(default_factory=list)  # per round: the largest process's peak

    def ratios(self) -> list[float]:
        return [r.per_second / e.per_second for r, e in zip(self.runs, self.echoes, strict=True)]

    def ratio(self) -> float:
        return statistics.median(self.ratios())

    def p50(self) -> float:
        return statistics.median(r.percentile(50) for r in self.runs)

    def p99(self) -> float:
        return statistics.median(r.percentile(99) for r in self.runs)

    def errors(self) -> int:
        return sum(r.errors for r in self.runs)


@dataclass(frozen=True)
class Workload:
    name: str
    callers: int
    make: MakeCall
    node: str  # the original Node/Express backend's figure (issue 15), as a ratio where given
    target: str
    meets: Callable[[Result], bool] | None  # None: reported, no target

    def verdict(self, result: Result) -> str:
        if result.errors():
            return "FAIL (errors)"
        if self.meets is None:
            return "-"
        return "pass" if self.meets(result) else "FAIL"


def workloads(
    seeded: Seeded, server: ServerProcess, dashboards: UncachedDashboards, lists: UncachedLists
) -> list[Workload]:
    def token(user: BenchUser) -> str:
        return harness.access_token(server, user.user_id, user.session_id)

    busy, busy_token = seeded.busy, dashboards.token
    crowd = [(user, token(user)) for user in seeded.crowd]
    return [
        Workload(
            "CreateTransaction, one user, one account",
            32,
            creates([(busy, busy_token)], lambda: CREATE_DAY),
            "0.067",
            ">= 0.1, p99 < 150 ms",
            lambda r: r.ratio() >= 0.1 and r.p99() < 150,
        ),
        Workload(
            f"CreateTransaction, {CROWD:,} users",
            32,
            creates(crowd, lambda: CREATE_DAY),
            "~0.067",
            ">= 0.15",
            lambda r: r.ratio() >= 0.15,
        ),
        Workload(
            "ListTransactions, newest 50, cached (repeat)",
            1,
            newest_page(busy, busy_token),
            "p50 2.9 ms",
            "p50 < 3 ms",
            lambda r: r.p50() < 3,
        ),
        Workload(
            "ListTransactions, newest 50, cached (repeat)",
            32,
            newest_page(busy, busy_token),
            "0.097",
            ">= 0.2",
            lambda r: r.ratio() >= 0.2,
        ),
        Workload(
            "ListTransactions, newest 50, every call new",
            1,
            lists.make,
            "p50 2.9 ms",
            "p50 < 3 ms",
            lambda r: r.p50() < 3,
        ),
        Workload(
            "ListTransactions, newest 50, every call new",
            32,
            lists.make,
            "0.097",
            ">= 0.2",
            lambda r: r.ratio() >= 0.2,
        ),
        Workload(
            "GetDashboard month, uncached",
            1,
            dashboards.make,
            "~0.06",
            ">= 0.12",
            lambda r: r.ratio() >= 0.12,
        ),
        Workload(
            "GetDashboard month, cached",
            32,
            cached_dashboard(busy_token),
            "0.020",
            ">= 0.1 (5x Node)",
            lambda r: r.ratio() >= 0.1,
        ),
        Workload(
            "SignIn (argon2id)",
            32,
            sign_ins(seeded.crowd[0].email),
            "94 MB RSS",
            "peak RSS < 300 MB",
            lambda r: max(r.peak_rss_mb) < 300,
        ),
        Workload("WhoAmI", 32, who_am_i(busy_token), "-", "report", None),
        Workload("WhoAmI", 256, who_am_i(busy_token), "-", "report", None),
    ]


# --- measuring --------------------------------------------------------------------------------


@dataclass
class DayCost:
    """Creates on the day holding FULL_DAY_ROWS vs on an empty day, alternately."""

    full: list[Run] = field(default_factory=list)
    empty: list[Run] = field(default_factory=list)

    def ratios(self) -> list[float]:
        return [f.per_second / e.per_second for f, e in zip(self.full, self.empty, strict=True)]


def measure_rounds(
    server: ServerProcess,
    echo_port: int,
    seeded: Seeded,
    args: argparse.Namespace,
    dashboards: UncachedDashboards,
    lists: UncachedLists,
) -> tuple[list[Workload], dict[Workload, Result], DayCost]:
    echo_target = f"127.0.0.1:{echo_port}"
    chosen = [w for w in workloads(seeded, server, dashboards, lists) if picked(args.only, w.name)]
    day_runs = picked(args.only, "creates on a full day")
    results = {w: Result() for w in chosen}
    full_token = harness.access_token(server, seeded.full_day.user_id, seeded.full_day.session_id)
    full_day_user = [(seeded.full_day, full_token)]
    day_cost = DayCost()
    for round_ in range(1, args.rounds + 1):
        for w in chosen:
            result = results[w]
            # The echo run just before its RUPAYA run: load from elsewhere on a shared machine
            # drifts within a round, and each ratio should see the same drift on both sides.
            result.echoes.append(load.drive(echo_target, echo_call, w.callers, args.seconds))
            before_keys = analytics_keys(server) if w.make == dashboards.make else 0
            asked, lists_asked = dashboards.asked, lists.asked
            run = measure(server, w, result, args.seconds)
            result.runs.append(run)
            print(
                f"  round {round_}: {w.name}, {w.callers} callers: {run.per_second:,.1f}/s "
                f"(echo {result.echoes[-1].per_second:,.0f}/s), "
                f"p50 {run.percentile(50):.1f} ms, p99 {run.percentile(99):.1f} ms"
                + (f", {run.errors} errors ({run.first_error})" if run.errors else ""),
                flush=True,
            )
            if w.make == dashboards.make:
                new_keys = analytics_keys(server) - before_keys
                print(
                    f"    {dashboards.asked - asked} dashboards asked, {new_keys} new cache entries",
                    flush=True,
                )
            if w.make == lists.make:
                print(
                    f"    {lists.asked - lists_asked} pages asked, {drop_list_keys(server)} new cache entries",
                    flush=True,
                )
        if not day_runs:
            continue
        empty_day = next(EMPTY_DAYS).isoformat()  # never written before, also by an earlier server
        day_cost.full.append(
            load.drive(server.target, creates(full_day_user, lambda: FULL_DAY.isoformat()), 32, args.seconds)
        )
        day_cost.empty.append(
            load.drive(server.target, creates(full_day_user, lambda on=empty_day: on), 32, args.seconds)
        )
        print(
            f"  round {round_}: creates on the day of {FULL_DAY_ROWS:,}: {day_cost.full[-1].per_second:,.1f}/s, "
            f"on an empty day: {day_cost.empty[-1].per_second:,.1f}/s",
            flush=True,
        )
    return chosen, results, day_cost


def picked(only: str, name: str) -> bool:
    """Whether `--only` (';'-separated parts, any of which the name contains) picks `name`."""
    words = [w.strip().lower() for w in only.split(";") if w.strip()]
    return not words or any(w in name.lower() for w in words)


def measure(server: ServerProcess, w: Workload, result: Result, seconds: float) -> Run:
    """One run; for sign-in also the server processes' peak memory during it."""
    if not w.name.startswith("SignIn"):
        return load.drive(server.target, w.make, w.callers, seconds)
    pids = harness.process_tree(server.process.pid)
    for pid in pids:
        harness.reset_peak_rss(pid)
    run = load.drive(server.target, w.make, w.callers, seconds)
    result.peak_rss_mb.append(max(harness.rss_mb(pid)[1] for pid in pids))
    return run


def analytics_keys(server: ServerProcess) -> int:
    prefix = server.backend.env["RUPAYA_CACHE_PREFIX"]
    return sum(1 for _ in redis.Redis.from_url(REDIS_URL).scan_iter(f"{prefix}analytics:*", count=1000))


def drop_list_keys(server: ServerProcess) -> int:
    """Deletes the list reply cache's entries (a new server starts with none); how many there were."""
    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(f"{server.backend.env['RUPAYA_CACHE_PREFIX']}transactions:*", count=1000))
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start : start + 1000])
    return len(keys)


# --- statements per call, py-spy ----------------------------------------------------------------


def count_statements(
    backend: Backend, seeded: Seeded, dashboards: UncachedDashboards, lists: UncachedLists, calls: int
) -> dict[str, tuple[float, float]]:
    """(statements, round trips) per call of each kind, made one after another on a server
    whose database connections go through the counting proxy. Its periodic work (readiness
    probe, keyring refresh) is set to the longest intervals; whatever still runs while idle
    is measured first and subtracted for the time the calls took."""
    proxy = CountingProxy("127.0.0.1", 5432)
    quiet = {
        "RUPAYA_DATABASE_URL": backend.env["RUPAYA_DATABASE_URL"].replace(":5432/", f":{proxy.port}/"),
        "RUPAYA_KEYRING_REFRESH": "300",
        "RUPAYA_READINESS_INTERVAL": "3600",
    }
    server = harness.serve(backend, 1, quiet)
    try:
        token = harness.access_token(server, seeded.busy.user_id, seeded.busy.session_id)
        dashboards.token = token
        kinds: dict[str, MakeCall] = {
            "CreateTransaction": creates([(seeded.busy, token)], lambda: CREATE_DAY),
            "ListTransactions (50), repeat": newest_page(seeded.busy, token),
            "ListTransactions (50), new": lists.make,
            "GetDashboard, uncached": dashboards.make,
        }
        idle = proxy.snapshot()
        time.sleep(2.0)
        background = proxy.snapshot() - idle
        print(
            f"  while idle: {background.statements / 2:g} statements/s, "
            f"{background.round_trips / 2:g} round trips/s (subtracted below)",
            flush=True,
        )
        figures = {}
        for name, make in kinds.items():
            load.drive(server.target, make, 1, 0.2)  # connections and caches warm
            before, started = proxy.snapshot(), time.perf_counter()
            done = load.drive_calls(server.target, make, calls)
            spent, idle_share = proxy.snapshot() - before, (time.perf_counter() - started) / 2
            figures[name] = (
                (spent.statements - background.statements * idle_share) / done,
                (spent.round_trips - background.round_trips * idle_share) / done,
            )
        return figures
    finally:
        server.stop()


def py_spy_profile(
    server: ServerProcess, make: MakeCall, seconds: float, what: str = "creates (one user, 32 callers)"
) -> list[str]:
    """Where the server's time goes during `seconds` of `what` at 32 callers: py-spy's samples
    by function (self time) and by package, the 15 largest of each. py-spy is the one beside
    this Python (bench/requirements.txt) or else the first on PATH."""
    raw = pathlib.Path(tempfile.mkdtemp(prefix="rupaya-py-spy-")) / "profile.txt"
    beside = pathlib.Path(sys.executable).parent / "py-spy"
    spy = subprocess.Popen(
        [
            str(beside) if beside.exists() else "py-spy",
            "record",
            "--format",
            "raw",
            "--subprocesses",
            "--nonblocking",
            "--duration",
            str(max(1, round(seconds))),
            "--pid",
            str(server.process.pid),
            "--output",
            str(raw),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(0.5)  # attached before the load starts
    load.drive(server.target, make, 32, seconds)
    _, err = spy.communicate(timeout=60)
    if not raw.exists():
        return [f"py-spy wrote nothing: {err.decode(errors='replace').strip()[-500:]}"]
    by_function: Counter[str] = Counter()
    by_package: Counter[str] = Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [f for f in stack.split(";") if not f.startswith("process ")]
        if not frames:
            continue
        by_function[frames[-1]] += int(count)
        by_package[package(frames[-1])] += int(count)
    total = sum(by_function.values()) or 1
    lines = [f"py-spy, {seconds:g} s of {what}: {total:,} samples; self time by function:"]
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in by_function.most_common(15)]
    lines.append("  self time by package:")
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in by_package.most_common(15)]
    return lines


def package(frame: str) -> str:
    """'psycopg', 'sqlalchemy', 'server', 'asyncio', ... from a py-spy frame 'fn (path:line)';
    py-spy shortens paths to what follows the import root (e.g. 'sqlalchemy/orm/context.py')."""
    parts = pathlib.PurePath(frame.rpartition(" (")[2].rsplit(":", 1)[0]).parts
    if "site-packages" in parts:
        parts = parts[parts.index("site-packages") + 1 :]
    elif pathlib.PurePath(*parts).is_absolute():
        parts = parts[-2:]  # a standard-library path left whole: its folder or module
    return parts[0].removesuffix(".py") if parts else frame


# --- report -----------------------------------------------------------------------------------


def report(workers: int, chosen: list[Workload], results: dict[Workload, Result], day_cost: DayCost) -> bool:
    print()
    print(
        f"workers: {workers}  (medians over rounds; ratio = RUPAYA calls/s / calls/s of the echo run just before it)"
    )
    header = (
        f"{'workload':<42} {'callers':>7} {'calls/s':>9} {'p50 ms':>7} {'p99 ms':>8} {'errors':>6} "
        f"{'echo/s':>7} {'x echo (range)':>21} {'Node':>10}  {'target':<20} verdict"
    )
    print(header)
    passed = True
    for w in chosen:
        result = results[w]
        verdict = w.verdict(result)
        passed &= not verdict.startswith("FAIL")
        extra = f"  peak RSS {max(result.peak_rss_mb):.0f} MB" if result.peak_rss_mb else ""
        print(
            f"{w.name:<42} {w.callers:>7} {statistics.median(r.per_second for r in result.runs):>9,.1f} "
            f"{result.p50():>7.1f} {result.p99():>8.1f} {result.errors():>6} "
            f"{statistics.median(e.per_second for e in result.echoes):>7,.0f} "
            f"{load.ratio_text(result.ratios()):>21} {w.node:>10}  {w.target:<20} {verdict}{extra}"
        )
        if result.errors():
            print(f"    first error: {next(r.first_error for r in result.runs if r.errors)}")
    if not day_cost.full:
        return passed
    ratios = day_cost.ratios()
    day_ok = statistics.median(ratios) >= 0.9 and not any(r.errors for r in day_cost.full + day_cost.empty)
    passed &= day_ok
    print(
        f"{'creates: day of ' + format(FULL_DAY_ROWS, ',') + ' rows / empty day':<42} {32:>7} "
        f"{statistics.median(r.per_second for r in day_cost.full):>9,.1f} / "
        f"{statistics.median(r.per_second for r in day_cost.empty):,.1f} calls/s   ratio "
        f"{load.ratio_text(ratios)}  target >= 0.9   {'pass' if day_ok else 'FAIL'}"
    )
    return passed


def memory_now(server: ServerProcess) -> str:
    sizes = [harness.rss_mb(pid)[0] for pid in harness.process_tree(server.process.pid)]
    return (
        f"server RSS after the runs: {' + '.join(f'{s:.0f}' for s in sizes)} MB "
        "(supervisor first when several; target: a worker < 120 MB)"
    )


# --- main -------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1,2", help="server worker counts to measure, e.g. 1,2")
    parser.add_argument("--seconds", type=float, default=5.0, help="per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="alternating echo/RUPAYA rounds (medians)")
    parser.add_argument("--statement-calls", type=int, default=50, help="calls per kind when counting SQL")
    parser.add_argument("--py-spy", action="store_true", help="profile the server during creates")
    parser.add_argument(
        "--only",
        default="",
        help="workloads whose name contains one of these ';'-separated parts (case-insensitive), "
        "e.g. 'one user;1,000 users;call new'; 'full day' picks the day-of-10,000 creates; default: all",
    )
    parser.add_argument("--no-statements", action="store_true", help="skip counting SQL on the wire")
    args = parser.parse_args()
    worker_counts = [int(n) for n in args.workers.split(",")]
    print(
        f"cores: {os.cpu_count()}; PostgreSQL + Redis; {args.seconds:g} s per measurement, "
        f"{args.rounds} round(s); load generator: one asyncio process, {load.CHANNELS} channels max",
        flush=True,
    )
    with harness.running() as first:
        first.server.stop()  # served again below, with the worker counts asked for
        print("seeding ...", flush=True)
        started = time.perf_counter()
        seeded = seed(first.backend, first)
        print(f"seeded in {time.perf_counter() - started:.1f} s", flush=True)
        healthy = verify(first.backend, "after seeding")
        passed = True
        dashboards = UncachedDashboards()
        lists = UncachedLists(seeded.busy, dashboards)
        for workers in worker_counts:
            print(f"serving with {workers} worker(s) ...", flush=True)
            server = harness.serve(first.backend, workers)
            try:
                token = harness.access_token(server, seeded.busy.user_id, seeded.busy.session_id)
                dashboards.token = token
                chosen, results, day_cost = measure_rounds(
                    server, first.echo_port, seeded, args, dashboards, lists
                )
                if args.py_spy and workers == worker_counts[0]:
                    print("py-spy during creates (one user, 32 callers) ...", flush=True)
                    profile = py_spy_profile(
                        server, creates([(seeded.busy, token)], lambda: CREATE_DAY), args.seconds
                    )
                else:
                    profile = []
                print(memory_now(server), flush=True)
            finally:
                server.stop()
            passed &= report(workers, chosen, results, day_cost)
            for line in profile:
                print(line)
        if not args.no_statements:
            print("\ncounting SQL statements per call (proxy in front of PostgreSQL) ...", flush=True)
            for name, (statements, trips) in count_statements(
                first.backend, seeded, dashboards, lists, args.statement_calls
            ).items():
                print(f"  {name:<30} {statements:5.1f} statements, {trips:5.1f} round trips per call")
        healthy &= verify(first.backend, "after the benchmark's writes")
    print(f"\nall targets met: {'yes' if passed else 'no'}; data consistent: {'yes' if healthy else 'NO'}")


if __name__ == "__main__":
    main()
