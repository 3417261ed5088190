"""Backing services failing: Redis killed and restarted, PostgreSQL refusing connections."""

from __future__ import annotations

import contextlib
import pathlib
import uuid
from collections.abc import Iterator

import grpc
import psycopg
import pytest

from rupaya.v1 import accounts_pb2 as pb
from tests.ops import NOT_SERVING, SERVING, PrivateRedis, eventually, health, json_lines, sample, scrape
from tests.rpc_errors import rpc_fails
from tests.servers import PG_ADMIN_URL, Backend, Client, Connection, ServerProcess, start_server


def _with_redis(backend: Backend, tmp_path: pathlib.Path, redis_url: str, **env: str) -> ServerProcess:
    return start_server(
        backend,
        tmp_path,
        extra_env={
            "RUPAYA_REDIS_URL": redis_url,
            "RUPAYA_READINESS_INTERVAL": "1",
            "RUPAYA_RATE_LIMIT_DEFAULT": "1000/60",
            **env,
        },
    )


def _list(client: Client) -> grpc.Call:
    _, call = client.accounts.ListAccounts.with_call(
        pb.ListAccountsRequest(), metadata=client.md(), timeout=10
    )
    return call


def _remaining(call: grpc.Call) -> str | None:
    return dict(call.trailing_metadata() or ()).get("ratelimit-remaining")  # type: ignore[arg-type]


def _create(client: Client, request_id: str) -> pb.Account:
    request = pb.CreateAccountRequest(
        request_id=request_id, name="Kept", type=pb.ACCOUNT_TYPE_SAVINGS, currency_code="EUR"
    )
    return client.accounts.CreateAccount(request, metadata=client.md(), timeout=10).account


def test_redis_down_keeps_serving_failing_open_and_recovers(
    backend: Backend, tmp_path: pathlib.Path, private_redis: PrivateRedis
) -> None:
    server = _with_redis(backend, tmp_path, private_redis.url)
    try:
        client = Connection(server).client().sign_up()
        assert _remaining(_list(client)) == "999"
        private_redis.kill()
        # Cache misses fall through to the database; the limiter fails open (no quota header).
        assert _remaining(_list(client)) is None
        account = _create(client, str(uuid.uuid4()))
        assert Connection(server).client().sign_up().user_id
        eventually(lambda: health(server.target, "rupaya.redis") == NOT_SERVING, what="redis reported down")
        assert health(server.target) == SERVING
        assert sample(scrape(server.metrics_port), "rupaya_redis_errors_total") > 0
        # One error line with its stack trace for the outage, not one per call.
        [down] = [x for x in json_lines(server.log()) if x.get("event") == "rate limiter unreachable"]
        assert down["level"] == "error" and "Traceback" in down["exception"]

        private_redis.start()  # empty, on the same port
        eventually(lambda: _remaining(_list(client)) is not None, what="rate limiting back")
        eventually(lambda: health(server.target, "rupaya.redis") == SERVING, what="redis reported up")
        assert any(x.get("event") == "rate limiter reachable again" for x in json_lines(server.log()))
        assert [
            a.id
            for a in client.accounts.ListAccounts(pb.ListAccountsRequest(), metadata=client.md()).accounts
        ] == [account.id]
    finally:
        server.stop()


def test_redis_down_with_fail_closed_limits_answers_unavailable_until_it_returns(
    backend: Backend, tmp_path: pathlib.Path, private_redis: PrivateRedis
) -> None:
    server = _with_redis(backend, tmp_path, private_redis.url, RUPAYA_RATE_LIMIT_FAIL_OPEN="false")
    try:
        client = Connection(server).client().sign_up()
        _list(client)
        private_redis.kill()
        rpc_fails(lambda: _list(client), grpc.StatusCode.UNAVAILABLE, "SERVICE_UNAVAILABLE")
        eventually(lambda: health(server.target) == NOT_SERVING, what="not ready without the limiter")
        private_redis.start()
        eventually(lambda: health(server.target) == SERVING, what="ready again")
        assert _remaining(_list(client)) is not None
    finally:
        server.stop()


@contextlib.contextmanager
def database_outage(database: str) -> Iterator[None]:
    """Only this test's database goes away: new connections refused, open ones terminated."""
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        )
        try:
            yield
        finally:
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')


def test_postgres_outage_answers_unavailable_then_recovers_without_losing_commits(
    backend: Backend, tmp_path: pathlib.Path
) -> None:
    if backend.name != "postgres":
        pytest.skip("needs PostgreSQL")
    own = Backend.postgres()  # a database of its own, so no other test sees the outage
    server = start_server(own, tmp_path, extra_env={"RUPAYA_READINESS_INTERVAL": "1"})
    try:
        client = Connection(server).client().sign_up()
        committed = _create(client, str(uuid.uuid4()))
        retried_id = str(uuid.uuid4())
        with database_outage(own.sync_db_url.rsplit("/", 1)[1]):
            rpc_fails(lambda: _create(client, retried_id), grpc.StatusCode.UNAVAILABLE, "SERVICE_UNAVAILABLE")
            rpc_fails(lambda: _list(client), grpc.StatusCode.UNAVAILABLE, "SERVICE_UNAVAILABLE")
            eventually(lambda: health(server.target) == NOT_SERVING, what="not ready without PostgreSQL")
            assert health(server.target, "rupaya.liveness") == SERVING  # alive: no restart heals this
        eventually(lambda: health(server.target) == SERVING, what="ready again")
        # Same server process, no restart: the retry of the refused write lands exactly once.
        retried = _create(client, retried_id)
        assert _create(client, retried_id).id == retried.id
        listed = client.accounts.ListAccounts(pb.ListAccountsRequest(), metadata=client.md()).accounts
        assert {a.id for a in listed} == {committed.id, retried.id}
        assert own.count("accounts") == 2
    finally:
        server.stop()
        own.drop()
