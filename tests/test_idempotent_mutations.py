"""A retry of a mutation is answered from its idempotency record for the whole retention
window (the offline window, 30 days by default): a phone offline for ten days replays its
queue without posting anything twice. The server has no clock to inject, so a test ages the
records instead (the server then sees them as that old). (That every mutation takes a
request_id: tests/test_contract_v1.py.)"""

from __future__ import annotations

import datetime as dt
import uuid

import grpc
import sqlalchemy as sa

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import categories_pb2 as cat
from server.db.tables import UtcDateTime
from tests.rpc_errors import rpc_fails
from tests.servers import Backend, Client, Connection


def _age_records(backend: Backend, user_id: str, by: dt.timedelta) -> int:
    """Dates the user's idempotency records `by` into the past, as if the phone had been
    offline that long (through the server's own column type, right on both backends)."""
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        update = sa.text("UPDATE idempotency_records SET created_at = :t WHERE user_id = :u").bindparams(
            sa.bindparam("u", type_=sa.Uuid()), sa.bindparam("t", type_=UtcDateTime())
        )
        with engine.begin() as conn:
            moved = conn.execute(update, {"u": uuid.UUID(user_id), "t": dt.datetime.now(dt.UTC) - by})
            return int(moved.rowcount)
    finally:
        engine.dispose()


def _create_account(client: Client, request_id: str) -> acc.Account:
    request = acc.CreateAccountRequest(
        request_id=request_id, name="Wallet", type=acc.ACCOUNT_TYPE_CASH, currency_code="INR"
    )
    return client.accounts.CreateAccount(request, metadata=client.md()).account


def _accounts(client: Client) -> list[acc.Account]:
    return list(client.accounts.ListAccounts(acc.ListAccountsRequest(), metadata=client.md()).accounts)


def test_a_replay_two_days_later_is_answered_from_the_record(conn: Connection, backend: Backend) -> None:
    client = conn.client().sign_up()
    request_id = str(uuid.uuid4())
    first = _create_account(client, request_id)
    assert _age_records(backend, client.user_id, dt.timedelta(hours=48)) == 1
    assert _create_account(client, request_id) == first
    assert [a.id for a in _accounts(client)] == [first.id]


def test_a_mutation_queued_ten_days_offline_is_not_applied_twice(conn: Connection, backend: Backend) -> None:
    client = conn.client().sign_up()
    request_id = str(uuid.uuid4())
    first = _create_account(client, request_id)  # sent, but the phone lost the answer
    assert _age_records(backend, client.user_id, dt.timedelta(days=10)) == 1
    assert _create_account(client, request_id) == first  # replayed from the queue on reconnect
    assert [a.id for a in _accounts(client)] == [first.id]


def test_a_replay_past_the_retention_window_is_a_new_request(conn: Connection, backend: Backend) -> None:
    client = conn.client().sign_up()
    request_id = str(uuid.uuid4())
    first = _create_account(client, request_id)
    _age_records(backend, client.user_id, dt.timedelta(days=31))
    second = _create_account(client, request_id)
    assert second.id != first.id and len(_accounts(client)) == 2


def test_a_retried_delete_or_update_answers_like_the_first(conn: Connection) -> None:
    client = conn.client().sign_up()
    category = client.categories.CreateCategory(
        cat.CreateCategoryRequest(request_id=str(uuid.uuid4()), name="Pets", kind=cat.CATEGORY_KIND_EXPENSE),
        metadata=client.md(),
    ).category
    rename = cat.UpdateCategoryRequest(
        request_id=str(uuid.uuid4()),
        category=cat.Category(id=category.id, name="Pet care", etag=category.etag),
        update_mask={"paths": ["name"]},
    )
    renamed = client.categories.UpdateCategory(rename, metadata=client.md()).category
    # The etag changed with the rename: without the record, the retry would be ABORTED.
    assert client.categories.UpdateCategory(rename, metadata=client.md()).category == renamed
    budget = client.budgets.CreateBudget(
        bud.CreateBudgetRequest(
            request_id=str(uuid.uuid4()),
            category_id=category.id,
            amount={"amount_minor": 10_000, "currency_code": "INR"},
            period=bud.BUDGET_PERIOD_MONTHLY,
        ),
        metadata=client.md(),
    ).budget
    for delete in (
        lambda rid: client.budgets.DeleteBudget(
            bud.DeleteBudgetRequest(id=budget.id, request_id=rid), metadata=client.md()
        ),
        lambda rid: client.categories.DeleteCategory(
            cat.DeleteCategoryRequest(id=category.id, request_id=rid), metadata=client.md()
        ),
    ):
        request_id = str(uuid.uuid4())
        assert delete(request_id) == delete(request_id)  # the retry is not NOT_FOUND
        rpc_fails(lambda delete=delete: delete(str(uuid.uuid4())), grpc.StatusCode.NOT_FOUND)
    account = _create_account(client, str(uuid.uuid4()))
    request_id = str(uuid.uuid4())
    remove = acc.DeleteAccountRequest(id=account.id, request_id=request_id)
    client.accounts.DeleteAccount(remove, metadata=client.md())
    client.accounts.DeleteAccount(remove, metadata=client.md())
    assert _accounts(client) == []
