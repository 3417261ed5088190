"""The restore drill (issue 21): a ledger seeded through the real server is backed up with
`python -m server backup`, restored into a fresh database, passes check-ledger and has every
table's row count; damaged, foreign-revision and wrongly aimed restores are refused and change
nothing. On the embedded SQLite file and on PostgreSQL."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import pathlib
import subprocess
import sys
import tarfile
import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from rupaya.v1 import accounts_pb2 as acc
from server.backup import archive
from tests.identity import sign_in
from tests.ledger import INCOME, SALARY, TRANSFER, balance, expense_request, open_account, record
from tests.servers import ROOT, Backend, Client, connect, start_server


@dataclasses.dataclass
class Drill:
    source: Backend
    backup: pathlib.Path
    manifest: archive.Manifest
    email: str
    balances: dict[str, int]  # account id -> balance the server showed before the backup


def run(backend: Backend, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m server ...` on `backend`'s database, as an operator runs it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUPAYA_")} | backend.env
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "gen" / "python")])
    command = [sys.executable, "-m", "server", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def tables(backend: Backend) -> dict[str, int]:
    names = (
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        if backend.name == "embedded"
        else "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    )
    if backend.name == "embedded" and not pathlib.Path(backend.sync_db_url.split(":///", 1)[1]).exists():
        return {}
    return {str(name): backend.count(str(name)) for (name,) in backend.rows(names)}


def execute(backend: Backend, sql: str) -> None:
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(sql))
    finally:
        engine.dispose()


def fresh(like: Backend, folder: pathlib.Path, request: pytest.FixtureRequest) -> Backend:
    """An empty database of `like`'s kind with its data key (encrypted columns stay readable)."""
    target = Backend.fresh_like(like, folder)
    target.env["RUPAYA_DATA_KEY"] = like.env["RUPAYA_DATA_KEY"]
    request.addfinalizer(target.drop)
    return target


def read_manifest(file: pathlib.Path) -> archive.Manifest:
    with tarfile.open(file) as tar:
        member = tar.extractfile("manifest.json")
        assert member is not None
        return archive.Manifest.from_json(member.read())


@contextlib.contextmanager
def writing(client: Client) -> Iterator[None]:
    """Another user keeps recording expenses meanwhile: a backup must hold one consistent moment."""
    account = open_account(client.sign_up(), 10_000_000)
    stop = threading.Event()

    def write() -> None:
        while not stop.is_set():
            record(client, expense_request(account, 1))

    writer = threading.Thread(target=write)
    writer.start()
    try:
        yield
    finally:
        stop.set()
        writer.join()


@pytest.fixture(scope="module")
def drill(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Drill]:
    folder = tmp_path_factory.mktemp("drill")
    source = Backend.fresh_like(backend, folder / "source")
    server = start_server(source, folder)
    try:
        for connection in connect(server):
            client = connection.client().sign_up()
            rupees, savings = open_account(client, 100_000), open_account(client, 5_000)
            for amount in (1_250, 80_000, 999):
                record(client, expense_request(rupees, amount))
            record(client, expense_request(savings, 40_000, kind=INCOME, category_id=SALARY))
            record(
                client,
                expense_request(savings, 7_500, kind=TRANSFER, to_account_id=rupees.id, category_id=""),
            )
            balances = {account.id: balance(client, account) for account in (rupees, savings)}
            with writing(connection.client()):
                made = run(source, "backup", str(folder / "ledger.backup"))  # while the server serves
            assert made.returncode == 0, made.stderr
            assert "rupaya: [" in made.stderr  # progress lines
            assert (folder / "ledger.backup").stat().st_mode & 0o077 == 0  # the owner's only
        manifest = read_manifest(folder / "ledger.backup")
        yield Drill(source, folder / "ledger.backup", manifest, client.email, balances)
    finally:
        server.stop()
        source.drop()


def test_backup_manifest_describes_what_it_holds(drill: Drill) -> None:
    manifest, now = drill.manifest, tables(drill.source)
    assert manifest.kind == ("sqlite" if drill.source.name == "embedded" else "postgresql")
    assert manifest.table_rows.keys() == now.keys() and manifest.table_rows["accounts"] == 3
    # the writer's expenses up to the backup's moment, not those after it
    assert 5 < manifest.table_rows["transactions"] < now["transactions"]
    assert manifest.revisions and manifest.created_at and manifest.tool_versions["rupaya"]
    assert ("pg_dump" in manifest.tool_versions) == (drill.source.name == "postgres")


def test_restore_into_fresh_database_passes_ledger_check_and_serves_the_same_ledger(
    drill: Drill, tmp_path: pathlib.Path, request: pytest.FixtureRequest
) -> None:
    target = fresh(drill.source, tmp_path / "target", request)
    restored = run(target, "restore", str(drill.backup))
    assert restored.returncode == 0, restored.stderr
    assert tables(target) == drill.manifest.table_rows
    checked = target.check_ledger()
    assert checked.returncode == 0 and "0 mismatching" in checked.stdout, checked.stdout
    server = start_server(target, tmp_path)
    try:
        for connection in connect(server):
            client = connection.client()
            client.token = sign_in(client, drill.email).tokens.access_token
            accounts = client.accounts.ListAccounts(acc.ListAccountsRequest(), metadata=client.md()).accounts
            assert {a.id: a.current_balance.amount_minor for a in accounts} == drill.balances
    finally:
        server.stop()


def test_corrupted_or_truncated_backup_is_refused_and_changes_nothing(
    drill: Drill, tmp_path: pathlib.Path, request: pytest.FixtureRequest
) -> None:
    target = fresh(drill.source, tmp_path / "target", request)
    data = bytearray(drill.backup.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped bit pattern inside the payload
    (tmp_path / "flipped.backup").write_bytes(bytes(data))
    (tmp_path / "cut.backup").write_bytes(drill.backup.read_bytes()[: len(data) // 2])
    for name, says in (
        ("flipped.backup", "is corrupted: its payload's SHA-256"),
        ("cut.backup", "not a complete"),
    ):
        refused = run(target, "restore", str(tmp_path / name))
        assert refused.returncode == 1 and says in refused.stderr, refused.stderr
        assert "nothing was changed" in refused.stderr
        assert tables(target) == {}


def test_restore_into_non_empty_database_is_refused_unless_forced(
    drill: Drill, tmp_path: pathlib.Path, request: pytest.FixtureRequest
) -> None:
    target = fresh(drill.source, tmp_path / "target", request)
    assert run(target, "restore", str(drill.backup)).returncode == 0
    execute(target, "DELETE FROM audit_events")  # the database changed since the restore
    refused = run(target, "restore", str(drill.backup))
    assert refused.returncode == 1 and "is not empty" in refused.stderr and "--force" in refused.stderr
    assert target.count("audit_events") == 0
    forced = run(target, "restore", "--force", str(drill.backup))
    assert forced.returncode == 0, forced.stderr
    assert tables(target) == drill.manifest.table_rows


def test_backup_from_a_newer_migration_revision_is_refused(
    drill: Drill, tmp_path: pathlib.Path, request: pytest.FixtureRequest
) -> None:
    with tarfile.open(drill.backup) as tar:
        payload = tmp_path / "payload"
        payload.write_bytes(tar.extractfile("payload").read())  # type: ignore[union-attr]
    future = dataclasses.replace(
        drill.manifest, revisions=[*drill.manifest.revisions, "0099_from_the_future"]
    )
    archive.write(tmp_path / "future.backup", future, payload)
    target = fresh(drill.source, tmp_path / "target", request)
    refused = run(target, "restore", str(tmp_path / "future.backup"))
    assert refused.returncode == 1 and "0099_from_the_future" in refused.stderr, refused.stderr
    assert tables(target) == {}
