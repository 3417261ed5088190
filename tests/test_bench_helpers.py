"""The everyday benchmark's arithmetic and its SQL statement counter (no timing asserted:
a benchmark is never a timed test)."""

from __future__ import annotations

import psycopg
import pytest

from bench import load
from bench.everyday import Result, UncachedDashboards, package
from bench.load import Run
from bench.statements import CountingProxy
from tests.servers import PG_ADMIN_URL, postgres_and_redis_reachable


def run(calls: int, latencies: list[float] | None = None) -> Run:
    return Run(calls, 0, 1.0, latencies or [1.0] * calls)


def test_ratios_are_per_round_and_reported_as_median_and_range() -> None:
    result = Result(runs=[run(10), run(30), run(20)], echoes=[run(100), run(100), run(400)])
    assert result.ratios() == [0.1, 0.3, 0.05]
    assert result.ratio() == 0.1
    assert load.ratio_text(result.ratios()) == "0.100 (0.050-0.300)"


def test_percentiles_come_from_the_sorted_latencies() -> None:
    latencies = [float(n) for n in range(100, 0, -1)]
    assert (run(100, latencies).percentile(50), run(100, latencies).percentile(99)) == (51.0, 100.0)


def test_uncached_dashboards_never_ask_the_same_request_twice() -> None:
    dashboards = UncachedDashboards()
    asked = [
        dashboards.request().SerializeToString(deterministic=True) for _ in range(3 * UncachedDashboards.KEYS)
    ]
    assert len(set(asked)) == len(asked)


def test_py_spy_frames_are_grouped_by_package() -> None:
    assert package("execute (sqlalchemy/orm/session.py:10)") == "sqlalchemy"
    assert package("run (server/idempotency.py:54)") == "server"
    assert package("select (selectors.py:468)") == "selectors"


@pytest.mark.skipif(postgres_and_redis_reachable() is not None, reason="needs PostgreSQL")
def test_the_proxy_counts_each_statement_and_round_trip_it_forwards() -> None:
    proxy = CountingProxy("127.0.0.1", int(PG_ADMIN_URL.rsplit(":", 1)[1].split("/")[0]))
    url = PG_ADMIN_URL.replace(PG_ADMIN_URL.rsplit("@", 1)[1].split("/")[0], f"127.0.0.1:{proxy.port}")
    with psycopg.connect(url, autocommit=True) as conn:
        before = proxy.snapshot()
        conn.execute("SELECT 1")
        conn.execute("SELECT %s::int", (2,))
        with conn.pipeline():  # two statements, one round trip
            conn.execute("SELECT 3")
            conn.execute("SELECT 4")
        spent = proxy.snapshot() - before
    assert spent.statements == 4
    assert spent.round_trips == 3
