"""The client guide's Python program (tests/clients/python/journey.py) on gen/python works
against a live server over gRPC on TLS (a throwaway CA the program trusts), on both backends;
the test reads what it prints and the database."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.ledger import GROCERIES
from tests.servers import ROOT, TlsServer

PROGRAM = ROOT / "tests" / "clients" / "python" / "journey.py"


def run(secure: TlsServer) -> dict[str, list[dict[str, str]]]:
    """Runs the program as an app would, with only gen/python on its path; lines by first word."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "gen" / "python")}
    done = subprocess.run(
        [sys.executable, str(PROGRAM), secure.server.target, GROCERIES, str(secure.ca_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=PROGRAM.parent,
    )
    assert done.returncode == 0, f"journey.py failed:\n{done.stdout}\n{done.stderr}"
    lines: dict[str, list[dict[str, str]]] = {}
    for line in done.stdout.splitlines():
        word, _, rest = line.partition(" ")
        lines.setdefault(word, []).append(dict(p.split("=", 1) for p in rest.split(" ") if "=" in p))
    return lines


def test_the_python_client_journey_against_the_live_server(tls_server: TlsServer) -> None:
    server = tls_server.server
    out = run(tls_server)
    account = out["account"][0]
    assert account["balance"] == "10000"
    expense = out["expense"][0]
    assert expense["id"] == expense["retry_id"]  # the retry with the same request_id is the first reply
    assert server.backend.count_id("transactions", "account_id", account["id"]) == 5  # booked once
    assert out["listed"] == [{"transactions": "5", "pages": "3"}]
    assert out["balance"] == [{"minor": str(10_000 - 1_250 - 4 * 100), "currency": "INR"}]
    invalid, *violations = out["invalid"]
    assert (invalid["code"], invalid["reason"]) == ("INVALID_ARGUMENT", "VALIDATION_FAILED")
    assert {v["field"] for v in violations} >= {"name", "currency_code"}
    assert out["missing"] == [{"code": "NOT_FOUND", "reason": "ACCOUNT_NOT_FOUND"}]
    assert out["refreshed"] == [{"new_refresh": "true"}]
    assert out["reuse"] == [{"code": "UNAUTHENTICATED", "reason": "REFRESH_TOKEN_INVALID"}]
    assert "done" in out
