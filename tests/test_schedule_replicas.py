"""Exactly once with several schedulers: two server processes on one database (PostgreSQL,
and the embedded SQLite file) post every due occurrence once, also when one is killed (SIGKILL)
mid-run and started again; and catch-up after downtime with an injected clock: this process
runs the real scheduler on the servers' database at chosen times instead of sleeping."""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import json
import pathlib
from collections.abc import Callable, Iterator

import pytest

from rupaya.v1 import accounts_pb2 as acc
from server import ledger_version
from server.config import normalize_database_url
from server.db.engine import Database
from server.schedules.scheduler import Scheduler
from tests.ledger import open_account
from tests.ops import eventually
from tests.schedule_helpers import POSTED, create, expense_schedule, history, py_date, today
from tests.servers import Backend, Connection, ServerProcess, start_server

DAYS_BACK = 30
SCHEDULES = 3


def _posted_rows(backend: Backend, user_id: str) -> int:
    """POSTED occurrence rows of the user's schedules (by their payee)."""
    return backend.count(
        "schedule_occurrences o JOIN schedules s ON s.id = o.schedule_id",
        "o.state = 3 AND s.payee = :payee",
        payee=_payee(user_id),
    )


def _payee(user_id: str) -> str:
    return f"replica test {user_id[:8]}"


def _logged_posts(servers: list[ServerProcess]) -> collections.Counter[tuple[str, str]]:
    """(schedule, date) of every "occurrence posted" line of the servers' logs."""
    seen: collections.Counter[tuple[str, str]] = collections.Counter()
    for server in servers:
        for line in server.log().splitlines():
            if '"occurrence posted"' in line:
                entry = json.loads(line)
                seen[(entry["schedule_id"], entry["occurrence_date"])] += 1
    return seen


def test_two_schedulers_post_every_occurrence_once_also_when_one_is_killed_mid_run(
    conn: Connection, server: ServerProcess, backend: Backend, tmp_path: pathlib.Path
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10**12)
    replicas = [start_server(backend, tmp_path)]  # beside the session's server
    try:
        start = today() - dt.timedelta(days=DAYS_BACK)
        payee = _payee(client.user_id)
        for n in range(SCHEDULES):
            create(client, expense_schedule(account, 100 + n, start, payee=payee))
        expected = SCHEDULES * (DAYS_BACK + 1)
        eventually(lambda: _posted_rows(backend, client.user_id) >= 10, 30, "first occurrences posted")
        replicas[0].process.kill()  # SIGKILL: no drain, a posting transaction may be cut off
        replicas[0].process.wait()
        assert _posted_rows(backend, client.user_id) < expected, "killed after the run, not during it"
        replicas.append(start_server(backend, tmp_path))
        eventually(lambda: _posted_rows(backend, client.user_id) == expected, 90, "every occurrence posted")
        # Once each: one transaction per occurrence, the balance moved once per occurrence.
        transactions = backend.rows(
            "SELECT occurred_on, amount_minor FROM transactions WHERE payee = :payee", payee=payee
        )
        assert len(transactions) == expected
        assert len(set(transactions)) == expected  # (date, amount) names (day, schedule) here
        spent = sum(100 + n for n in range(SCHEDULES)) * (DAYS_BACK + 1)
        account_now = client.accounts.GetAccount(
            acc.GetAccountRequest(id=account.id), metadata=client.md()
        ).account
        assert account_now.current_balance.amount_minor == 10**12 - spent
        assert backend.check_ledger().returncode == 0
        logged = _logged_posts([server, *replicas])
        assert max(logged.values()) == 1, "an occurrence was posted twice"
    finally:
        for replica in replicas:
            replica.stop()


def _run(backend: Backend, clock: Callable[[], dt.datetime], rounds: int = 1) -> list[int]:
    async def go() -> list[int]:
        ledger_version.install()
        db = Database(normalize_database_url(backend.sync_db_url))
        try:
            scheduler = Scheduler(db, 1.0, clock=clock)
            return [await scheduler.run_once() for _ in range(rounds)]
        finally:
            await db.close()

    return asyncio.run(go())


@pytest.fixture
def quiet(backend: Backend, tmp_path: pathlib.Path) -> Iterator[tuple[Backend, Connection]]:
    """A server without a scheduler on a database of its own: only this process's scheduler,
    at the times the test sets, posts there (the session's schedulers would post other tests'
    future occurrences at a future clock, and these at the real one)."""
    fresh = Backend.fresh_like(backend, tmp_path)
    process = start_server(fresh, tmp_path, extra_env={"RUPAYA_SCHEDULER_INTERVAL": "0"})
    try:
        yield fresh, Connection(process)
    finally:
        process.stop()
        fresh.drop()


def test_catch_up_after_downtime_posts_the_missed_occurrences_marked_as_such(
    quiet: tuple[Backend, Connection],
) -> None:
    backend, conn = quiet
    client = conn.client().sign_up()
    account = open_account(client, 100_000)
    start = today() - dt.timedelta(days=40)
    schedule = create(client, expense_schedule(account, 100, start, max_occurrences=10))
    now = [dt.datetime.combine(start + dt.timedelta(days=2), dt.time(0, 5), dt.UTC)]
    assert _run(backend, lambda: now[0], rounds=2) == [3, 0]  # the second round finds nothing left
    now[0] = dt.datetime.combine(start + dt.timedelta(days=6), dt.time(0, 1), dt.UTC)  # down 4 days
    assert _run(backend, lambda: now[0]) == [4]
    done = {py_date(o.occurrence_date): o for o in history(client, schedule.id, POSTED)}
    assert sorted(done) == [start + dt.timedelta(days=n) for n in range(7)]
    late = {day: o.catch_up for day, o in done.items()}
    # Posted on time (within minutes of due): days 2 and 6; the rest waited out the downtime.
    assert [n for n in range(7) if not late[start + dt.timedelta(days=n)]] == [2, 6]
    now[0] = dt.datetime.combine(start + dt.timedelta(days=30), dt.time(12), dt.UTC)
    assert _run(backend, lambda: now[0]) == [3]  # only 10 occurrences in all
    assert len(history(client, schedule.id, POSTED)) == 10
