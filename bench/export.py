"""Export benchmark (not a test): one user with 1,000,000 transactions on PostgreSQL.

Reports, measured side by side in one run:
  - ExportTransactions (CSV) over gRPC and as the gateway's CSV download: rows/s, and the
    server process's peak resident memory during the export above its size before
    (VmHWM reset through /proc/<pid>/clear_refs) - the target is flat memory;
  - the same million rows walked with ListTransactions at its largest page (500), as the
    ceiling a client could reach without the stream: export rows/s as a ratio of it.

    python -m bench.export [--rows 1000000]
"""

from __future__ import annotations

import argparse
import time
import uuid

import grpc
import httpx

from bench import harness
from bench.ledger import seed
from rupaya.v1 import accounts_pb2, accounts_pb2_grpc, auth_pb2, auth_pb2_grpc, transactions_pb2_grpc
from rupaya.v1 import transactions_pb2 as tx
from tests.memory import MB, peak_growth
from tests.servers import PASSWORD

Metadata = list[tuple[str, str]]


def signed_in(channel: grpc.Channel, email: str) -> Metadata:
    """A fresh access token before each run: one run can outlast a token (15 minutes)."""
    reply = auth_pb2_grpc.AuthServiceStub(channel).SignIn(
        auth_pb2.SignInRequest(email=email, password=PASSWORD)
    )
    return [("authorization", f"Bearer {reply.tokens.access_token}")]


def exporter(channel: grpc.Channel) -> tuple[str, str, str]:
    """(email, user id, account id) of a new user with a credit card (a liability: seeded
    spending never meets the overdraft rule)."""
    email = f"export-{uuid.uuid4().hex[:8]}@example.com"
    signed = auth_pb2_grpc.AuthServiceStub(channel).SignUp(
        auth_pb2.SignUpRequest(email=email, password=PASSWORD)
    )
    account = accounts_pb2_grpc.AccountServiceStub(channel).CreateAccount(
        accounts_pb2.CreateAccountRequest(
            request_id=str(uuid.uuid4()),
            name="Card",
            type=accounts_pb2.ACCOUNT_TYPE_CREDIT_CARD,
            currency_code="INR",
        ),
        metadata=[("authorization", f"Bearer {signed.tokens.access_token}")],
    )
    return email, signed.user_id, account.account.id


def grpc_export(
    stub: transactions_pb2_grpc.TransactionServiceStub, md: list[tuple[str, str]]
) -> tuple[int, int]:
    rows = size = 0
    for chunk in stub.ExportTransactions(tx.ExportTransactionsRequest(), metadata=md):
        rows += chunk.data.count(b"\n")
        size += len(chunk.data)
    return rows - 1, size  # the header line


def http_export(url: str, md: Metadata) -> tuple[int, int]:
    rows = size = 0
    with (
        httpx.Client(base_url=url, timeout=600) as http,
        http.stream("GET", "/v1/transactions:export", headers=dict(md)) as reply,
    ):
        assert reply.status_code == 200, reply.read()
        for data in reply.iter_bytes():
            rows += data.count(b"\n")
            size += len(data)
    return rows - 1, size


def walk_pages(
    stub: transactions_pb2_grpc.TransactionServiceStub, md: list[tuple[str, str]]
) -> tuple[int, int]:
    rows, token = 0, ""
    while True:
        page = stub.ListTransactions(tx.ListTransactionsRequest(page_size=500, page_token=token), metadata=md)
        rows += len(page.transactions)
        token = page.next_page_token
        if not token:
            return rows, 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with harness.running() as bench:
        email, user_id, account_id = exporter(bench.channel)
        print(f"seeding {args.rows:,} transactions ...", flush=True)
        seed(bench.backend, user_id, account_id, args.rows)
        stub = transactions_pb2_grpc.TransactionServiceStub(bench.channel)
        pid = bench.server.process.pid
        runs = {
            "ListTransactions, pages of 500": lambda md: walk_pages(stub, md),
            "ExportTransactions over gRPC (CSV)": lambda md: grpc_export(stub, md),
            "CSV download through the gateway": lambda md: http_export(bench.server.http_url, md),
        }
        results = {}
        for name, run in runs.items():
            md = signed_in(bench.channel, email)
            started = time.perf_counter()
            growth, (rows, size) = peak_growth(pid, lambda run=run, md=md: run(md))
            seconds = time.perf_counter() - started
            assert rows == args.rows, (name, rows)
            results[name] = (rows / seconds, growth, size)
            print(f"  {name}: {seconds:.1f} s", flush=True)
        ceiling = results["ListTransactions, pages of 500"][0]
        print()
        print(f"rows: {args.rows:,} transactions for one user (PostgreSQL)")
        for name, (rate, growth, size) in results.items():
            sent = f", {size / MB:6.1f} MB sent" if size else ""
            print(
                f"{name:36} {rate:9,.0f} rows/s  x list = {rate / ceiling:4.2f}   "
                f"server peak RSS +{growth / MB:5.1f} MB{sent}"
            )


if __name__ == "__main__":
    main()
