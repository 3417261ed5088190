"""Real RUPAYA servers for tests: a subprocess serving gRPC on a free port, on SQLite or
on PostgreSQL + Redis, and a typed client over a real channel."""

from __future__ import annotations

import os
import pathlib
import secrets
import socket
import subprocess
import sys
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

from rupaya.v1 import accounts_pb2_grpc, auth_pb2, auth_pb2_grpc

ROOT = pathlib.Path(__file__).resolve().parent.parent
PG_ADMIN_URL = os.environ.get("RUPAYA_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("RUPAYA_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PASSWORD = "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def private_pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


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
        return cls("embedded", {"RUPAYA_DATA_DIR": str(tmp)}, f"sqlite:///{tmp / 'rupaya.db'}")

    @classmethod
    def postgres(cls) -> Backend:
        name = f"rupaya_test_{secrets.token_hex(4)}"
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
        backend = cls(
            "postgres",
            {
                "RUPAYA_DATABASE_URL": url,
                "RUPAYA_REDIS_URL": REDIS_URL,
                "RUPAYA_CACHE_PREFIX": f"{name}:",
            },
            url.replace("postgresql://", "postgresql+psycopg://"),
        )
        backend._cleanup.append(name)
        return backend

    def drop(self) -> None:
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


@dataclass
class ServerProcess:
    backend: Backend
    port: int
    process: subprocess.Popen[bytes]
    log_path: pathlib.Path
    signing_key: Ed25519PrivateKey
    key_id: str
    metrics_port: int = 0

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

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
) -> ServerProcess:
    key = signing_key or Ed25519PrivateKey.generate()
    key_id = f"test-{uuid.uuid4().hex[:8]}"
    port, metrics_port = free_port(), free_port()
    env = {
        **os.environ,
        **backend.env,
        "RUPAYA_GRPC_PORT": str(port),
        "RUPAYA_JWT_PRIVATE_KEY": private_pem(key),
        "RUPAYA_JWT_KEY_ID": key_id,
        "RUPAYA_LOG_FORMAT": "json",
        "RUPAYA_METRICS_PORT": str(metrics_port),
        # Every test signs up from 127.0.0.1; rate-limit tests set real limits via extra_env.
        "RUPAYA_RATE_LIMIT_STRICT": "100000/60",
        "RUPAYA_RATE_LIMIT_DEFAULT": "100000/60",
        "RUPAYA_RATE_LIMIT_BULK": "100000/60",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "gen" / "python")]),
        **(extra_env or {}),
    }
    log_path = log_dir / f"server-{backend.name}-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "server", "serve"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
    server = ServerProcess(backend, port, process, log_path, key, key_id, metrics_port)
    wait_until_serving(server)
    return server


def wait_until_serving(server: ServerProcess, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    with grpc.insecure_channel(server.target) as channel:
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

    @property
    def auth(self) -> auth_pb2_grpc.AuthServiceStub:
        return auth_pb2_grpc.AuthServiceStub(self.channel)

    @property
    def accounts(self) -> accounts_pb2_grpc.AccountServiceStub:
        return accounts_pb2_grpc.AccountServiceStub(self.channel)

    def md(self, token: str | None = None) -> list[tuple[str, str]]:
        return [("authorization", f"Bearer {self.token if token is None else token}")]

    def sign_up(self, email: str | None = None) -> Client:
        reply = self.auth.SignUp(
            auth_pb2.SignUpRequest(
                email=email or f"user-{uuid.uuid4().hex[:12]}@example.com", password=PASSWORD
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
        return Client(channel)

    def close(self) -> None:
        for channel in self.channels:
            channel.close()


def connect(server: ServerProcess) -> Iterator[Connection]:
    connection = Connection(server)
    try:
        yield connection
    finally:
        connection.close()
