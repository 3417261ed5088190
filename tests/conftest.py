"""Every server test runs twice: on the embedded default (SQLite + in-process cache) and on
real PostgreSQL + Redis. With CI=true an unreachable PostgreSQL/Redis fails the run."""

from __future__ import annotations

import os
import pathlib
import shutil
from collections.abc import Iterator

import pytest

from tests.ops import PrivateRedis
from tests.servers import (
    Backend,
    Connection,
    ServerProcess,
    TlsServer,
    connect,
    postgres_and_redis_reachable,
    start_server,
    start_tls_server,
)
from tests.smtp_sink import SmtpSink

IN_CI = os.environ.get("CI", "").lower() == "true"
_why_no_postgres = postgres_and_redis_reachable()


def pytest_report_header() -> list[str]:
    if _why_no_postgres is None:
        return ["rupaya backends: embedded (SQLite + in-process) and PostgreSQL + Redis"]
    return [f"rupaya backends: embedded only; SKIPPING PostgreSQL + Redis runs: {_why_no_postgres}"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fuzz runs' seed, counts and failure groups (tests/test_fuzz.py), shown without -s."""
    from tests.test_fuzz import SUMMARY

    if SUMMARY:
        terminalreporter.section("contract fuzz")
        for line in SUMMARY:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session", params=["embedded", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    if request.param == "embedded":
        yield Backend.embedded(tmp_path_factory.mktemp("embedded"))
        return
    if _why_no_postgres is not None:
        if IN_CI:
            pytest.fail(f"CI=true requires the PostgreSQL + Redis run: {_why_no_postgres}")
        pytest.skip(_why_no_postgres)
    pg = Backend.postgres()
    try:
        yield pg
    finally:
        pg.drop()


@pytest.fixture(scope="session")
def server(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = start_server(backend, tmp_path_factory.mktemp("logs"))
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="session")
def tls_server(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    """The server on TLS (both listeners) with a throwaway CA's certificate, for client programs."""
    secure = start_tls_server(backend, tmp_path_factory.mktemp("tls"))
    try:
        yield secure
    finally:
        secure.server.stop()


@pytest.fixture
def conn(server: ServerProcess) -> Iterator[Connection]:
    yield from connect(server)


@pytest.fixture
def private_redis(tmp_path: pathlib.Path) -> Iterator[PrivateRedis]:
    """A throw-away redis-server a test may kill and restart (needs the redis-server binary)."""
    if shutil.which("redis-server") is None:
        if IN_CI:
            pytest.fail("CI=true requires redis-server for the Redis fault and client tests")
        pytest.skip("no redis-server installed")
    redis_server = PrivateRedis(tmp_path)
    redis_server.start()
    try:
        yield redis_server
    finally:
        redis_server.kill()


@pytest.fixture(scope="module")
def smtp_sink(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmtpSink]:
    """A real SMTP server (STARTTLS + AUTH) keeping what it receives: tests/smtp_sink.py."""
    sink = SmtpSink(tmp_path_factory.mktemp("smtp"))
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()
