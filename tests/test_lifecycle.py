"""Graceful shutdown: SIGTERM turns health NOT_SERVING, lets in-flight calls finish, exits 0."""

from __future__ import annotations

import contextlib
import os
import pathlib
import signal
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator

import grpc
import psycopg

from rupaya.v1 import accounts_pb2 as pb
from rupaya.v1 import auth_pb2, common_pb2
from tests.ops import NOT_SERVING, eventually, health
from tests.servers import Backend, Connection, start_server


@contextlib.contextmanager
def accounts_locked(backend: Backend) -> Iterator[None]:
    """Hold a lock that makes every account write wait: a slow RPC without test-only hooks."""
    if backend.name == "postgres":
        with psycopg.connect(backend.sync_db_url.replace("+psycopg", "")) as conn:
            conn.execute("LOCK TABLE accounts IN EXCLUSIVE MODE")
            yield
            conn.rollback()
    else:
        conn = sqlite3.connect(backend.sync_db_url.removeprefix("sqlite:///"), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
            conn.close()


def test_sigterm_lets_a_slow_rpc_finish_refuses_new_ones_and_exits_zero(
    backend: Backend, tmp_path: pathlib.Path
) -> None:
    server = start_server(
        backend, tmp_path, extra_env={"RUPAYA_SHUTDOWN_DRAIN": "1", "RUPAYA_GRACE_PERIOD": "20"}
    )
    try:
        client = Connection(server).client().sign_up()
        request_id = str(uuid.uuid4())
        results: list[object] = []

        def slow_create() -> None:
            try:
                results.append(
                    client.accounts.CreateAccount(
                        pb.CreateAccountRequest(
                            request_id=request_id,
                            name="Slow",
                            type=pb.ACCOUNT_TYPE_CHECKING,
                            currency_code="INR",
                            opening_balance=common_pb2.Money(amount_minor=100),
                        ),
                        metadata=client.md(),
                        timeout=30,
                    )
                )
            except grpc.RpcError as error:
                results.append(error)

        with accounts_locked(backend):
            writer = threading.Thread(target=slow_create)
            writer.start()
            time.sleep(1.0)  # the call is now waiting on the lock inside the server
            os.kill(server.process.pid, signal.SIGTERM)
            eventually(lambda: health(server.target) == NOT_SERVING, 5, "health NOT_SERVING")
            time.sleep(1.5)  # past the drain delay: the server refuses new calls
            fresh = Connection(server).client()
            try:
                fresh.accounts.ListAccounts(pb.ListAccountsRequest(), metadata=client.md(), timeout=3)
                raise AssertionError("a new call was accepted during shutdown")
            except grpc.RpcError as error:
                assert error.code() == grpc.StatusCode.UNAVAILABLE
            assert server.process.poll() is None, "exited before the in-flight call finished"
        writer.join(timeout=20)
        [reply] = results
        assert isinstance(reply, pb.CreateAccountResponse), reply
        assert server.process.wait(timeout=20) == 0
        assert (
            backend.count("accounts", "name = 'Slow' AND id = :id", id=_db_id(backend, reply.account.id)) == 1
        )
    finally:
        server.stop()


def _db_id(backend: Backend, account_id: str) -> str:
    return account_id if backend.name == "postgres" else uuid.UUID(account_id).hex


def test_oversized_request_is_refused_before_it_reaches_the_service(
    backend: Backend, tmp_path: pathlib.Path
) -> None:
    server = start_server(backend, tmp_path, extra_env={"RUPAYA_MAX_MESSAGE_BYTES": "2048"})
    try:
        client = Connection(server).client()
        huge = auth_pb2.SignInRequest(email="a@example.com", password="x" * 4096)
        try:
            client.auth.SignIn(huge, timeout=10)
            raise AssertionError("an oversized request was accepted")
        except grpc.RpcError as error:
            assert error.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert not [line for line in server.log().splitlines() if "AuthService/SignIn" in line]
    finally:
        server.stop()
