"""Statement import benchmark (not a test): a 100,000-row CSV imported on PostgreSQL.

Reports, in one run: the upload (1 MiB chunks) and the commit, rows/s; the server process's
peak resident memory during the commit above its size before (VmHWM reset through
/proc/<pid>/clear_refs), and its absolute peak; then the same file imported again, where
every row is a duplicate found by its bank id (the de-duplication path alone).

    python -m bench.imports [--rows 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import pathlib
import time
import uuid

import grpc

from bench import harness
from rupaya.v1 import imports_pb2 as im
from rupaya.v1 import imports_pb2_grpc
from tests.memory import MB, peak_growth

CHUNK_BYTES = 1024 * 1024
PAYEES = (
    "Corner Grocer",
    "Bean There Cafe",
    "City Power Co",
    "Streamflix",
    "Hardware Hut",
    "Example Payroll Ltd",
)


def statement(rows: int) -> bytes:
    """A made-up bank export: one row a few minutes apart over the years, ids unique."""
    lines = ["Date,Description,Amount,Transaction ID"]
    start = dt.date(2020, 1, 1)
    for i in range(rows):
        day = start + dt.timedelta(days=i // 60)
        amount = f"-{(i * 7919) % 20000 // 100}.{(i * 7919) % 100:02d}" if i % 50 else "2500.00"
        lines.append(f"{day.isoformat()},{PAYEES[i % len(PAYEES)]} {i % 97},{amount},BENCH-{i:08d}")
    return ("\n".join(lines) + "\n").encode()


def run_import(
    stub: imports_pb2_grpc.ImportServiceStub,
    md: list[tuple[str, str]],
    account_id: str,
    data: bytes,
    pid: int,
) -> tuple[float, float, int, im.StatementImport]:
    """(upload s, commit s, commit's peak RSS growth in bytes, the committed import)."""
    created = stub.CreateImport(
        im.CreateImportRequest(
            request_id=str(uuid.uuid4()),
            account_id=account_id,
            format=im.IMPORT_FORMAT_CSV,
            csv=im.CsvMapping(
                date_column="Date",
                amount_column="Amount",
                payee_column="Description",
                external_id_column="Transaction ID",
            ),
        ),
        metadata=md,
    ).statement_import
    chunks = [data[i : i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES)]
    started = time.perf_counter()
    for index, chunk in enumerate(chunks):
        stub.UploadImportChunk(
            im.UploadImportChunkRequest(
                import_id=created.id, index=index, data=chunk, sha256=hashlib.sha256(chunk).hexdigest()
            ),
            metadata=md,
        )
    uploaded = time.perf_counter()
    growth, done = peak_growth(
        pid,
        lambda: (
            stub.CommitImport(
                im.CommitImportRequest(import_id=created.id, chunk_count=len(chunks)),
                metadata=md,
                timeout=1800,
            ).statement_import
        ),
    )
    return uploaded - started, time.perf_counter() - uploaded, growth, done


def peak_rss_mb(pid: int) -> float:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    data = statement(args.rows)
    with harness.running() as bench:
        stub = imports_pb2_grpc.ImportServiceStub(bench.channel)
        pid = bench.server.process.pid
        print(
            f"file: {args.rows:,} rows, {len(data) / MB:.1f} MB, {-(-len(data) // CHUNK_BYTES)} chunks",
            flush=True,
        )
        results = {}
        for name in ("first import", "same file again (all duplicates)"):
            try:
                upload_s, commit_s, growth, done = run_import(
                    stub, bench.metadata, bench.account.id, data, pid
                )
            except grpc.RpcError as error:
                raise SystemExit(f"{name}: {error.code().name} {error.details()}") from None
            results[name] = (upload_s, commit_s, growth, peak_rss_mb(pid), done)
        print()
        print(f"rows: {args.rows:,} CSV rows into one account (PostgreSQL)")
        for name, (upload_s, commit_s, growth, peak, done) in results.items():
            print(
                f"{name:34} upload {upload_s:5.1f} s, commit {commit_s:6.1f} s = {args.rows / commit_s:8,.0f} rows/s"
                f"  (created {done.rows_created:,}, skipped {done.rows_skipped:,})"
                f"  server peak RSS +{growth / MB:5.1f} MB during the commit, {peak:5.0f} MB in all"
            )


if __name__ == "__main__":
    main()
