"""ListTransactions replies are cached per user, ledger version and request, and every write
that can change a list invalidates them, also when it goes through another replica sharing
the backend. Each test first proves the cache answers (a change made behind the servers' back
stays hidden), so a list that shows it later shows that the cached page was dropped. A page is
stored the second time it is asked for (server/reply_cache.py), so each is first asked twice."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import grpc
import pytest
from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import DINING, TRANSFER, expense_request, open_account, record
from tests.servers import Client, Connection, ServerProcess
from tests.test_analytics_cache import change_behind_the_servers_back, ledger_version
from tests.test_analytics_cache import replica as replica  # noqa: F401  (fixture)

MASK = field_mask_pb2.FieldMask


def listed(client: Client, **filters: object) -> list[tx.Transaction]:
    return list(
        client.transactions.ListTransactions(
            tx.ListTransactionsRequest(page_size=50, **filters),  # type: ignore[arg-type]
            metadata=client.md(),
        ).transactions
    )


def amount_of(page: list[tx.Transaction], transaction_id: str) -> int:
    return next(t.amount.amount_minor for t in page if t.id == transaction_id)


def test_a_repeated_list_is_served_from_cache_until_the_ledger_changes(
    conn: Connection, server: ServerProcess
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=100_000)
    spent = record(client, expense_request(account, 1_000))
    for _ in range(2):  # asked once, then stored
        assert amount_of(listed(client), spent.id) == 1_000
    change_behind_the_servers_back(server.backend, spent.id, account.id)
    assert amount_of(listed(client), spent.id) == 1_000  # cached: the raw change bumped no version
    record(client, expense_request(account, 500))
    assert amount_of(listed(client), spent.id) == 1_001  # the write dropped the cached page


def test_every_write_that_can_change_a_list_drops_the_cached_page(
    conn: Connection, server: ServerProcess
) -> None:
    client = conn.client().sign_up()
    md = client.md()
    account = open_account(client, balance=100_000)
    other = open_account(client, balance=0)
    marker = record(client, expense_request(account, 1_000))
    state: dict[str, str] = {"tx": record(client, expense_request(account, 100)).id}

    def etag() -> str:
        got = client.transactions.GetTransaction(tx.GetTransactionRequest(id=state["tx"]), metadata=md)
        return got.transaction.etag

    def update(paths: list[str], **fields: object) -> Callable[[], object]:
        return lambda: client.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=state["tx"], **fields),  # type: ignore[arg-type]
                update_mask=MASK(paths=paths),
                request_id=str(uuid.uuid4()),
            ),
            metadata=md,
        )

    def create_category() -> None:
        state["category"] = client.categories.CreateCategory(
            cat.CreateCategoryRequest(
                request_id=str(uuid.uuid4()), name="Pets", kind=cat.CATEGORY_KIND_EXPENSE
            ),
            metadata=md,
        ).category.id
        record(client, expense_request(account, 7, category_id=state["category"]))

    listed(client)  # asked once: the loop's first list stores it
    writes: dict[str, Callable[[], object]] = {
        "CreateTransaction": lambda: record(client, expense_request(account, 5)),
        "CreateTransaction (transfer)": lambda: record(
            client, expense_request(account, 10, kind=TRANSFER, to_account_id=other.id, category_id="")
        ),
        "UpdateTransaction (payee)": update(["payee"], payee="Vet"),
        "UpdateTransaction (tags)": update(["tags"], tags=["pets"]),
        "UpdateTransaction (category)": update(["category_id"], category_id=DINING),
        "DeleteTransaction": lambda: client.transactions.DeleteTransaction(
            tx.DeleteTransactionRequest(id=state["tx"], etag=etag()), metadata=md
        ),
        "UndeleteTransaction": lambda: client.transactions.UndeleteTransaction(
            tx.UndeleteTransactionRequest(id=state["tx"], etag=etag()), metadata=md
        ),
        "CreateCategory": create_category,
        "UpdateCategory": lambda: client.categories.UpdateCategory(
            cat.UpdateCategoryRequest(
                category=cat.Category(id=state["category"], name="Animals"), update_mask=MASK(paths=["name"])
            ),
            metadata=md,
        ),
        "DeleteCategory (reassigning)": lambda: client.categories.DeleteCategory(
            cat.DeleteCategoryRequest(id=state["category"], reassign_to_category_id=DINING), metadata=md
        ),
        "UpdateAccount": lambda: client.accounts.UpdateAccount(
            acc.UpdateAccountRequest(
                account=acc.Account(id=other.id, name="Renamed"), update_mask=MASK(paths=["name"])
            ),
            metadata=md,
        ),
    }
    for name, write in writes.items():
        before = listed(client)
        change_behind_the_servers_back(server.backend, marker.id, account.id)
        assert listed(client) == before, f"{name}: the page was not served from the cache"
        write()
        after = listed(client)
        assert amount_of(after, marker.id) == amount_of(before, marker.id) + 1, name
    assert [t.tags for t in listed(client) if t.id == state["tx"]] == [["pets"]]


def test_a_list_of_a_deleted_account_is_not_found_though_its_page_was_cached(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=1_000)
    spent = record(client, expense_request(account, 100))
    for _ in range(3):  # asked once, stored, then from the cache
        assert [t.id for t in listed(client, account_id=account.id)] == [spent.id]
    client.accounts.DeleteAccount(acc.DeleteAccountRequest(id=account.id), metadata=client.md())
    with pytest.raises(grpc.RpcError) as gone:
        listed(client, account_id=account.id)
    assert gone.value.code() == grpc.StatusCode.NOT_FOUND


def test_a_write_through_another_replica_shows_in_the_next_list(
    conn: Connection,
    replica: Connection,  # noqa: F811
    server: ServerProcess,
) -> None:
    here = conn.client().sign_up()
    there = replica.client()
    there.token = here.token
    account = open_account(here, balance=100_000)
    marker = record(here, expense_request(account, 1_000))
    for _ in range(2):  # asked once, then stored
        assert listed(here) == listed(there)
    change_behind_the_servers_back(server.backend, marker.id, account.id)
    assert amount_of(listed(here), marker.id) == amount_of(listed(there), marker.id) == 1_000
    spent = record(there, expense_request(account, 700))
    assert spent.id in {t.id for t in listed(here)}
    assert amount_of(listed(here), marker.id) == 1_001
    here.transactions.DeleteTransaction(tx.DeleteTransactionRequest(id=spent.id), metadata=here.md())
    assert spent.id not in {t.id for t in listed(there)}


def test_one_users_cached_page_is_never_served_to_another(conn: Connection, server: ServerProcess) -> None:
    """Same request bytes, same ledger version: only the user id tells the two keys apart."""
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    alices = open_account(alice, balance=100_000)
    bobs = open_account(bob, balance=100_000)
    spent = record(alice, expense_request(alices, 1_000))
    record(bob, expense_request(bobs, 2_000))
    assert ledger_version(server.backend, alice.user_id) == ledger_version(server.backend, bob.user_id)
    for _ in range(3):  # asked once, stored, then from the cache
        assert [t.id for t in listed(alice)] == [spent.id]
    assert [t.amount.amount_minor for t in listed(bob)] == [2_000]
    with pytest.raises(grpc.RpcError) as foreign:
        listed(bob, account_id=alices.id)  # alice's page for this filter is cached; bob's is not hers
    assert foreign.value.code() == grpc.StatusCode.NOT_FOUND
    listed(alice, account_id=alices.id)
    listed(alice, account_id=alices.id)
    with pytest.raises(grpc.RpcError) as still_foreign:
        listed(bob, account_id=alices.id)
    assert still_foreign.value.code() == grpc.StatusCode.NOT_FOUND


def test_a_list_by_category_shows_a_new_sub_categorys_transactions(conn: Connection) -> None:
    """The category tree a filter covers is read apart from the page: a change to it must drop
    the cached page all the same."""
    client = conn.client().sign_up()
    account = open_account(client, balance=100_000)
    parent = client.categories.CreateCategory(
        cat.CreateCategoryRequest(request_id=str(uuid.uuid4()), name="Home", kind=cat.CATEGORY_KIND_EXPENSE),
        metadata=client.md(),
    ).category
    rent = record(client, expense_request(account, 900, category_id=parent.id))
    for _ in range(3):  # asked once, stored, then from the cache
        assert [t.id for t in listed(client, category_id=parent.id)] == [rent.id]
    child = client.categories.CreateCategory(
        cat.CreateCategoryRequest(
            request_id=str(uuid.uuid4()), name="Repairs", kind=cat.CATEGORY_KIND_EXPENSE, parent_id=parent.id
        ),
        metadata=client.md(),
    ).category
    fix = record(client, expense_request(account, 50, category_id=child.id, occurred_on=rent.occurred_on))
    assert {t.id for t in listed(client, category_id=parent.id)} == {rent.id, fix.id}
