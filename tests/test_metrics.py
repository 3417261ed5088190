"""/metrics on its own port: conventional gRPC server series that move with calls."""

from __future__ import annotations

import os
import pathlib
import signal

import grpc

from rupaya.v1 import accounts_pb2
from tests.memory import MB, resident
from tests.ops import eventually, json_lines, sample, scrape
from tests.rpc_errors import rpc_fails
from tests.servers import Backend, Connection, ServerProcess, start_server

# The `--workers N` supervisor (config, logs, the summed /metrics; measured ~45 MB) stays far
# below a process that imports the server (~135 MB, what it was before server/workers.py's rework).
SUPERVISOR_BOUND = 80 * MB
LIST = {"grpc_type": "unary", "grpc_service": "rupaya.v1.AccountService", "grpc_method": "ListAccounts"}


def test_metrics_count_calls_by_method_and_code(conn: Connection, server: ServerProcess) -> None:
    client = conn.client().sign_up()
    before = scrape(server.metrics_port)
    for _ in range(3):
        client.accounts.ListAccounts(accounts_pb2.ListAccountsRequest(), metadata=client.md())
    rpc_fails(
        lambda: client.accounts.ListAccounts(accounts_pb2.ListAccountsRequest(), metadata=client.md("bad")),
        grpc.StatusCode.UNAUTHENTICATED,
    )
    # A status goes out (ctx.abort sends it) before the handler's `finally` counts the call,
    # so the client can scrape first: wait until all four calls are counted.
    after = before

    def counted() -> bool:
        nonlocal after
        after = scrape(server.metrics_port)
        return moved("grpc_server_handled_total", **LIST) == 4

    def moved(name: str, **labels: str) -> float:
        return sample(after, name, **labels) - sample(before, name, **labels)

    eventually(counted, timeout_s=5, what="four handled ListAccounts calls")

    assert moved("grpc_server_started_total", **LIST) == 4
    assert moved("grpc_server_handled_total", **LIST, grpc_code="OK") == 3
    assert moved("grpc_server_handled_total", **LIST, grpc_code="UNAUTHENTICATED") == 1
    assert moved("grpc_server_handling_seconds_count", **LIST) == 4
    assert moved("grpc_server_msg_received_total", **LIST) == 4
    assert moved("grpc_server_msg_sent_total", **LIST) == 3
    assert sample(after, "rupaya_grpc_in_flight_requests", **LIST) == 0
    assert sample(after, "rupaya_build_info") == 1
    assert ("rupaya_db_pool_connections_in_use", frozenset()) in after
    assert sample(after, "rupaya_dependency_up", dependency="database") == 1


def _list_on_fresh_connection(server: ServerProcess, token: str) -> None:
    """One call on a new connection: SO_REUSEPORT hands each connection to one worker."""
    connection = Connection(server)
    client = connection.client()
    try:
        client.accounts.ListAccounts(accounts_pb2.ListAccountsRequest(), metadata=client.md(token))
    finally:
        connection.close()


def test_workers_share_one_port_one_signing_key_and_summed_metrics(
    backend: Backend, tmp_path: pathlib.Path
) -> None:
    # No signing key configured: the development key in the data folder must serve every worker.
    # (The backend's data key is kept, so the shared database gets no row other servers cannot read.)
    settings = {
        "RUPAYA_WORKERS": "2",
        "RUPAYA_DATA_DIR": str(tmp_path / "data"),
        "RUPAYA_DATA_KEY": backend.env["RUPAYA_DATA_KEY"],
    }
    server = start_server(backend, tmp_path, extra_env=settings, keys=False)
    try:
        token = Connection(server).client().sign_up().token
        calls = 0

        def served_by_both_workers() -> bool:
            nonlocal calls
            _list_on_fresh_connection(server, token)  # a token from one worker works on the other
            calls += 1
            lines = json_lines(server.log())
            return (
                len({x["pid"] for x in lines if x.get("method") == "/rupaya.v1.AccountService/ListAccounts"})
                == 2
            )

        # Health answers once the first worker listens; the second may still be starting.
        eventually(served_by_both_workers, 30, "calls served by both workers")
        samples = scrape(server.metrics_port)
        assert sample(samples, "grpc_server_handled_total", **LIST, grpc_code="OK") == calls
        supervisor = resident(server.process.pid)  # it migrated, wrote the key file and summed
        assert supervisor < SUPERVISOR_BOUND, f"supervisor resident {supervisor / MB:.0f} MB"
        os.kill(server.process.pid, signal.SIGTERM)
        assert server.process.wait(timeout=20) == 0
    finally:
        server.stop()
