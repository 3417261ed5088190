"""The change feed (SyncService.ListChanges): each entity once in its latest form after a
cursor, cursors in commit order under concurrent writers, another user's entities never, a
device replaying its offline queue converging with one that stayed online, and a cursor
the retention passed refused with the documented reason."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import grpc
import sqlalchemy as sa
from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import auth_pb2, users_pb2
from rupaya.v1 import categories_pb2 as cat_pb2
from rupaya.v1 import sync_pb2 as sync
from rupaya.v1 import transactions_pb2 as tx
from server.db.tables import UtcDateTime
from tests.identity import sign_in
from tests.ledger import expense_request, open_account, record
from tests.rpc_errors import error_info, rpc_fails
from tests.servers import Backend, Client, Connection

Key = tuple[int, str]


def page(client: Client, cursor: int = 0, page_size: int = 0) -> sync.ListChangesResponse:
    request = sync.ListChangesRequest(cursor=cursor, page_size=page_size)
    return client.sync.ListChanges(request, metadata=client.md())  # type: ignore[no-any-return]


def drain(client: Client, cursor: int = 0, page_size: int = 100) -> tuple[list[sync.Change], int]:
    """Every change after `cursor`, page by page, and the cursor to continue from."""
    changes: list[sync.Change] = []
    while True:
        reply = page(client, cursor, page_size)
        changes += reply.changes
        cursor = reply.next_cursor
        if not reply.has_more:
            return changes, cursor


class Replica:
    """A device's local copy, kept by applying the feed in order."""

    def __init__(self) -> None:
        self.entities: dict[Key, sync.Change] = {}
        self.cursor = 0

    def pull(self, client: Client, page_size: int = 100) -> list[sync.Change]:
        changes, self.cursor = drain(client, self.cursor, page_size)
        for change in changes:
            key = (change.entity_type, change.entity_id)
            if change.operation == sync.CHANGE_OPERATION_DELETE:
                self.entities.pop(key, None)
            else:
                self.entities[key] = change
        return changes

    def etags(self) -> dict[Key, str]:
        return {key: change.etag for key, change in self.entities.items()}


def _version(etag: str) -> int:
    return int(etag.removeprefix("v") or 0)


def _transactions(client: Client) -> dict[str, str]:
    reply = client.transactions.ListTransactions(
        tx.ListTransactionsRequest(page_size=500), metadata=client.md()
    )
    return {t.id: t.etag for t in reply.transactions}


def test_a_snapshot_from_cursor_zero_holds_everything_the_user_has(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    spent = record(client, expense_request(account, 2_500))
    changes, cursor = drain(client, page_size=1)  # one change per page: paging loses nothing
    kinds = {(c.entity_type, c.entity_id) for c in changes}
    assert (sync.ENTITY_TYPE_PROFILE, client.user_id) in kinds
    assert (sync.ENTITY_TYPE_ACCOUNT, account.id) in kinds
    assert (sync.ENTITY_TYPE_TRANSACTION, spent.id) in kinds
    assert [c.entity_type for c in changes].count(sync.ENTITY_TYPE_SESSION) == 1
    cursors = [c.cursor for c in changes]
    assert cursors == sorted(cursors) and len(set(cursors)) == len(cursors) and cursor == cursors[-1]
    now = client.accounts.GetAccount(acc.GetAccountRequest(id=account.id), metadata=client.md()).account
    synced = next(c for c in changes if c.entity_id == account.id)
    assert synced.account == now and synced.etag == now.etag  # the balance move is in the latest form
    assert next(c for c in changes if c.entity_id == spent.id).transaction == spent
    assert page(client, cursor) == sync.ListChangesResponse(next_cursor=cursor)


def test_an_entity_changed_twice_comes_once_in_its_latest_form_and_a_delete_is_a_tombstone(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    spent = record(client, expense_request(account, 100))
    _, cursor = drain(client)
    renamed = spent
    for payee in ("Market", "Bakery"):
        renamed = client.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=spent.id, etag=renamed.etag, payee=payee),
                update_mask=field_mask_pb2.FieldMask(paths=["payee"]),
                request_id=str(uuid.uuid4()),
            ),
            metadata=client.md(),
        ).transaction
    changes, cursor = drain(client, cursor)
    assert [(c.entity_type, c.transaction.payee, c.etag) for c in changes] == [
        (sync.ENTITY_TYPE_TRANSACTION, "Bakery", renamed.etag)
    ]
    client.transactions.DeleteTransaction(
        tx.DeleteTransactionRequest(id=spent.id, request_id=str(uuid.uuid4())), metadata=client.md()
    )
    changes, cursor = drain(client, cursor)
    gone = next(c for c in changes if c.entity_id == spent.id)
    assert gone.operation == sync.CHANGE_OPERATION_DELETE and not gone.HasField("transaction")
    assert {c.entity_id for c in changes} == {spent.id, account.id}  # the refund moved the balance
    client.transactions.UndeleteTransaction(
        tx.UndeleteTransactionRequest(id=spent.id, request_id=str(uuid.uuid4())), metadata=client.md()
    )
    back = next(c for c in drain(client, cursor)[0] if c.entity_id == spent.id)
    assert back.operation == sync.CHANGE_OPERATION_UPSERT and back.transaction.payee == "Bakery"


def test_profile_and_session_changes_are_in_the_feed(conn: Connection) -> None:
    client = conn.client().sign_up()
    laptop = sign_in(conn.client(), client.email)
    _, cursor = drain(client)
    client.users.UpdateProfile(
        users_pb2.UpdateProfileRequest(
            profile=users_pb2.Profile(display_name="Asha"),
            update_mask=field_mask_pb2.FieldMask(paths=["display_name"]),
        ),
        metadata=client.md(),
    )
    laptop_session = next(
        s
        for s in client.auth.ListSessions(auth_pb2.ListSessionsRequest(), metadata=client.md()).sessions
        if not s.current
    )
    client.auth.RevokeSession(
        auth_pb2.RevokeSessionRequest(session_id=laptop_session.id), metadata=client.md()
    )
    changes, _ = drain(client, cursor)
    assert [(c.entity_type, c.operation) for c in changes] == [
        (sync.ENTITY_TYPE_PROFILE, sync.CHANGE_OPERATION_UPSERT),
        (sync.ENTITY_TYPE_SESSION, sync.CHANGE_OPERATION_DELETE),
    ]
    assert changes[0].profile.display_name == "Asha" and changes[1].entity_id == laptop_session.id
    assert laptop.tokens.access_token


def test_another_users_changes_never_appear_in_the_feed(conn: Connection) -> None:
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    account = open_account(alice, 5_000)
    spent = record(alice, expense_request(account, 100))
    _, alice_cursor = drain(alice)
    bob_changes, _ = drain(bob)
    seen_by_bob = {c.entity_id for c in bob_changes}
    assert not seen_by_bob & {alice.user_id, account.id, spent.id}
    assert {c.entity_id for c in bob_changes if c.entity_type == sync.ENTITY_TYPE_PROFILE} == {bob.user_id}
    # Bob asking from Alice's cursor (or any cursor) still reads only his own log.
    assert not {c.entity_id for c in drain(bob, max(alice_cursor - 5, 0))[0]} & {account.id, spent.id}


def test_a_polling_reader_under_eight_writers_never_goes_back_and_ends_in_the_final_state(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000_000)
    reader, done = Replica(), threading.Event()
    problems: list[str] = []

    def write(worker: int) -> None:
        writer = Client(conn.client().channel, token=client.token)
        for round_ in range(6):
            made = record(writer, expense_request(account, 100 + worker))
            updated = writer.transactions.UpdateTransaction(
                tx.UpdateTransactionRequest(
                    transaction=tx.Transaction(id=made.id, etag=made.etag, payee=f"w{worker}r{round_}"),
                    update_mask=field_mask_pb2.FieldMask(paths=["payee"]),
                    request_id=str(uuid.uuid4()),
                ),
                metadata=writer.md(),
            ).transaction
            if round_ % 2:
                writer.transactions.DeleteTransaction(
                    tx.DeleteTransactionRequest(id=made.id, etag=updated.etag, request_id=str(uuid.uuid4())),
                    metadata=writer.md(),
                )

    def poll() -> None:
        seen: dict[Key, int] = {}
        while not done.is_set():
            last = reader.cursor
            for change in reader.pull(client, page_size=7):
                key = (change.entity_type, change.entity_id)
                if change.cursor <= last:
                    problems.append(f"cursor {change.cursor} after {last}")
                last = change.cursor
                if change.operation == sync.CHANGE_OPERATION_UPSERT:
                    if _version(change.etag) < seen.get(key, 0):
                        problems.append(f"{key} went back to {change.etag}")
                    seen[key] = _version(change.etag)

    polling = threading.Thread(target=poll)
    polling.start()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(write, range(8)))
    done.set()
    polling.join()
    reader.pull(client)
    assert problems == []
    live = {key[1]: etag for key, etag in reader.etags().items() if key[0] == sync.ENTITY_TYPE_TRANSACTION}
    assert live == _transactions(client) and len(live) == 8 * 3
    now = client.accounts.GetAccount(acc.GetAccountRequest(id=account.id), metadata=client.md()).account
    assert reader.entities[(sync.ENTITY_TYPE_ACCOUNT, account.id)].account == now


def test_an_offline_device_replaying_its_queue_converges_with_an_online_one(conn: Connection) -> None:
    phone = conn.client().sign_up()
    tablet = conn.client()
    tablet.token = sign_in(tablet, phone.email, device_id="tablet").tokens.access_token
    account = open_account(phone, 50_000)
    shared = record(phone, expense_request(account, 1_000))
    on_phone, on_tablet = Replica(), Replica()
    on_phone.pull(phone)
    on_tablet.pull(tablet)
    # The tablet goes offline and queues two mutations, each with its request_id; the update
    # carries the etag the tablet last saw.
    queued_create = expense_request(account, 700, payee="Offline coffee")
    queued_update = tx.UpdateTransactionRequest(
        transaction=tx.Transaction(id=shared.id, etag=shared.etag, payee="From the tablet"),
        update_mask=field_mask_pb2.FieldMask(paths=["payee"]),
        request_id=str(uuid.uuid4()),
    )
    # Meanwhile the phone, online, changes the same transaction.
    online = phone.transactions.UpdateTransaction(
        tx.UpdateTransactionRequest(
            transaction=tx.Transaction(id=shared.id, etag=shared.etag, payee="From the phone"),
            update_mask=field_mask_pb2.FieldMask(paths=["payee"]),
            request_id=str(uuid.uuid4()),
        ),
        metadata=phone.md(),
    ).transaction
    # Back online, the tablet replays its queue; a flaky network makes it send the create twice.
    created = record(tablet, queued_create)
    assert record(tablet, queued_create) == created
    error = rpc_fails(
        lambda: tablet.transactions.UpdateTransaction(queued_update, metadata=tablet.md()),
        grpc.StatusCode.ABORTED,
        "ETAG_MISMATCH",
    )
    assert error_info(error).metadata["current_etag"] == online.etag  # what to merge against
    on_tablet.pull(tablet)
    assert on_tablet.entities[(sync.ENTITY_TYPE_TRANSACTION, shared.id)].transaction.payee == "From the phone"
    on_phone.pull(phone)
    assert on_phone.etags() == on_tablet.etags()
    assert {k: c for k, c in on_phone.entities.items() if k[0] != sync.ENTITY_TYPE_SESSION} == {
        k: c for k, c in on_tablet.entities.items() if k[0] != sync.ENTITY_TYPE_SESSION
    }
    assert sorted(_transactions(phone)) == sorted([shared.id, created.id])  # nothing applied twice


def _on_tombstones(backend: Backend, user_id: str, sql: str, **params: object) -> int:
    """Runs `sql` (an UPDATE or a count) on the user's tombstones; the rows it saw."""
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        statement = sa.text(sql + " WHERE user_id = :u AND deleted").bindparams(
            sa.bindparam("u", type_=sa.Uuid()), *(sa.bindparam("t", type_=UtcDateTime()) for _ in params)
        )
        with engine.begin() as connection:
            result = connection.execute(statement, {"u": uuid.UUID(user_id), **params})
            return int(result.rowcount) if params else int(result.scalar_one())
    finally:
        engine.dispose()


def _age_tombstones(backend: Backend, user_id: str, by: dt.timedelta) -> int:
    """Dates the user's tombstones `by` into the past, as if they were that old."""
    return _on_tombstones(
        backend, user_id, "UPDATE sync_changes SET changed_at = :t", t=dt.datetime.now(dt.UTC) - by
    )


def _tombstones(backend: Backend, user_id: str) -> int:
    return _on_tombstones(backend, user_id, "SELECT count(*) FROM sync_changes")


def test_a_cursor_the_retention_passed_is_told_to_resync(conn: Connection, backend: Backend) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 5_000)
    _, old_cursor = drain(client)
    spent = record(client, expense_request(account, 100))
    client.transactions.DeleteTransaction(
        tx.DeleteTransactionRequest(id=spent.id, request_id=str(uuid.uuid4())), metadata=client.md()
    )
    _, cursor = drain(client)
    assert _age_tombstones(backend, client.user_id, dt.timedelta(days=91)) == 1
    deadline = time.monotonic() + 15  # the retention job runs every second in tests
    while _tombstones(backend, client.user_id) and time.monotonic() < deadline:
        time.sleep(0.2)
    error = rpc_fails(
        lambda: page(client, old_cursor), grpc.StatusCode.FAILED_PRECONDITION, "SYNC_CURSOR_EXPIRED"
    )
    assert error_info(error).metadata["oldest_cursor"] == str(cursor)
    assert page(client, cursor).changes == []  # a device that saw the delete carries on
    assert spent.id not in {c.entity_id for c in drain(client)[0]}  # a resync just lacks it


def _lapse_session(backend: Backend, session_id: str) -> int:
    """Moves a session's expiry into the past, as if its device had not refreshed in time."""
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        statement = sa.text("UPDATE sessions SET expires_at = :t WHERE id = :id").bindparams(
            sa.bindparam("id", type_=sa.Uuid()), sa.bindparam("t", type_=UtcDateTime())
        )
        with engine.begin() as connection:
            past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
            return int(connection.execute(statement, {"id": uuid.UUID(session_id), "t": past}).rowcount)
    finally:
        engine.dispose()


def test_a_session_that_lapses_becomes_a_tombstone_in_its_users_feed_only(
    conn: Connection, backend: Backend
) -> None:
    phone = conn.client().sign_up()
    sign_in(conn.client(), phone.email)
    stranger = conn.client().sign_up()
    sessions = phone.auth.ListSessions(auth_pb2.ListSessionsRequest(), metadata=phone.md()).sessions
    own = next(s.id for s in sessions if s.current)
    laptop = next(s.id for s in sessions if not s.current)
    _, cursor = drain(phone)
    _, stranger_cursor = drain(stranger)
    assert _lapse_session(backend, laptop) == 1  # nobody revokes it: it just lapses
    deadline = time.monotonic() + 15  # the sweep runs every second in tests
    changes: list[sync.Change] = []
    while not changes and time.monotonic() < deadline:
        time.sleep(0.2)
        changes = drain(phone, cursor)[0]
    assert [(c.entity_type, c.entity_id, c.operation) for c in changes] == [
        (sync.ENTITY_TYPE_SESSION, laptop, sync.CHANGE_OPERATION_DELETE)
    ]
    listed = phone.auth.ListSessions(auth_pb2.ListSessionsRequest(), metadata=phone.md()).sessions
    assert [s.id for s in listed] == [own]  # the phone's own session lives on
    assert drain(stranger, stranger_cursor)[0] == []


def _logged_etags(backend: Backend, user_id: str) -> dict[str, int]:
    """The etag version the change log holds for each of the user's entities."""
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        statement = (
            sa.text("SELECT entity_id, etag_version FROM sync_changes WHERE user_id = :u")
            .bindparams(sa.bindparam("u", type_=sa.Uuid()))
            .columns(sa.column("entity_id", sa.Uuid()), sa.column("etag_version", sa.Integer()))
        )
        with engine.connect() as connection:
            rows = connection.execute(statement, {"u": uuid.UUID(user_id)})
            return {str(entity_id): int(version) for entity_id, version in rows}
    finally:
        engine.dispose()


def test_a_write_of_many_changes_logs_each_once_with_its_etag_in_commit_order(
    conn: Connection, backend: Backend
) -> None:
    """A category deleted with its 10 transactions moved: 12 changes in one write, more than
    the fixed-shape statement takes (server/changelog_sql.py), so the arrays form writes them."""
    client = conn.client().sign_up()
    account = open_account(client, 100_000)
    snacks, treats = (
        client.categories.CreateCategory(
            cat_pb2.CreateCategoryRequest(
                request_id=str(uuid.uuid4()), name=name, kind=cat_pb2.CATEGORY_KIND_EXPENSE
            ),
            metadata=client.md(),
        ).category
        for name in ("Snacks", "Treats")
    )
    made = [record(client, expense_request(account, 10 + i, category_id=snacks.id)).id for i in range(10)]
    _, cursor = drain(client)
    client.categories.DeleteCategory(
        cat_pb2.DeleteCategoryRequest(id=snacks.id, reassign_to_category_id=treats.id), metadata=client.md()
    )
    changes, next_cursor = drain(client, cursor, page_size=5)
    assert sorted(c.entity_id for c in changes) == sorted([snacks.id, *made])
    assert [c.cursor for c in changes] == list(range(cursor + 1, next_cursor + 1))  # one write: no gaps
    moved = {c.entity_id: c for c in changes if c.entity_type == sync.ENTITY_TYPE_TRANSACTION}
    assert {c.transaction.category_id for c in moved.values()} == {treats.id}
    assert next(c for c in changes if c.entity_id == snacks.id).operation == sync.CHANGE_OPERATION_DELETE
    live = _transactions(client)
    logged = _logged_etags(backend, client.user_id)
    assert {i: moved[i].etag for i in made} == {i: live[i] for i in made}
    assert {i: f"v{logged[i]}" for i in made} == {i: live[i] for i in made}  # the log's own etag too
    # The account's last change came with a create (two changes: the fixed-shape statement).
    now = client.accounts.GetAccount(acc.GetAccountRequest(id=account.id), metadata=client.md()).account
    assert f"v{logged[account.id]}" == now.etag
