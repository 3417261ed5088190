"""Ledger lists and analytics read from a streaming replica (RUPAYA_DATABASE_READ_URL), and
the fallbacks to the primary (server/db/replica.py): a real primary and hot standby on free
ports (tests/pg_cluster.py), a real server process and Redis.

Writes made behind the server's back (an SQL UPDATE on the primary, as another system's write)
show what the replica serves: until the replica has replayed them they are missing there."""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import grpc
import httpx
import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import sync_pb2 as sync
from rupaya.v1 import transactions_pb2 as tx
from server.db import migrate
from tests import pg_cluster
from tests.ledger import expense_request, open_account, record
from tests.servers import REDIS_URL, Backend, Client, ServerProcess, new_data_key, start_server

IN_CI = os.environ.get("CI", "").lower() == "true"
MAX_LAG_S = 2.0  # RUPAYA_DATABASE_READ_MAX_LAG of the server under test (roomy: a busy machine)
Counts = dict[tuple[str, str], float]


@pytest.fixture(scope="module")
def pair() -> Iterator[pg_cluster.Pair]:
    why = pg_cluster.missing()
    if why is None:
        try:
            redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
        except redis.RedisError as error:
            why = f"Redis at {REDIS_URL} not reachable: {error}"
    if why is not None:
        if IN_CI:
            pytest.fail(f"CI=true requires the read-replica test: {why}")
        pytest.skip(why)
    running = pg_cluster.start_pair()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def server(pair: pg_cluster.Pair, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    pair.primary.sql("CREATE DATABASE rupaya")
    migrate.upgrade(pair.primary.url("rupaya").replace("postgresql://", "postgresql+psycopg://"))
    folder = tmp_path_factory.mktemp("replica-server")
    prefix = f"rupaya_replica_{secrets.token_hex(4)}:"
    env = {
        "RUPAYA_DATA_DIR": str(folder / "data"),
        "RUPAYA_DATABASE_URL": pair.primary.url("rupaya"),
        "RUPAYA_REDIS_URL": REDIS_URL,
        "RUPAYA_CACHE_PREFIX": prefix,
        "RUPAYA_DATA_KEY": new_data_key(),
    }
    backend = Backend("postgres", env, pair.primary.url("rupaya"))
    extra = {
        "RUPAYA_DATABASE_READ_URL": pair.replica.url("rupaya"),
        "RUPAYA_DATABASE_READ_MAX_LAG": str(MAX_LAG_S),
        "RUPAYA_MIGRATE_ON_START": "false",
    }
    running = start_server(backend, folder, extra_env=extra)
    try:
        yield running
    finally:
        running.stop()
        store = redis.Redis.from_url(REDIS_URL)
        keys = list(store.scan_iter(f"{prefix}*"))
        if keys:
            store.delete(*keys)


@pytest.fixture
def replica(pair: pg_cluster.Pair) -> Iterator[pg_cluster.Node]:
    """The replica, replaying again (and running) after the test, whatever it did to it."""
    yield pair.replica
    if not pair.replica.running():
        pair.replica.start()
    pair.replica.sql("SELECT pg_wal_replay_resume()")


@pytest.fixture
def client(server: ServerProcess) -> Iterator[Client]:
    with grpc.insecure_channel(server.target) as channel:
        yield Client(channel).sign_up()


def scrape(server: ServerProcess) -> tuple[Counts, float]:
    """rupaya_db_reads_total by (target, reason), and rupaya_db_replica_lag_seconds."""
    text = httpx.get(f"http://127.0.0.1:{server.metrics_port}/metrics", timeout=10).text
    reads: Counts = {}
    lag = -1.0
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "rupaya_db_reads_total":
                reads[(sample.labels["target"], sample.labels["reason"])] = sample.value
            elif sample.name == "rupaya_db_replica_lag_seconds":
                lag = max(lag, sample.value)
    return reads, lag


def counted(server: ServerProcess, before: Counts) -> Counts:
    """The reads counted since `before`, by (target, reason), those that moved only."""
    now, _lag = scrape(server)
    return {key: value - before.get(key, 0) for key, value in now.items() if value != before.get(key, 0)}


def payees(client: Client, page_size: int) -> list[str]:
    """The caller's first page; page sizes differ between calls that must not share a cached reply."""
    reply = client.transactions.ListTransactions(
        tx.ListTransactionsRequest(page_size=page_size), metadata=client.md()
    )
    return [t.payee for t in reply.transactions]


def eventually(check: Callable[[], bool], timeout_s: float = 10.0) -> float:
    """Seconds until `check()` held."""
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < timeout_s, "not within the time allowed"
        time.sleep(0.05)
    return time.monotonic() - started


def quiet(client: Client) -> Client:
    """`client` once its last write is older than the bound: its reads may use the replica."""
    time.sleep(MAX_LAG_S + 0.3)
    return client


def test_lists_and_analytics_of_a_caller_without_recent_writes_are_read_on_the_replica(
    server: ServerProcess, client: Client
) -> None:
    account = open_account(client, 100_000)
    spent = record(client, expense_request(account, 1_250, payee="Bakery"))
    quiet(client)
    before, _lag = scrape(server)
    listed = client.transactions.ListTransactions(tx.ListTransactionsRequest(), metadata=client.md())
    client.accounts.ListAccounts(acc.ListAccountsRequest(), metadata=client.md())
    client.categories.ListCategories(cat.ListCategoriesRequest(), metadata=client.md())
    client.budgets.ListBudgets(bud.ListBudgetsRequest(), metadata=client.md())
    client.analytics.GetDashboard(
        an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH), metadata=client.md()
    )
    assert [t.id for t in listed.transactions] == [spent.id]
    # Five lists and the dashboard's two reads (the ledger version, then the figures).
    assert counted(server, before) == {("replica", "fresh"): 6}


def test_a_callers_reads_right_after_their_writes_see_them_also_with_replay_paused(
    server: ServerProcess, client: Client, replica: pg_cluster.Node
) -> None:
    account = open_account(client, 1_000_000)
    quiet(client)
    replica.sql("SELECT pg_wal_replay_pause()")
    before, _lag = scrape(server)
    for n in range(3):  # within the bound: but for the caller's marker, the replica would serve
        made = record(client, expense_request(account, 500 + n))
        listed = client.transactions.ListTransactions(
            tx.ListTransactionsRequest(page_size=100), metadata=client.md()
        )
        assert made.id in {t.id for t in listed.transactions}
    # Each went to the primary for the marker, none for the lag: the replica was in bounds.
    assert counted(server, before) == {("primary", "recent_write"): 3}
    replica.sql("SELECT pg_wal_replay_resume()")
    before, _lag = scrape(server)
    for n in range(20):
        made = record(client, expense_request(account, 100 + n))
        listed = client.transactions.ListTransactions(
            tx.ListTransactionsRequest(page_size=100), metadata=client.md()
        )
        assert made.id in {t.id for t in listed.transactions}
    assert counted(server, before) == {("primary", "recent_write"): 20}


def test_a_paused_replica_serves_within_the_lag_bound_then_reads_fall_back_to_the_primary(
    server: ServerProcess, client: Client, pair: pg_cluster.Pair, replica: pg_cluster.Node
) -> None:
    account = open_account(client, 100_000)
    spent = record(client, expense_request(account, 700, payee="Before"))
    quiet(client)
    replica.sql("SELECT pg_wal_replay_pause()")
    pair.primary.sql(f"UPDATE transactions SET payee = 'After' WHERE id = '{spent.id}'", "rupaya")
    before, _lag = scrape(server)
    assert payees(client, 1) == ["Before"]  # the replica's: the update is not replayed there
    sizes = iter(range(2, 500))
    waited = eventually(lambda: payees(client, next(sizes)) == ["After"])
    assert waited < MAX_LAG_S + 1.0
    reads, lag = counted(server, before), scrape(server)[1]
    assert reads[("replica", "fresh")] >= 1
    assert reads[("primary", "lag")] >= 1
    assert lag > MAX_LAG_S
    replica.sql("SELECT pg_wal_replay_resume()")
    before, _lag = scrape(server)
    eventually(
        lambda: payees(client, next(sizes)) == ["After"] and ("replica", "fresh") in counted(server, before)
    )


def test_a_stopped_replica_changes_nothing_for_clients_and_serves_again_once_back(
    server: ServerProcess, client: Client, pair: pg_cluster.Pair, replica: pg_cluster.Node
) -> None:
    with grpc.insecure_channel(server.target) as channel:
        reader = Client(channel).sign_up()
        reader_account = open_account(reader, 50_000)
        record(reader, expense_request(reader_account, 900, payee="Reader"))
        quiet(reader)
        assert payees(reader, 1) == ["Reader"]  # pools on the replica hold connections now
        account = open_account(client, 100_000)
        # Readers busy while it stops: some have a replica connection in hand when it goes.
        # Each read must succeed, while it stops and for 5 more per thread after.
        _while_busy(lambda: payees(reader, 1) == ["Reader"], lambda: replica.stop("immediate"))
        before, _lag = scrape(server)
        for n in range(10):
            made = record(client, expense_request(account, 10 + n))
            listed = client.transactions.ListTransactions(tx.ListTransactionsRequest(), metadata=client.md())
            assert listed.transactions[0].id == made.id
            assert payees(reader, 1 + n) == ["Reader"]
            client.accounts.ListAccounts(acc.ListAccountsRequest(), metadata=client.md())
            reader.analytics.GetDashboard(
                an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH), metadata=reader.md()
            )
        reads = counted(server, before)
        assert ("replica", "fresh") not in reads
        assert reads.get(("primary", "down"), 0) + reads.get(("primary", "error"), 0) >= 10
        replica.start()
        before, _lag = scrape(server)
        sizes = iter(range(20, 1000))
        waited = eventually(
            lambda: (
                payees(reader, next(sizes)) == ["Reader"] and ("replica", "fresh") in counted(server, before)
            ),
            timeout_s=20,
        )
        print(f"replica serving again {waited:.1f} s after its start")


def _while_busy(
    read: Callable[[], bool], action: Callable[[], None], threads: int = 4, after: int = 5
) -> None:
    """`read()` in `threads` threads, each call must succeed, around `action()` and until each
    thread has done `after` more once it returned (a count, not a time: on a loaded machine half
    a second may hold no read at all)."""
    acted = threading.Event()
    stop = threading.Event()

    def loop() -> None:
        since = 0
        while not stop.is_set() and since < after:
            assert read()
            since += acted.is_set()

    with ThreadPoolExecutor(threads) as pool:
        loops = [pool.submit(loop) for _ in range(threads)]
        try:
            time.sleep(0.2)
            action()
            acted.set()
        except BaseException:
            stop.set()
            raise
        for done in loops:
            done.result()


def test_the_sync_feed_never_reads_on_the_replica(server: ServerProcess, client: Client) -> None:
    """Its cursors come from the primary only (docs/deploy.md): a change feed call counts no
    routed read, wherever it would have gone."""
    quiet(client)
    before, _lag = scrape(server)
    client.sync.ListChanges(sync.ListChangesRequest(), metadata=client.md())
    assert counted(server, before) == {}
