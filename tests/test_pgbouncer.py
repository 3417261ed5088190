"""The hot paths behind PgBouncer in transaction pooling mode (issue 15): the pooler hands each
transaction (each statement, in autocommit) whichever server connection is free, so the server
keeps no session state across transactions, and with RUPAYA_DATABASE_PREPARED_STATEMENTS=off it
prepares nothing on the server, which PgBouncer before 1.21 cannot carry over in this mode.

PgBouncer is Debian bookworm's 1.18 (scripts/pgbouncer_tool.py, installed here when missing), in
front of a fresh PostgreSQL database migrated directly, as a deploy migrates. PostgreSQL only."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import pathlib
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import grpc
import psycopg
import pytest
import sqlalchemy as sa
from google.protobuf import field_mask_pb2
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import auth_pb2
from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import sync_pb2 as sync
from rupaya.v1 import transactions_pb2 as tx
from server.config import normalize_database_url
from server.db import migrate
from server.db.engine import Database
from tests.ledger import DINING, TRANSFER, balance, day, expense_request, money, open_account, record
from tests.servers import (
    PASSWORD,
    Backend,
    Client,
    ServerProcess,
    free_port,
    postgres_and_redis_reachable,
    start_server,
)

sys.path.append(str(pathlib.Path(__file__).resolve().parent.parent / "scripts"))  # appended: never shadows
import pgbouncer_tool as tool  # noqa: E402  (scripts/ is not a package)

IN_CI = os.environ.get("CI", "").lower() == "true"
SHARED = "rupaya"  # POOL_SIZE server connections shared by every client connection
SINGLE = "rupaya_single"  # one server connection: whatever one client leaves there, the next meets
POOL_SIZE = 2
PREPARE_AFTER = 5  # psycopg's default prepare_threshold: runs of a statement before it is prepared
WRITERS, CREATES_EACH = 6, 8
OPENING = 10_000_000
MARCH = an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-03-15"))


@dataclasses.dataclass
class Pooler:
    port: int
    process: subprocess.Popen[bytes]
    log_path: pathlib.Path
    user: str

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def figures(self, database: str) -> tuple[int, int, int]:
        """(client connections, server connections, transactions served so far) of `database`,
        from PgBouncer's admin console."""
        with psycopg.connect(self.url("pgbouncer"), autocommit=True, row_factory=dict_row) as console:
            pool = next(row for row in console.execute("SHOW POOLS") if row["database"] == database)
            stats = next(row for row in console.execute("SHOW STATS") if row["database"] == database)
        servers = sum(int(pool[f"sv_{state}"]) for state in ("active", "idle", "used", "tested", "login"))
        return int(pool["cl_active"]) + int(pool["cl_waiting"]), servers, int(stats["total_xact_count"])

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _unavailable(why: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true requires the PgBouncer test: {why}")
    pytest.skip(why)


@pytest.fixture(scope="module")
def database() -> Iterator[Backend]:
    why = postgres_and_redis_reachable()
    if why is not None:
        _unavailable(why)
    backend = Backend.postgres()
    try:
        migrate.upgrade(backend.sync_db_url)  # directly: DDL has no business going through the pooler
        yield backend
    finally:
        backend.drop()


@pytest.fixture(scope="module")
def pooler(database: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pooler]:
    try:
        tool.ensure()
    except (OSError, subprocess.CalledProcessError, SystemExit) as error:
        _unavailable(f"PgBouncer not installable here (make pgbouncer-tool): {error}")
    running = start_pooler(database, tmp_path_factory.mktemp("pgbouncer"))
    try:
        yield running
    finally:
        running.stop()


def start_pooler(database: Backend, folder: pathlib.Path) -> Pooler:
    target = conninfo_to_dict(database.env["RUPAYA_DATABASE_URL"])
    user = str(target.get("user") or "postgres")
    upstream = " ".join(
        f"{key}={target[key]}" for key in ("host", "port", "dbname", "user", "password") if key in target
    )
    (folder / "users.txt").write_text(f'"{user}" ""\n')  # trust: the name must still be listed
    config = folder / "pgbouncer.ini"
    port = free_port()
    config.write_text(
        f"[databases]\n{SHARED} = {upstream}\n{SINGLE} = {upstream} pool_size=1\n"
        f"[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = trust\nauth_file = {folder / 'users.txt'}\npool_mode = transaction\n"
        f"default_pool_size = {POOL_SIZE}\nmax_client_conn = 200\nadmin_users = {user}\n"
    )
    as_user = ["-u", "nobody"] if os.geteuid() == 0 else []  # it refuses to run as root
    log_path = folder / "pgbouncer.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(tool.PGBOUNCER), *as_user, str(config)], env=tool.run_env(), stdout=log, stderr=log
        )
    pooler = Pooler(port, process, log_path, user)
    deadline = time.monotonic() + 10
    while True:
        try:
            with psycopg.connect(pooler.url(SHARED), connect_timeout=2) as conn:
                conn.execute("SELECT 1")
            return pooler
        except psycopg.OperationalError:
            if process.poll() is not None or time.monotonic() > deadline:
                pooler.stop()
                raise RuntimeError(f"PgBouncer did not come up:\n{pooler.log()}") from None
            time.sleep(0.1)


@pytest.fixture(scope="module")
def pooled_server(
    database: Backend, pooler: Pooler, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    env = {
        "RUPAYA_DATABASE_URL": pooler.url(SHARED),
        "RUPAYA_DATABASE_PREPARED_STATEMENTS": "off",
        "RUPAYA_MIGRATE_ON_START": "false",
    }
    server = start_server(database, tmp_path_factory.mktemp("pooled"), extra_env=env)
    try:
        yield server
    finally:
        server.stop()


async def _same_statement_on_two_connections(url: str, *, prepared_statements: bool) -> None:
    """Two pooled connections of one Database, each running one statement past psycopg's
    threshold, with the pooler's single server connection under both."""
    db = Database(normalize_database_url(url), prepared_statements=prepared_statements)
    try:
        async with db.read() as first, db.read() as second:
            for session in (first, second):
                for n in range(PREPARE_AFTER + 1):
                    await session.execute(sa.text("SELECT CAST(:n AS integer)"), {"n": n})
    finally:
        await db.close()


def test_with_prepared_statements_off_connections_share_a_server_connection(pooler: Pooler) -> None:
    asyncio.run(_same_statement_on_two_connections(pooler.url(SINGLE), prepared_statements=False))


def test_with_prepared_statements_on_the_second_connection_meets_the_firsts(pooler: Pooler) -> None:
    """What the setting prevents: psycopg names its statements per client connection (_pg3_0,
    ...), and PgBouncer 1.18 runs both clients' statements on one server connection."""
    with pytest.raises(sa.exc.DBAPIError, match='prepared statement "_pg3_0" already exists'):
        asyncio.run(_same_statement_on_two_connections(pooler.url(SINGLE), prepared_statements=True))


def test_hot_paths_run_concurrently_through_the_pooler(pooled_server: ServerProcess, pooler: Pooler) -> None:
    _clients, _servers, transactions_before = pooler.figures(SHARED)
    email = f"pooled-{uuid.uuid4().hex[:12]}@example.com"
    with grpc.insecure_channel(pooled_server.target) as channel:
        owner = Client(channel).sign_up(email)
        account = open_account(owner, OPENING)
        writing = threading.Event()
        writing.set()

        def write(writer: int) -> list[tx.Transaction]:
            """Each create sent twice with one request_id, as a client retrying a lost reply."""
            made = []
            for n in range(CREATES_EACH):
                request = expense_request(account, 100 + writer * CREATES_EACH + n)
                first, retried = record(owner, request), record(owner, request)
                assert retried.id == first.id and retried.etag == first.etag
                made.append(first)
            return made

        def read() -> int:
            """List pages and dashboards while the writers write; the calls it made."""
            calls = 0
            while writing.is_set():
                owner.transactions.ListTransactions(
                    tx.ListTransactionsRequest(page_size=20), metadata=owner.md()
                )
                owner.analytics.GetDashboard(MARCH, metadata=owner.md())
                calls += 2
            return calls

        def sign_in() -> str:
            return owner.auth.SignIn(
                auth_pb2.SignInRequest(email=email, password=PASSWORD)
            ).tokens.access_token

        with ThreadPoolExecutor(WRITERS + 4) as pool:
            readers = [pool.submit(read) for _ in range(2)]
            sign_ins = [pool.submit(sign_in) for _ in range(2)]
            writers = [pool.submit(write, w) for w in range(WRITERS)]
            try:
                created = [t for w in writers for t in w.result()]
            finally:
                writing.clear()
            assert all(r.result() > 0 for r in readers) and all(s.result() for s in sign_ins)

        changed, dropped = created[0], created[1]
        changed = owner.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=changed.id, etag=changed.etag, amount=money(5_000)),
                update_mask=field_mask_pb2.FieldMask(paths=["amount"]),
            ),
            metadata=owner.md(),
        ).transaction
        owner.transactions.DeleteTransaction(
            tx.DeleteTransactionRequest(id=dropped.id, etag=dropped.etag), metadata=owner.md()
        )
        live = {t.id: t.amount.amount_minor for t in created if t.id != dropped.id} | {changed.id: 5_000}

        listed, token = {}, ""
        while True:
            page = owner.transactions.ListTransactions(
                tx.ListTransactionsRequest(page_size=7, page_token=token), metadata=owner.md()
            )
            listed |= {t.id: t.amount.amount_minor for t in page.transactions}
            token = page.next_page_token
            if not token:
                break
        # The last write bumped the ledger version its cache key holds: this one is computed.
        dashboard = owner.analytics.GetDashboard(MARCH, metadata=owner.md())
        spent = sum(c.expenses.amount_minor for c in dashboard.current.currencies)
        assert len(created) == len(set(listed) | {dropped.id}) == WRITERS * CREATES_EACH
        assert listed == live
        assert spent == sum(live.values())
        assert balance(owner, account) == OPENING - sum(live.values())

    clients, servers, transactions = pooler.figures(SHARED)
    assert clients > POOL_SIZE >= servers, (clients, servers)  # the server's connections took turns
    assert transactions - transactions_before > 2 * WRITERS * CREATES_EACH
    check = pooled_server.backend.check_ledger()
    assert check.returncode == 0 and "0 mismatching" in check.stdout, check.stdout + check.stderr
    log = pooled_server.log()
    assert "Traceback" not in log and "INTERNAL" not in log, log[-3000:]


def test_auth_transfers_budgets_and_sync_run_through_the_pooler(
    pooled_server: ServerProcess, pooler: Pooler
) -> None:
    """The other write paths a deploy puts behind the pooler: token rotation with reuse detection,
    sessions, a transfer (two balances in one transaction), a budget's progress, the change
    feed's snapshot and its continuation from a cursor."""
    _clients, _servers, transactions_before = pooler.figures(SHARED)
    with grpc.insecure_channel(pooled_server.target) as channel:
        owner = Client(channel).sign_up(f"pooled-{uuid.uuid4().hex[:12]}@example.com")
        rotated = owner.auth.RefreshToken(auth_pb2.RefreshTokenRequest(refresh_token=owner.refresh_token))
        with pytest.raises(grpc.RpcError) as reused:
            owner.auth.RefreshToken(auth_pb2.RefreshTokenRequest(refresh_token=owner.refresh_token))
        assert reused.value.code() == grpc.StatusCode.UNAUTHENTICATED
        with pytest.raises(grpc.RpcError) as family:  # reuse ended the session: its newest token too
            owner.auth.RefreshToken(auth_pb2.RefreshTokenRequest(refresh_token=rotated.tokens.refresh_token))
        assert family.value.code() == grpc.StatusCode.UNAUTHENTICATED
        owner.token = owner.auth.SignIn(
            auth_pb2.SignInRequest(email=owner.email, password=PASSWORD)
        ).tokens.access_token
        sessions = owner.auth.ListSessions(auth_pb2.ListSessionsRequest(), metadata=owner.md()).sessions
        assert [s.current for s in sessions] == [True]

        checking, savings = (
            open_account(owner, OPENING),
            open_account(owner, 0, kind=acc.ACCOUNT_TYPE_SAVINGS),
        )
        record(
            owner, expense_request(checking, 250_000, kind=TRANSFER, category_id="", to_account_id=savings.id)
        )
        record(owner, expense_request(checking, 3_000, category_id=DINING, occurred_on=day("2026-03-10")))
        assert (balance(owner, checking), balance(owner, savings)) == (OPENING - 253_000, 250_000)

        budget = owner.budgets.CreateBudget(
            bud.CreateBudgetRequest(
                request_id=str(uuid.uuid4()), category_id=DINING, amount=money(10_000, "INR"),
                period=bud.BUDGET_PERIOD_MONTHLY,
            ),
            metadata=owner.md(),
        ).budget  # fmt: skip
        progress = owner.budgets.GetBudgetProgress(
            bud.GetBudgetProgressRequest(id=budget.id, date=day("2026-03-15")), metadata=owner.md()
        )
        assert (progress.spent.amount_minor, progress.remaining.amount_minor) == (3_000, 7_000)

        changes, cursor = _drain(owner, 0)
        seen = {(c.entity_type, c.entity_id) for c in changes}
        assert {(sync.ENTITY_TYPE_ACCOUNT, savings.id), (sync.ENTITY_TYPE_BUDGET, budget.id)} <= seen
        later = record(owner, expense_request(checking, 1_000))
        after, _ = _drain(owner, cursor)
        assert (sync.ENTITY_TYPE_TRANSACTION, later.id) in {(c.entity_type, c.entity_id) for c in after}
    assert pooler.figures(SHARED)[2] > transactions_before
    check = pooled_server.backend.check_ledger()
    assert check.returncode == 0 and "0 mismatching" in check.stdout, check.stdout + check.stderr
    assert "Traceback" not in pooled_server.log()


def _drain(client: Client, cursor: int) -> tuple[list[sync.Change], int]:
    changes: list[sync.Change] = []
    while True:
        reply = client.sync.ListChanges(
            sync.ListChangesRequest(cursor=cursor, page_size=50), metadata=client.md()
        )
        changes += reply.changes
        cursor = reply.next_cursor
        if not reply.has_more:
            return changes, cursor
