"""Private PostgreSQL clusters for tests: a primary and a streaming replica of it, each on a free
port in a folder of its own, from Debian's binaries, run as the postgres user when the tests
run as root (PostgreSQL refuses root). Removed, processes and files, by `stop()`."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import pathlib
import shutil
import subprocess
import tempfile

import psycopg

from tests.servers import free_ports

BIN = pathlib.Path(os.environ.get("RUPAYA_PG_BIN", "/usr/lib/postgresql/15/bin"))


def missing() -> str | None:
    """Why private clusters cannot run here, or None."""
    for tool in ("initdb", "pg_ctl", "pg_basebackup"):
        if not (BIN / tool).exists():
            return f"{BIN / tool} not found (Debian's postgresql package)"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "running as root without runuser to start PostgreSQL as the postgres user"
    return None


def _as_owner(*command: object) -> list[str]:
    argv = [str(c) for c in command]
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def _run(*command: object) -> None:
    done = subprocess.run(_as_owner(*command), capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{done.stdout}{done.stderr}")


@dataclasses.dataclass
class Node:
    data: pathlib.Path
    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        _run(BIN / "pg_ctl", "-D", self.data, "-l", self.data.parent / f"{self.data.name}.log", "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        _run(BIN / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def sql(self, statement: str, database: str = "postgres") -> list[tuple[object, ...]]:
        with psycopg.connect(self.url(database), autocommit=True, connect_timeout=5) as conn:
            cursor = conn.execute(statement)
            return cursor.fetchall() if cursor.description else []


@dataclasses.dataclass
class Pair:
    folder: pathlib.Path
    primary: Node
    replica: Node

    def stop(self) -> None:
        """Both servers down (immediately: their data goes too) and their folder removed."""
        for node in (self.replica, self.primary):
            if node.running():
                with contextlib.suppress(RuntimeError):
                    node.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_pair() -> Pair:
    """A primary (trust authentication, 127.0.0.1 only, no fsync) and a hot standby streaming
    from it, made with `pg_basebackup -R` (which writes the standby's connection settings)."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="rupaya-replica-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    primary_port, replica_port = free_ports(2)
    pair = Pair(folder, Node(folder / "primary", primary_port), Node(folder / "replica", replica_port))
    try:
        _run(BIN / "initdb", "-D", pair.primary.data, "-U", "postgres", "-A", "trust", "--no-sync")
        settings = (
            f"port = {primary_port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{folder}'\n"
            "wal_level = replica\nfsync = off\nfull_page_writes = off\nmax_connections = 100\n"
        )
        with (pair.primary.data / "postgresql.conf").open("a") as conf:
            conf.write(settings)
        with (pair.primary.data / "pg_hba.conf").open("a") as hba:
            hba.write("host replication all 127.0.0.1/32 trust\n")
        pair.primary.start()
        _run(
            BIN / "pg_basebackup", "-h", "127.0.0.1", "-p", primary_port, "-U", "postgres",
            "-D", pair.replica.data, "-R", "-X", "stream", "-c", "fast",
        )  # fmt: skip
        with (pair.replica.data / "postgresql.conf").open("a") as conf:
            conf.write(f"port = {replica_port}\n")
        pair.replica.start()
        return pair
    except BaseException:
        pair.stop()
        raise
