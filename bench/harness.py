"""What every benchmark starts from: a RUPAYA server on a fresh PostgreSQL database (+ Redis),
the bare grpc.aio echo server it is compared with, and one signed-in user with a credit-card
account (a liability: bulk-seeded spending never hits the overdraft rule)."""

from __future__ import annotations

import contextlib
import pathlib
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import grpc

from rupaya.v1 import accounts_pb2, accounts_pb2_grpc, auth_pb2, auth_pb2_grpc
from tests.servers import (
    PASSWORD,
    ROOT,
    Backend,
    ServerProcess,
    free_port,
    postgres_and_redis_reachable,
    start_server,
)


@dataclass
class Bench:
    backend: Backend
    server: ServerProcess
    echo_port: int
    channel: grpc.Channel
    user_id: str
    metadata: list[tuple[str, str]]
    account: accounts_pb2.Account


@contextlib.contextmanager
def running() -> Iterator[Bench]:
    why = postgres_and_redis_reachable()
    if why:
        sys.exit(f"needs PostgreSQL and Redis: {why}")
    backend = Backend.postgres()
    server = start_server(backend, pathlib.Path(tempfile.mkdtemp(prefix="rupaya-bench-")))
    echo_port = free_port()
    echo = subprocess.Popen(
        [sys.executable, "-m", "bench.echo", str(echo_port)], cwd=ROOT, stdout=subprocess.PIPE
    )
    channel = grpc.insecure_channel(server.target)
    try:
        assert echo.stdout is not None and echo.stdout.readline().strip() == b"echo ready"
        signed, metadata, account = signed_up_with_account(
            channel, "Card", accounts_pb2.ACCOUNT_TYPE_CREDIT_CARD
        )
        yield Bench(backend, server, echo_port, channel, signed.user_id, metadata, account)
    finally:
        channel.close()
        echo.terminate()
        server.stop()
        backend.drop()


def signed_up_with_account(
    channel: grpc.Channel, name: str, account_type: int
) -> tuple[auth_pb2.SignUpResponse, list[tuple[str, str]], accounts_pb2.Account]:
    """A new user (their sign-up reply and bearer metadata) with one INR account."""
    signed = auth_pb2_grpc.AuthServiceStub(channel).SignUp(
        auth_pb2.SignUpRequest(email=f"bench-{uuid.uuid4().hex[:8]}@example.com", password=PASSWORD)
    )
    metadata = [("authorization", f"Bearer {signed.tokens.access_token}")]
    request = accounts_pb2.CreateAccountRequest(
        request_id=str(uuid.uuid4()), name=name, type=account_type, currency_code="INR"
    )
    account = accounts_pb2_grpc.AccountServiceStub(channel).CreateAccount(request, metadata=metadata).account
    return signed, metadata, account
