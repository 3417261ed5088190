"""The live change stream (SyncService.WatchChanges): the backlog after a cursor, then each
change as it commits on any replica (Redis between two server processes on PostgreSQL),
heartbeats, a resume by cursor without gaps or duplicates, the per-user stream limit, the
idle timeout and the drain at shutdown, and the same stream through the gateway as NDJSON."""

from __future__ import annotations

import contextlib
import json
import pathlib
import queue
import threading
import time
import uuid
from collections.abc import Iterator

import grpc
import httpx
import pytest

from rupaya.v1 import sync_pb2 as sync
from tests.ledger import expense_request, open_account, record
from tests.rpc_errors import error_info, retry_delay
from tests.servers import Backend, Client, Connection, second_replica, start_server

Item = sync.WatchChangesResponse | grpc.RpcError


class Watch:
    """A WatchChanges call read on a thread into a queue, as a phone's stream would be."""

    def __init__(self, client: Client, cursor: int = 0) -> None:
        self.call = client.sync.WatchChanges(sync.WatchChangesRequest(cursor=cursor), metadata=client.md())
        self.items: queue.Queue[Item] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        try:
            for message in self.call:
                self.items.put(message)
        except grpc.RpcError as error:
            self.items.put(error)

    def next(self, timeout: float = 10) -> sync.WatchChangesResponse:
        item = self.items.get(timeout=timeout)
        assert isinstance(item, sync.WatchChangesResponse), item
        return item

    def next_changes(self, timeout: float = 10) -> sync.WatchChangesResponse:
        """The next message with changes (heartbeats skipped)."""
        deadline = time.monotonic() + timeout
        while True:
            message = self.next(max(deadline - time.monotonic(), 0.01))
            if message.changes:
                return message

    def error(self, timeout: float = 15) -> grpc.RpcError:
        deadline = time.monotonic() + timeout
        while True:
            item = self.items.get(timeout=max(deadline - time.monotonic(), 0.01))
            if isinstance(item, grpc.RpcError):
                return item

    def cancel(self) -> None:
        self.call.cancel()


@pytest.fixture
def watches() -> Iterator[list[Watch]]:
    opened: list[Watch] = []
    yield opened
    for watch in opened:
        watch.cancel()


def test_the_backlog_comes_first_then_live_changes_and_heartbeats(
    conn: Connection, watches: list[Watch]
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    watch = Watch(client)
    watches.append(watch)
    backlog = watch.next_changes()
    assert account.id in {c.entity_id for c in backlog.changes}
    heartbeat = watch.next(timeout=5)  # quiet: the server says it is still there
    assert not heartbeat.changes and heartbeat.cursor == backlog.cursor
    spent = record(client, expense_request(account, 100))
    live = watch.next_changes(timeout=5)
    assert {c.entity_id for c in live.changes} == {spent.id, account.id}
    assert live.cursor > backlog.cursor


def test_a_change_through_replica_b_reaches_a_stream_on_replica_a_within_a_second(
    conn: Connection, backend: Backend, tmp_path: pathlib.Path, watches: list[Watch]
) -> None:
    """On the embedded default one process serves the database: there the write goes through
    the same server (the in-process signal); on PostgreSQL + Redis through a second one."""
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    embedded = backend.name == "embedded"
    with contextlib.nullcontext(conn) if embedded else second_replica(backend, tmp_path) as replica_b:
        on_b = replica_b.client()
        on_b.token = client.token
        for _ in range(3):
            watch = Watch(client)
            watches.append(watch)
            watch.next_changes()  # the backlog: the stream is open
            time.sleep(0.2)
            started = time.monotonic()
            spent = record(on_b, expense_request(account, 100))
            live = watch.next_changes(timeout=5)
            elapsed = time.monotonic() - started
            assert spent.id in {c.entity_id for c in live.changes}
            assert elapsed < 1.0, f"{elapsed:.2f} s from B's commit to A's stream"
            watch.cancel()


def test_a_reconnect_with_the_last_cursor_misses_nothing_and_repeats_nothing(
    conn: Connection, watches: list[Watch]
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    first = Watch(client)
    watches.append(first)
    backlog = first.next_changes()
    seen, last = {c.cursor for c in backlog.changes}, backlog.cursor
    first.cancel()
    made = [record(client, expense_request(account, 10 + i)).id for i in range(3)]  # while disconnected
    second = Watch(client, cursor=last)
    watches.append(second)
    resumed = second.next_changes()
    assert not {c.cursor for c in resumed.changes} & seen
    assert set(made) <= {c.entity_id for c in resumed.changes}
    assert all(c.cursor > last for c in resumed.changes)


def test_a_user_gets_a_limited_number_of_streams(conn: Connection, watches: list[Watch]) -> None:
    client = conn.client().sign_up()
    for _ in range(5):  # RUPAYA_SYNC_STREAMS_PER_USER defaults to 5
        watch = Watch(client)
        watches.append(watch)
        watch.next()
    extra = Watch(client)
    watches.append(extra)
    error = extra.error()
    assert error.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert error_info(error).reason == "SYNC_STREAM_LIMIT"
    other = Watch(conn.client().sign_up())  # another user's streams are theirs
    watches.append(other)
    assert other.next().cursor > 0


def test_a_server_full_of_streams_refuses_one_more_with_a_status_to_retry_on(
    backend: Backend, tmp_path: pathlib.Path, watches: list[Watch]
) -> None:
    server = start_server(backend, tmp_path, extra_env={"RUPAYA_SYNC_STREAMS": "2"})
    channel = grpc.insecure_channel(server.target)
    try:
        alice, bob = Client(channel).sign_up(), Client(channel).sign_up()
        held = [Watch(alice), Watch(bob)]
        watches.extend(held)
        for watch in held:
            watch.next()
        refused = Watch(bob)
        watches.append(refused)
        error = refused.error()
        assert error.code() == grpc.StatusCode.UNAVAILABLE  # retryable, unlike the per-user limit
        assert error_info(error).reason == "SYNC_STREAMS_BUSY"
        assert retry_delay(error) > 0
        held[0].cancel()  # a slot frees: the retry gets a stream
        deadline = time.monotonic() + 10
        while True:
            retried = Watch(bob)
            watches.append(retried)
            item = retried.items.get(timeout=10)
            if isinstance(item, sync.WatchChangesResponse) or time.monotonic() > deadline:
                break
            time.sleep(0.2)  # the cancelled stream is still closing on the server
        assert isinstance(item, sync.WatchChangesResponse), item
    finally:
        channel.close()
        server.stop()


def test_an_idle_stream_and_streams_open_at_shutdown_end_with_a_status_to_retry_on(
    backend: Backend, tmp_path: pathlib.Path, watches: list[Watch]
) -> None:
    server = start_server(backend, tmp_path, extra_env={"RUPAYA_SYNC_STREAM_IDLE": "2"})
    channel = grpc.insecure_channel(server.target)
    try:
        client = Client(channel).sign_up()
        idle = Watch(client)
        watches.append(idle)
        cursor = idle.next().cursor
        error = idle.error(timeout=10)
        assert error.code() == grpc.StatusCode.UNAVAILABLE
        assert error_info(error).reason == "SYNC_STREAM_CLOSED"
        assert error_info(error).metadata["cursor"] == str(cursor)
        open_at_shutdown = Watch(client)
        watches.append(open_at_shutdown)
        open_at_shutdown.next()
        stopping = threading.Thread(target=server.stop)
        stopping.start()
        error = open_at_shutdown.error(timeout=10)
        assert error.code() == grpc.StatusCode.UNAVAILABLE
        stopping.join()
        assert "Traceback" not in server.log()
    finally:
        channel.close()
        server.stop()


def test_the_stream_reaches_a_browser_through_the_gateway_as_ndjson(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    headers = {"authorization": f"Bearer {client.token}", "accept": "application/x-ndjson"}
    with (
        httpx.Client(base_url=conn.server.http_url, timeout=30) as http,
        http.stream("GET", "/v1/changes:watch", params={"cursor": "0"}, headers=headers) as reply,
    ):
        assert reply.status_code == 200 and reply.headers["content-type"] == "application/x-ndjson"
        lines = reply.iter_lines()
        backlog = json.loads(next(lines))
        assert account.id in {c["entityId"] for c in backlog["changes"]}
        spent = record(client, expense_request(account, 100, request_id=str(uuid.uuid4())))
        for line in lines:
            message = json.loads(line)
            if message.get("changes"):
                assert spent.id in {c["entityId"] for c in message["changes"]}
                assert int(message["cursor"]) > int(backlog["cursor"])
                break
