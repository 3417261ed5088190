"""Analytics answers are cached per user and request, and every ledger write invalidates
them exactly, also when the write goes through another replica sharing the backend."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import grpc
import pytest
import sqlalchemy as sa
from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import users_pb2 as us
from server.db.tables import LedgerVersion
from tests.analytics_fixture import set_rate
from tests.ledger import DINING, day, expense_request, money, open_account, record
from tests.servers import Backend, Connection, ServerProcess, connect, start_server

MARCH = an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-03-15"))


def expenses(client: object) -> int:
    reply = client.analytics.GetDashboard(MARCH, metadata=client.md())  # type: ignore[attr-defined]
    return sum(c.expenses.amount_minor for c in reply.current.currencies)


def ledger_version(backend: Backend, user_id: str) -> int:
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            query = sa.select(LedgerVersion.version).where(LedgerVersion.user_id == uuid.UUID(user_id))
            return int(conn.execute(query).scalar() or 0)
    finally:
        engine.dispose()


def change_behind_the_servers_back(backend: Backend, transaction_id: str, account_id: str) -> None:
    """A raw UPDATE that bumps no version: only a cached answer can hide it. The account
    balance and the daily rollup move with it, so the ledger invariant and the rollup drift
    check other tests make still hold."""
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as conn:
            transactions = sa.table("transactions", sa.column("id", sa.Uuid()), sa.column("amount_minor"))
            accounts = sa.table("accounts", sa.column("id", sa.Uuid()), sa.column("current_balance_minor"))
            conn.execute(
                sa.update(transactions)
                .where(transactions.c.id == uuid.UUID(transaction_id))
                .values(amount_minor=transactions.c.amount_minor + 1)
            )
            conn.execute(
                sa.update(accounts)
                .where(accounts.c.id == uuid.UUID(account_id))
                .values(current_balance_minor=accounts.c.current_balance_minor - 1)
            )
            conn.execute(
                sa.text(
                    "UPDATE ledger_daily SET amount_minor = amount_minor + 1 WHERE EXISTS ("
                    "SELECT 1 FROM transactions t WHERE t.id = :id AND t.user_id = ledger_daily.user_id"
                    " AND t.occurred_on = ledger_daily.occurred_on AND t.kind = ledger_daily.kind"
                    " AND t.category_id = ledger_daily.category_id)"
                ).bindparams(sa.bindparam("id", uuid.UUID(transaction_id), type_=sa.Uuid())),
            )
    finally:
        engine.dispose()


@pytest.fixture
def replica(server: ServerProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    """A second server on the same database and cache, trusting the same signing key."""
    twin = start_server(
        server.backend,
        tmp_path_factory.mktemp("replica"),
        signing_key=server.signing_key,
        extra_env={"RUPAYA_JWT_KEY_ID": server.key_id},
    )
    try:
        yield from connect(twin)
    finally:
        twin.stop()


def test_dashboard_is_served_from_cache_until_the_ledger_changes(
    conn: Connection, server: ServerProcess
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=100_000)
    spent = record(client, expense_request(account, 1_000))
    assert expenses(client) == 1_000
    change_behind_the_servers_back(server.backend, spent.id, account.id)
    assert expenses(client) == 1_000  # cached: the raw change bumped no version
    record(client, expense_request(account, 500))
    assert expenses(client) == 1_000 + 1 + 500  # the RPC write invalidated it


def test_a_cached_dashboard_follows_a_change_of_the_profile_base_currency(conn: Connection) -> None:
    """The profile is no ledger data (no version bump), but a request without a base
    currency is answered in the profile's: the cached answer in the old one is not reused."""
    client = conn.client().sign_up()
    record(client, expense_request(open_account(client, balance=100_000), 1_000))
    for base in ("USD", "INR", "USD"):
        client.users.UpdateProfile(
            us.UpdateProfileRequest(
                profile=us.Profile(base_currency=base),
                update_mask=field_mask_pb2.FieldMask(paths=["base_currency"]),
            ),
            metadata=client.md(),
        )
        reply = client.analytics.GetDashboard(MARCH, metadata=client.md())
        assert reply.conversion.base_currency_code == base


def test_a_write_through_another_replica_shows_in_the_next_dashboard(
    conn: Connection, replica: Connection
) -> None:
    here = conn.client().sign_up()
    there = replica.client()
    there.token = here.token
    account = open_account(here, balance=100_000)
    record(here, expense_request(account, 1_000))
    assert expenses(here) == 1_000 and expenses(there) == 1_000  # both replicas have it cached
    record(there, expense_request(account, 700))
    assert expenses(here) == 1_700
    spent = record(here, expense_request(account, 300))
    assert expenses(there) == 2_000
    here.transactions.DeleteTransaction(tx.DeleteTransactionRequest(id=spent.id), metadata=here.md())
    assert expenses(there) == 1_700


def test_every_ledger_write_bumps_the_version_and_a_refused_one_does_not(
    conn: Connection, server: ServerProcess
) -> None:
    client = conn.client().sign_up()
    md = client.md()
    account = open_account(client, balance=1_000)
    mask = field_mask_pb2.FieldMask
    state: dict[str, str] = {}

    def create_category() -> None:
        state["category"] = client.categories.CreateCategory(
            cat.CreateCategoryRequest(
                request_id=str(uuid.uuid4()), name="Pets", kind=cat.CATEGORY_KIND_EXPENSE
            ),
            metadata=md,
        ).category.id

    def create_transaction() -> None:
        state["tx"] = record(client, expense_request(account, 100)).id

    def create_budget() -> None:
        state["budget"] = client.budgets.CreateBudget(
            bud.CreateBudgetRequest(
                request_id=str(uuid.uuid4()),
                category_id=DINING,
                amount=money(5_000, "INR"),
                period=bud.BUDGET_PERIOD_MONTHLY,
            ),
            metadata=md,
        ).budget.id

    writes: dict[str, Callable[[], object]] = {
        "CreateAccount": lambda: open_account(client, balance=0),
        "UpdateAccount": lambda: client.accounts.UpdateAccount(
            acc.UpdateAccountRequest(
                account=acc.Account(id=account.id, name="Renamed"), update_mask=mask(paths=["name"])
            ),
            metadata=md,
        ),
        "CreateCategory": create_category,
        "UpdateCategory": lambda: client.categories.UpdateCategory(
            cat.UpdateCategoryRequest(
                category=cat.Category(id=state["category"], name="Animals"), update_mask=mask(paths=["name"])
            ),
            metadata=md,
        ),
        "DeleteCategory": lambda: client.categories.DeleteCategory(
            cat.DeleteCategoryRequest(id=state["category"]), metadata=md
        ),
        "CreateTransaction": create_transaction,
        "UpdateTransaction": lambda: client.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=state["tx"], payee="Vet"), update_mask=mask(paths=["payee"])
            ),
            metadata=md,
        ),
        "DeleteTransaction": lambda: client.transactions.DeleteTransaction(
            tx.DeleteTransactionRequest(id=state["tx"]), metadata=md
        ),
        "UndeleteTransaction": lambda: client.transactions.UndeleteTransaction(
            tx.UndeleteTransactionRequest(id=state["tx"]), metadata=md
        ),
        "CreateBudget": create_budget,
        "UpdateBudget": lambda: client.budgets.UpdateBudget(
            bud.UpdateBudgetRequest(
                budget=bud.Budget(id=state["budget"], rollover=True), update_mask=mask(paths=["rollover"])
            ),
            metadata=md,
        ),
        "DeleteBudget": lambda: client.budgets.DeleteBudget(
            bud.DeleteBudgetRequest(id=state["budget"]), metadata=md
        ),
        "SetExchangeRate": lambda: set_rate(client, "USD", "INR", "83.1", "2026-03-01"),
        "DeleteAccount": lambda: client.accounts.DeleteAccount(
            acc.DeleteAccountRequest(id=open_account(client, balance=0).id), metadata=md
        ),
    }
    for name, write in writes.items():
        before = ledger_version(server.backend, client.user_id)
        write()
        assert ledger_version(server.backend, client.user_id) > before, name

    before = ledger_version(server.backend, client.user_id)
    with pytest.raises(grpc.RpcError) as refused:
        record(client, expense_request(account, 10**9))
    assert refused.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert ledger_version(server.backend, client.user_id) == before


def test_one_users_write_leaves_another_users_cached_answers_alone(
    conn: Connection, server: ServerProcess
) -> None:
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    open_account(bob, balance=0)
    before = ledger_version(server.backend, bob.user_id)
    record(alice, expense_request(open_account(alice, balance=1_000), 100))
    assert ledger_version(server.backend, bob.user_id) == before
