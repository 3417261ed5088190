"""Sign-in keeps server memory flat: argon2 hashes (64 MiB each) run a bounded few at a time per
process and further callers queue (server/auth/passwords.py), also for unknown e-mails, whose
dummy verify takes the same queue.

The server process (gRPC and the gateway in one) is measured: its peak resident size during
32 concurrent sign-ins minus its size before (tests/memory.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import grpc
import pytest

from rupaya.v1 import auth_pb2 as pb
from server.auth.passwords import HASH_MEMORY_BYTES
from tests.identity import device
from tests.memory import MB, peak_growth
from tests.servers import PASSWORD, Backend, Client, Connection, ServerProcess, start_server

CONCURRENCY = 2  # RUPAYA_PASSWORD_HASH_CONCURRENCY of the server under test
CALLERS = 32
# The bounded hashes plus two hashes' worth of headroom (gRPC, sessions, allocator slack).
# Unbounded, asyncio's default pool runs min(32, cores + 4) hashes at once: at least 5 x 64 MiB.
BOUND = (CONCURRENCY + 2) * HASH_MEMORY_BYTES


@pytest.fixture(scope="module")
def signing(
    backend: Backend, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ServerProcess, str]]:
    """A server of its own (nothing else runs in it while it is measured) and a user's e-mail."""
    server = start_server(
        backend,
        tmp_path_factory.mktemp("sign-in-logs"),
        extra_env={"RUPAYA_PASSWORD_HASH_CONCURRENCY": str(CONCURRENCY)},
    )
    conn = Connection(server)
    try:
        email = f"crowd-{uuid.uuid4().hex[:8]}@example.com"
        client = conn.client().sign_up(email)
        _sign_in_together(client, [email, f"nobody-{uuid.uuid4().hex[:8]}@example.com"])  # warm up
        yield server, email
    finally:
        conn.close()
        server.stop()


def _sign_in_together(client: Client, emails: list[str]) -> list[grpc.StatusCode]:
    """Every sign-in in flight at once on one channel; the status code of each."""
    calls = [
        client.auth.SignIn.future(
            pb.SignInRequest(email=email, password=PASSWORD, device=device(f"phone-{n}")), timeout=120
        )
        for n, email in enumerate(emails)
    ]
    return [call.code() for call in calls]  # code() waits for its call


def _measured(server: ServerProcess, emails: list[str]) -> list[grpc.StatusCode]:
    with grpc.insecure_channel(server.target) as channel:
        growth, codes = peak_growth(server.process.pid, lambda: _sign_in_together(Client(channel), emails))
    print(f"\n{len(emails)} concurrent sign-ins: peak RSS +{growth / MB:.1f} MB (bound {BOUND / MB:.0f} MB)")
    assert growth < BOUND, f"server memory grew {growth / MB:.1f} MB during {len(emails)} sign-ins"
    return codes


def test_32_concurrent_sign_ins_all_succeed_with_bounded_server_memory(
    signing: tuple[ServerProcess, str],
) -> None:
    server, email = signing
    assert _measured(server, [email] * CALLERS) == [grpc.StatusCode.OK] * CALLERS


def test_32_concurrent_unknown_e_mails_queue_for_the_same_bounded_hashing(
    signing: tuple[ServerProcess, str],
) -> None:
    server, _ = signing
    unknown = [f"nobody-{uuid.uuid4().hex[:8]}@example.com" for _ in range(CALLERS)]
    assert _measured(server, unknown) == [grpc.StatusCode.UNAUTHENTICATED] * CALLERS
