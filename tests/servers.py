"""Real RUPAYA servers for tests: a subprocess serving gRPC on a free port, on SQLite or
on PostgreSQL + Redis, and a typed client over a real channel."""

from __future__ import annotations

import base64
import contextlib
import os
import pathlib
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import grpc
import psycopg
import redis
import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from grpc_health.v1 import health_pb2, health_pb2_grpc

from rupaya.v1 import (
    accounts_pb2_grpc,
    analytics_pb2_grpc,
    auth_pb2,
    auth_pb2_grpc,
    budgets_pb2_grpc,
    categories_pb2_grpc,
    common_pb2,
    currencies_pb2_grpc,
    exchange_rates_pb2_grpc,
    imports_pb2_grpc,
    notifications_pb2_grpc,
    rules_pb2_grpc,
    schedules_pb2_grpc,
    sync_pb2_grpc,
    transactions_pb2_grpc,
    users_pb2_grpc,
)
from tests.throwaway_ca import ThrowawayCa

ROOT = pathlib.Path(__file__).resolve().parent.parent
PG_ADMIN_URL = os.environ.get("RUPAYA_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("RUPAYA_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PASSWORD = "correct horse battery staple"
KEY_SETTINGS = (
    "RUPAYA_DATA_KEY",
    "RUPAYA_JWT_PRIVATE_KEY",
    "RUPAYA_JWT_PRIVATE_KEY_FILE",
    "RUPAYA_JWT_KEY_ID",
)


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(count: int) -> list[int]:
    """`count` distinct free ports: all held open at once, since a port just closed may be
    handed out again at once (a server once got the same port for gRPC and metrics)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [int(s.getsockname()[1]) for s in sockets]
    finally:
        for s in sockets:
            s.close()


def private_pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def new_data_key() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode()


def postgres_and_redis_reachable() -> str | None:
    """None when both answer, else why not."""
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as error:
        return f"PostgreSQL at {PG_ADMIN_URL} not reachable: {error}"
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        return f"Redis at {REDIS_URL} not reachable: {error}"
    return None


@dataclass
class Backend:
    """Where a server keeps its data: the embedded default or PostgreSQL + Redis."""

    name: str
    env: dict[str, str]
    sync_db_url: str
    _cleanup: list[object] = field(default_factory=list)

    @classmethod
    def embedded(cls, tmp: pathlib.Path) -> Backend:
        env = {"RUPAYA_DATA_DIR": str(tmp), "RUPAYA_DATA_KEY": new_data_key()}
        return cls("embedded", env, f"sqlite:///{tmp / 'rupaya.db'}")

    @classmethod
    def fresh_like(cls, other: Backend, tmp: pathlib.Path) -> Backend:
        """A new, empty backend of `other`'s kind (the caller drops it): for servers whose
        background work (mail delivery) must not meet another server's on a shared database."""
        return cls.postgres() if other.name == "postgres" else cls.embedded(tmp)

    def check_ledger(self) -> subprocess.CompletedProcess[str]:
        """The admin command verifying balance == opening + live postings on every account."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("RUPAYA_")}
        env["RUPAYA_DATABASE_URL"] = self.sync_db_url.replace("postgresql+psycopg://", "postgresql://")
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "gen" / "python")])
        return subprocess.run(
            [sys.executable, "-m", "server", "check-ledger"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )

    @classmethod
    def postgres(cls) -> Backend:
        name = f"rupaya_test_{secrets.token_hex(4)}"
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
        # One data folder per database, as the embedded backend has: servers sharing a database
        # are replicas of one deployment, and whichever one's deliverer sends a message (or
        # resolves a reset request), its .eml file lands where the tests look.
        folder = tempfile.mkdtemp(prefix=f"{name}-data-")
        backend = cls(
            "postgres",
            {
                "RUPAYA_DATA_DIR": folder,
                "RUPAYA_DATABASE_URL": url,
                "RUPAYA_REDIS_URL": REDIS_URL,
                "RUPAYA_CACHE_PREFIX": f"{name}:",
                "RUPAYA_DATA_KEY": new_data_key(),
            },
            url.replace("postgresql://", "postgresql+psycopg://"),
        )
        backend._cleanup.append(name)
        return backend

    def drop(self) -> None:
        if self.name == "postgres":
            shutil.rmtree(self.env["RUPAYA_DATA_DIR"], ignore_errors=True)
        for name in self._cleanup:
            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            client = redis.Redis.from_url(REDIS_URL)
            keys = list(client.scan_iter(f"{name}:*"))
            if keys:
                client.delete(*keys)

    def count(self, table: str, where: str = "", **params: object) -> int:
        engine = sa.create_engine(self.sync_db_url, poolclass=sa.pool.NullPool)
        try:
            with engine.connect() as conn:
                sql = f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else "")
                return int(conn.execute(sa.text(sql), params).scalar_one())
        finally:
            engine.dispose()

    def rows(self, sql: str, **params: object) -> list[tuple[object, ...]]:
        """Raw rows, as an attacker holding a database dump would see them."""
        engine = sa.create_engine(self.sync_db_url, poolclass=sa.pool.NullPool)
        try:
            with engine.connect() as conn:
                return [tuple(row) for row in conn.execute(sa.text(sql), params)]
        finally:
            engine.dispose()

    def count_id(self, table: str, column: str, value: str) -> int:
        """Rows whose UUID `column` equals `value` (bound as a UUID, right on both backends)."""
        engine = sa.create_engine(self.sync_db_url, poolclass=sa.pool.NullPool)
        try:
            query = sa.text(f"SELECT count(*) FROM {table} WHERE {column} = :u").bindparams(
                sa.bindparam("u", type_=sa.Uuid())
            )
            with engine.connect() as conn:
                return int(conn.execute(query, {"u": uuid.UUID(value)}).scalar_one())
        finally:
            engine.dispose()

    def rows_per_user_table(self, user_id: str) -> dict[str, int]:
        """Rows referencing `user_id` in every table that has a user_id column (or is users)."""
        engine = sa.create_engine(self.sync_db_url, poolclass=sa.pool.NullPool)
        try:
            inspector = sa.inspect(engine)
            counts: dict[str, int] = {}
            with engine.connect() as conn:
                for table in inspector.get_table_names():
                    columns = {c["name"] for c in inspector.get_columns(table)}
                    column = "id" if table == "users" else "user_id" if "user_id" in columns else None
                    if column is None:
                        continue
                    query = sa.text(f"SELECT count(*) FROM {table} WHERE {column} = :u").bindparams(
                        sa.bindparam("u", type_=sa.Uuid())
                    )
                    counts[table] = int(conn.execute(query, {"u": uuid.UUID(user_id)}).scalar_one())
            return counts
        finally:
            engine.dispose()


@dataclass
class ServerProcess:
    backend: Backend
    port: int
    process: subprocess.Popen[bytes]
    log_path: pathlib.Path
    signing_key: Ed25519PrivateKey
    key_id: str
    metrics_port: int = 0
    http_port: int = 0  # the HTTP/JSON gateway `serve` runs beside gRPC
    data_dir: pathlib.Path = ROOT / "var"  # the development mail sender writes mail/*.eml here

    @property
    def mail_dir(self) -> pathlib.Path:
        return self.data_dir / "mail"

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(
    backend: Backend,
    log_dir: pathlib.Path,
    signing_key: Ed25519PrivateKey | None = None,
    extra_env: dict[str, str] | None = None,
    keys: bool = True,
    credentials: grpc.ChannelCredentials | None = None,
    root: pathlib.Path = ROOT,
) -> ServerProcess:
    """With keys=False the server gets no data key and no signing key, as the README's run command.
    `root`: the checkout whose code serves (a benchmark compares another version's server)."""
    key = signing_key or Ed25519PrivateKey.generate()
    key_id = f"test-{uuid.uuid4().hex[:8]}"
    port, metrics_port, http_port = free_ports(3)
    key_env = {"RUPAYA_JWT_PRIVATE_KEY": private_pem(key), "RUPAYA_JWT_KEY_ID": key_id}
    inherited = {**os.environ, **backend.env}
    env = {
        **{k: v for k, v in inherited.items() if keys or k not in KEY_SETTINGS},
        **(key_env if keys else {}),
        "RUPAYA_GRPC_PORT": str(port),
        "RUPAYA_LOG_FORMAT": "json",
        "RUPAYA_KEYRING_REFRESH": "1",
        "RUPAYA_SYNC_PRUNE_INTERVAL": "1",  # tests age tombstones and see them pruned
        "RUPAYA_SYNC_HEARTBEAT": "1",  # change streams: heartbeats within a test's patience
        "RUPAYA_SCHEDULER_INTERVAL": "0.5",  # schedules: due occurrences post within a test's patience
        "RUPAYA_METRICS_PORT": str(metrics_port),
        "RUPAYA_HTTP_ADDR": f"127.0.0.1:{http_port}",
        # Every test signs up from 127.0.0.1; rate-limit tests set real limits via extra_env.
        "RUPAYA_RATE_LIMIT_STRICT": "100000/60",
        "RUPAYA_RATE_LIMIT_DEFAULT": "100000/60",
        "RUPAYA_RATE_LIMIT_BULK": "100000/60",
        "PYTHONPATH": os.pathsep.join([str(root), str(root / "gen" / "python")]),
        # Each server its own data folder (the embedded backend's holds its database), so the
        # development mail sender's .eml files are where its tests look (tests/mailbox.py).
        "RUPAYA_DATA_DIR": inherited.get("RUPAYA_DATA_DIR") or str(log_dir / f"data-{port}"),
        **(extra_env or {}),
    }
    log_path = log_dir / f"server-{backend.name}-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gateway", "serve"], cwd=root, env=env, stdout=log, stderr=log
        )
    data_dir = pathlib.Path(env["RUPAYA_DATA_DIR"])
    server = ServerProcess(backend, port, process, log_path, key, key_id, metrics_port, http_port, data_dir)
    wait_until_serving(server, credentials=credentials)
    return server


def wait_until_serving(
    server: ServerProcess, timeout_s: float = 60, credentials: grpc.ChannelCredentials | None = None
) -> None:
    """`credentials`: the server serves TLS (tests/test_tls.py)."""
    deadline = time.monotonic() + timeout_s
    channel = (
        grpc.secure_channel(server.target, credentials)
        if credentials
        else grpc.insecure_channel(server.target)
    )
    with channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise RuntimeError(f"server exited with {server.process.returncode}:\n{server.log()}")
            try:
                reply = stub.Check(health_pb2.HealthCheckRequest(), timeout=1)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"server not serving after {timeout_s}s:\n{server.log()}")


@dataclass
class Client:
    """Stubs on one channel, plus the caller's token once signed in."""

    channel: grpc.Channel
    token: str = ""
    refresh_token: str = ""
    user_id: str = ""
    email: str = ""
    mail_dir: pathlib.Path | None = None  # where the server's messages land (tests/mailbox.py)

    @property
    def auth(self) -> auth_pb2_grpc.AuthServiceStub:
        return auth_pb2_grpc.AuthServiceStub(self.channel)

    @property
    def accounts(self) -> accounts_pb2_grpc.AccountServiceStub:
        return accounts_pb2_grpc.AccountServiceStub(self.channel)

    @property
    def transactions(self) -> transactions_pb2_grpc.TransactionServiceStub:
        return transactions_pb2_grpc.TransactionServiceStub(self.channel)

    @property
    def categories(self) -> categories_pb2_grpc.CategoryServiceStub:
        return categories_pb2_grpc.CategoryServiceStub(self.channel)

    @property
    def budgets(self) -> budgets_pb2_grpc.BudgetServiceStub:
        return budgets_pb2_grpc.BudgetServiceStub(self.channel)

    @property
    def users(self) -> users_pb2_grpc.UserServiceStub:
        return users_pb2_grpc.UserServiceStub(self.channel)

    @property
    def analytics(self) -> analytics_pb2_grpc.AnalyticsServiceStub:
        return analytics_pb2_grpc.AnalyticsServiceStub(self.channel)

    @property
    def exchange_rates(self) -> exchange_rates_pb2_grpc.ExchangeRateServiceStub:
        return exchange_rates_pb2_grpc.ExchangeRateServiceStub(self.channel)

    @property
    def currencies(self) -> currencies_pb2_grpc.CurrencyServiceStub:
        return currencies_pb2_grpc.CurrencyServiceStub(self.channel)

    @property
    def imports(self) -> imports_pb2_grpc.ImportServiceStub:
        return imports_pb2_grpc.ImportServiceStub(self.channel)

    @property
    def sync(self) -> sync_pb2_grpc.SyncServiceStub:
        return sync_pb2_grpc.SyncServiceStub(self.channel)

    @property
    def notifications(self) -> notifications_pb2_grpc.NotificationServiceStub:
        return notifications_pb2_grpc.NotificationServiceStub(self.channel)

    @property
    def schedules(self) -> schedules_pb2_grpc.ScheduleServiceStub:
        return schedules_pb2_grpc.ScheduleServiceStub(self.channel)

    @property
    def rules(self) -> rules_pb2_grpc.RuleServiceStub:
        return rules_pb2_grpc.RuleServiceStub(self.channel)

    def md(self, token: str | None = None) -> list[tuple[str, str]]:
        return [("authorization", f"Bearer {self.token if token is None else token}")]

    def sign_up(self, email: str | None = None, device_id: str = "test-device") -> Client:
        self.email = email or f"user-{uuid.uuid4().hex[:12]}@example.com"
        reply = self.auth.SignUp(
            auth_pb2.SignUpRequest(
                email=self.email,
                password=PASSWORD,
                device=common_pb2.DeviceInfo(
                    device_id=device_id, device_name="Test phone", platform=common_pb2.PLATFORM_ANDROID
                ),
            )
        )
        self.token, self.refresh_token = reply.tokens.access_token, reply.tokens.refresh_token
        self.user_id = reply.user_id
        return self


@dataclass
class Connection:
    server: ServerProcess
    channels: list[grpc.Channel] = field(default_factory=list)

    def client(self) -> Client:
        channel = grpc.insecure_channel(self.server.target)
        self.channels.append(channel)
        return Client(channel, mail_dir=self.server.mail_dir)

    def close(self) -> None:
        for channel in self.channels:
            channel.close()


def connect(server: ServerProcess) -> Iterator[Connection]:
    connection = Connection(server)
    try:
        yield connection
    finally:
        connection.close()


@contextlib.contextmanager
def second_replica(backend: Backend, log_dir: pathlib.Path) -> Iterator[Connection]:
    """Another server on the same database and cache, as behind a load balancer."""
    server = start_server(backend, log_dir)
    connection = Connection(server)
    try:
        yield connection
    finally:
        connection.close()
        server.stop()


@dataclass
class TlsServer:
    """A server whose gRPC and HTTP listeners serve TLS with a certificate from a throwaway CA
    (SAN 127.0.0.1 and localhost): what the client programs connect to, as apps would."""

    server: ServerProcess
    ca_file: pathlib.Path

    @property
    def https_url(self) -> str:
        return f"https://127.0.0.1:{self.server.http_port}"

    def node_env(self) -> dict[str, str]:
        """Node's fetch trusting the CA (as a browser or app trusts a real one)."""
        return {**os.environ, "NODE_EXTRA_CA_CERTS": str(self.ca_file)}


def start_tls_server(backend: Backend, folder: pathlib.Path) -> TlsServer:
    ca = ThrowawayCa(folder / "ca")
    cert = ca.issue("server")
    env = {
        "RUPAYA_TLS_CERT_FILE": str(cert.cert_file),
        "RUPAYA_TLS_KEY_FILE": str(cert.key_file),
        "RUPAYA_GATEWAY_UPSTREAM_CA_FILE": str(ca.cert_file),
    }
    trust = grpc.ssl_channel_credentials(ca.cert_file.read_bytes())
    return TlsServer(start_server(backend, folder, extra_env=env, credentials=trust), ca.cert_file)
