"""Statement import and reconciliation over real channels: split lines and amount filters as
Money, external ids unique per account (also under parallel writers), import batches, status."""

from __future__ import annotations

import pathlib
import uuid
from collections.abc import Iterator

import grpc
import pytest
import sqlalchemy as sa
from google.protobuf import field_mask_pb2

from rupaya.v1 import transactions_pb2 as tx
from server.db import migrate
from tests.ledger import (
    DINING,
    GROCERIES,
    RESTAURANTS,
    balance,
    expense_request,
    money,
    open_account,
    record,
    walk,
)
from tests.rpc_errors import error_info, field_violations, rpc_fails
from tests.servers import Backend, Client, Connection
from tests.test_transactions import assert_ledger_consistent, in_parallel

INVALID = grpc.StatusCode.INVALID_ARGUMENT
PENDING, CLEARED, RECONCILED = (
    tx.TRANSACTION_STATUS_PENDING,
    tx.TRANSACTION_STATUS_CLEARED,
    tx.TRANSACTION_STATUS_RECONCILED,
)


def ids(client: Client, **filters: object) -> set[str]:
    return {t.id for t in walk(client, **filters)}


def update(client: Client, patch: tx.Transaction, *paths: str) -> tx.Transaction:
    return client.transactions.UpdateTransaction(
        tx.UpdateTransactionRequest(transaction=patch, update_mask=field_mask_pb2.FieldMask(paths=paths)),
        metadata=client.md(),
    ).transaction


def test_split_lines_are_money_in_minor_units_or_decimal_and_in_the_transactions_currency(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000, currency="USD")
    lines = [
        tx.SplitLine(category_id=RESTAURANTS, amount=money(decimal="12.50")),
        tx.SplitLine(category_id=DINING, amount=money(750, "USD")),
    ]
    created = record(client, expense_request(account, 2_000, category_id="", splits=lines))
    assert [x.amount for x in created.splits] == [money(1_250, "USD", "12.50"), money(750, "USD", "7.50")]
    assert balance(client, account) == 8_000
    # An update may give the lines in either form too.
    updated = update(
        client,
        tx.Transaction(
            id=created.id,
            splits=[
                tx.SplitLine(category_id=DINING, amount=money(decimal="0.01")),
                tx.SplitLine(category_id=GROCERIES, amount=money(1_999)),
            ],
        ),
        "splits",
    )
    assert [x.amount.amount_decimal for x in updated.splits] == ["0.01", "19.99"]

    refused = {
        "splits[1].amount.currency_code": [
            tx.SplitLine(category_id=DINING, amount=money(decimal="12.50")),
            tx.SplitLine(category_id=DINING, amount=money(750, "EUR")),
        ],
        "splits[0].amount": [  # zero written as a decimal passes the contract; the server refuses it
            tx.SplitLine(category_id=DINING, amount=money(decimal="0.00")),
            tx.SplitLine(category_id=DINING, amount=money(2_000)),
        ],
        "splits[0].amount.amount_decimal": [
            tx.SplitLine(category_id=DINING, amount=money(decimal="12.505")),
            tx.SplitLine(category_id=DINING, amount=money(750)),
        ],
    }
    for field, bad in refused.items():
        error = rpc_fails(
            lambda b=bad: record(client, expense_request(account, 2_000, category_id="", splits=b)),
            INVALID,
            "VALIDATION_FAILED",
        )
        assert field in field_violations(error), field_violations(error)
    # The contract's own rules: a negative line, both forms at once, no amount at all.
    for bad, field in [
        (money(decimal="-1.00"), "splits[0].amount"),
        (money(100, "", "1.00"), "splits"),
        (None, "splits[0].amount"),
    ]:
        line = tx.SplitLine(category_id=DINING, amount=bad)
        error = rpc_fails(
            lambda x=line: record(client, expense_request(account, 100, category_id="", splits=[x])), INVALID
        )
        assert field in field_violations(error)
    error = rpc_fails(
        lambda: update(
            client,
            tx.Transaction(
                id=created.id, splits=[tx.SplitLine(category_id=DINING, amount=money(1, "", "0.01"))]
            ),
            "splits",
        ),
        INVALID,
    )
    # UpdateTransactionRequest's rule on its transaction field says which Money it is.
    assert field_violations(error)["transaction"].startswith("splits[].amount: set exactly one")
    assert balance(client, account) == 8_000 and len(walk(client)) == 1


def test_amount_filters_carry_their_currency_and_match_only_it(conn: Connection) -> None:
    client = conn.client().sign_up()
    rupees, dollars = open_account(client, 100_000), open_account(client, 100_000, currency="USD")
    small, big = (
        record(client, expense_request(rupees, 1_000)),
        record(client, expense_request(rupees, 2_500)),
    )
    usd = record(client, expense_request(dollars, 1_500))

    assert ids(client, min_amount=money(1_000, "INR")) == {small.id, big.id}
    assert ids(client, min_amount=money(0, "USD")) == {usd.id}  # zero: every amount in that currency
    assert ids(client, min_amount=money(decimal="10.01", currency="INR")) == {big.id}
    assert ids(client, max_amount=money(decimal="15.00", currency="USD")) == {usd.id}
    assert ids(client, min_amount=money(1_000, "INR"), max_amount=money(decimal="10", currency="INR")) == {
        small.id
    }
    refused = [
        ({"min_amount": money(1_000, "INR"), "max_amount": money(2_000, "USD")}, ""),  # message rule
        ({"min_amount": money(1_000)}, "min_amount"),  # no currency
        ({"max_amount": money(-1, "INR")}, "max_amount"),
        ({"max_amount": money(decimal="-0.01", currency="INR")}, "max_amount"),
        ({"min_amount": money(1, "INR", "0.01")}, "min_amount"),
        ({"min_amount": money(1, "ZZZ")}, "min_amount.currency_code"),
        ({"min_amount": money(decimal="1.005", currency="INR")}, "min_amount.amount_decimal"),
    ]
    for filters, field in refused:
        error = rpc_fails(lambda f=filters: walk(client, **f), INVALID)  # type: ignore[misc]
        assert field in field_violations(error), (filters, field_violations(error))

    # The page token is bound to the amount filter, its currency included.
    first = client.transactions.ListTransactions(
        tx.ListTransactionsRequest(page_size=1, min_amount=money(1_000, "INR")), metadata=client.md()
    )
    assert first.next_page_token
    for other in (money(2_000, "INR"), money(1_000, "USD"), money(decimal="10.00", currency="INR")):
        rpc_fails(
            lambda o=other: client.transactions.ListTransactions(
                tx.ListTransactionsRequest(page_size=1, page_token=first.next_page_token, min_amount=o),
                metadata=client.md(),
            ),
            INVALID,
            "INVALID_PAGE_TOKEN",
        )
    second = client.transactions.ListTransactions(
        tx.ListTransactionsRequest(
            page_size=1, page_token=first.next_page_token, min_amount=money(1_000, "INR")
        ),
        metadata=client.md(),
    )
    assert {first.transactions[0].id, second.transactions[0].id} == {small.id, big.id}


def test_an_external_id_is_taken_once_per_account_even_by_a_deleted_transaction(conn: Connection) -> None:
    client = conn.client().sign_up()
    account, other_account = open_account(client, 10_000), open_account(client, 10_000)
    request = expense_request(account, 100, external_id="FITID-0001")
    first = record(client, request)
    assert first.external_id == "FITID-0001"
    assert record(client, request) == first  # a replay is answered from the record

    error = rpc_fails(
        lambda: record(client, expense_request(account, 999, external_id="FITID-0001")),
        grpc.StatusCode.ALREADY_EXISTS,
        "EXTERNAL_ID_TAKEN",
    )
    assert error_info(error).metadata["transaction_id"] == first.id
    client.transactions.DeleteTransaction(tx.DeleteTransactionRequest(id=first.id), metadata=client.md())
    error = rpc_fails(  # a re-imported statement line does not come back once deleted
        lambda: record(client, expense_request(account, 100, external_id="FITID-0001")),
        grpc.StatusCode.ALREADY_EXISTS,
        "EXTERNAL_ID_TAKEN",
    )
    assert error_info(error).metadata["transaction_id"] == first.id
    assert balance(client, account) == 10_000

    # Unique per account: the same id elsewhere, or another user's, is someone else's entry.
    elsewhere = record(client, expense_request(other_account, 100, external_id="FITID-0001"))
    stranger = conn.client().sign_up()
    theirs = record(stranger, expense_request(open_account(stranger, 100), 100, external_id="FITID-0001"))
    assert elsewhere.external_id == theirs.external_id == "FITID-0001"
    # Case counts: the bank's id is kept exactly as given.
    record(client, expense_request(account, 1, external_id="fitid-0001"))

    # Immutable, and it travels with the transaction: moving it onto an account where the id
    # is taken is refused.
    rpc_fails(
        lambda: update(client, tx.Transaction(id=elsewhere.id, external_id="X"), "external_id"), INVALID
    )
    client.transactions.UndeleteTransaction(tx.UndeleteTransactionRequest(id=first.id), metadata=client.md())
    error = rpc_fails(
        lambda: update(client, tx.Transaction(id=elsewhere.id, account_id=account.id), "account_id"),
        grpc.StatusCode.ALREADY_EXISTS,
        "EXTERNAL_ID_TAKEN",
    )
    assert error_info(error).metadata["transaction_id"] == first.id
    assert balance(client, other_account) == 9_900
    assert_ledger_consistent(conn)


def test_parallel_creates_with_one_external_id_let_exactly_one_through(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 100_000)
    results = in_parallel(
        [lambda: record(client, expense_request(account, 100, external_id="dup")) for _ in range(12)]
    )
    made = [r for r in results if isinstance(r, tx.Transaction)]
    assert len(made) == 1, results
    assert all(r[0] == grpc.StatusCode.ALREADY_EXISTS for r in results if r is not made[0]), results  # type: ignore[index]
    assert balance(client, account) == 100_000 - 100
    assert [t.id for t in walk(client)] == [made[0].id]
    # Retries of one request racing each other all get the one transaction, not EXTERNAL_ID_TAKEN
    # (a retry may read the first call's row before it can read its idempotency record).
    for round_ in range(3):
        request = expense_request(account, 200, external_id=f"retried-{round_}")
        results = in_parallel([lambda r=request: record(client, r) for _ in range(8)])
        assert all(isinstance(r, tx.Transaction) for r in results), results
        assert len({r.id for r in results}) == 1  # type: ignore[union-attr]
    assert balance(client, account) == 100_000 - 100 - 3 * 200
    assert_ledger_consistent(conn)


def test_parallel_moves_onto_one_account_with_one_external_id_let_exactly_one_through(
    conn: Connection,
) -> None:
    """Updates may come without a request_id (no retry): the loser still gets a typed error."""
    client = conn.client().sign_up()
    target = open_account(client, 500)
    sources = [open_account(client, 1_000) for _ in range(6)]
    spent = [record(client, expense_request(a, 100, external_id="same")) for a in sources]
    results = in_parallel(
        [
            lambda t=t: update(client, tx.Transaction(id=t.id, account_id=target.id), "account_id")
            for t in spent
        ]
    )
    moved = [r for r in results if isinstance(r, tx.Transaction)]
    assert len(moved) == 1, results
    assert all(r[0] == grpc.StatusCode.ALREADY_EXISTS for r in results if r is not moved[0]), results  # type: ignore[index]
    assert balance(client, target) == 400
    assert_ledger_consistent(conn)


def test_external_id_is_one_line_of_at_most_255_characters(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    assert record(client, expense_request(account, 1, external_id="x" * 255)).external_id == "x" * 255
    for bad in ("x" * 256, "two\nlines"):
        error = rpc_fails(lambda b=bad: record(client, expense_request(account, 1, external_id=b)), INVALID)
        assert "external_id" in field_violations(error)
    assert len(walk(client)) == 1


def test_import_batches_list_on_their_own_and_bind_the_page_token(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    batch, other_batch = str(uuid.uuid4()), str(uuid.uuid4())
    imported = {record(client, expense_request(account, 10 + i, import_batch_id=batch)).id for i in range(3)}
    record(client, expense_request(account, 5, import_batch_id=other_batch))
    record(client, expense_request(account, 7))
    assert ids(client, import_batch_id=batch) == imported
    assert ids(client, import_batch_id=batch, page_size=1) == imported
    assert next(iter(walk(client, import_batch_id=batch))).import_batch_id == batch
    first = client.transactions.ListTransactions(
        tx.ListTransactionsRequest(page_size=1, import_batch_id=batch), metadata=client.md()
    )
    rpc_fails(
        lambda: client.transactions.ListTransactions(
            tx.ListTransactionsRequest(
                page_size=1, page_token=first.next_page_token, import_batch_id=other_batch
            ),
            metadata=client.md(),
        ),
        INVALID,
        "INVALID_PAGE_TOKEN",
    )
    for call in (
        lambda: walk(client, import_batch_id="not-a-uuid"),
        lambda: record(client, expense_request(account, 1, import_batch_id="not-a-uuid")),
    ):
        assert "import_batch_id" in field_violations(rpc_fails(call, INVALID))
    # Set at creation only.
    rpc_fails(
        lambda: update(
            client, tx.Transaction(id=next(iter(imported)), import_batch_id=other_batch), "import_batch_id"
        ),
        INVALID,
    )
    assert ids(client, import_batch_id=batch) == imported


def test_status_defaults_to_cleared_changes_by_update_and_filters_without_touching_balances(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    cleared = record(client, expense_request(account, 100))
    pending = record(client, expense_request(account, 200, status=PENDING))
    assert (cleared.status, pending.status) == (CLEARED, PENDING)
    assert balance(client, account) == 9_700  # a pending transaction counts like any other

    reconciled = update(client, tx.Transaction(id=cleared.id, etag=cleared.etag, status=RECONCILED), "status")
    assert reconciled.status == RECONCILED and reconciled.etag != cleared.etag
    assert reconciled.amount == cleared.amount and balance(client, account) == 9_700
    assert ids(client, status=RECONCILED) == {cleared.id}
    assert ids(client, status=PENDING) == {pending.id}
    assert ids(client, status=CLEARED) == set()
    assert ids(client) == {cleared.id, pending.id}
    # An update of other fields keeps the status.
    assert update(client, tx.Transaction(id=pending.id, payee="Shop"), "payee").status == PENDING

    error = rpc_fails(
        lambda: update(client, tx.Transaction(id=pending.id), "status"), INVALID, "VALIDATION_FAILED"
    )
    assert "transaction.status" in field_violations(error)
    for call in (
        lambda: record(client, expense_request(account, 1, status=7)),
        lambda: walk(client, status=7),
    ):
        assert "status" in field_violations(rpc_fails(call, INVALID))
    assert (
        client.transactions.GetTransaction(
            tx.GetTransactionRequest(id=pending.id), metadata=client.md()
        ).transaction.status
        == PENDING
    )
    assert balance(client, account) == 9_700


def test_no_filter_shows_another_users_transactions(conn: Connection) -> None:
    owner, other = conn.client().sign_up(), conn.client().sign_up()
    batch = str(uuid.uuid4())
    mine = record(
        owner,
        expense_request(
            open_account(owner, 10_000), 500, import_batch_id=batch, status=PENDING, external_id="A1"
        ),
    )
    # The other user labels their own import with the same batch id and bank id.
    theirs = record(
        other,
        expense_request(
            open_account(other, 10_000), 500, import_batch_id=batch, status=PENDING, external_id="A1"
        ),
    )
    for filters in (
        {"import_batch_id": batch},
        {"status": PENDING},
        {"min_amount": money(500, "INR"), "max_amount": money(500, "INR")},
        {},
    ):
        assert ids(owner, **filters) == {mine.id}
        assert ids(other, **filters) == {theirs.id}
    rpc_fails(
        lambda: update(other, tx.Transaction(id=mine.id, status=RECONCILED), "status"),
        grpc.StatusCode.NOT_FOUND,
        "TRANSACTION_NOT_FOUND",
    )
    assert (
        owner.transactions.GetTransaction(
            tx.GetTransactionRequest(id=mine.id), metadata=owner.md()
        ).transaction.status
        == PENDING
    )


@pytest.fixture
def fresh_db(backend: Backend, tmp_path: pathlib.Path) -> Iterator[str]:
    """An empty database of the test's backend kind, for migrating by hand."""
    if backend.name == "embedded":
        yield f"sqlite:///{tmp_path}/migrate.db"
        return
    scratch = Backend.postgres()
    try:
        yield scratch.sync_db_url
    finally:
        scratch.drop()


def test_migration_0007_gives_existing_transactions_cleared_and_no_external_id(fresh_db: str) -> None:
    migrate.upgrade(fresh_db, "0005_analytics")
    engine = sa.create_engine(fresh_db, poolclass=sa.pool.NullPool)
    row = {"id": uuid.uuid4(), "u": uuid.uuid4(), "a": uuid.uuid4()}
    insert = sa.text(
        "INSERT INTO transactions (id, user_id, kind, account_id, amount_minor, currency_code, occurred_on,"
        " payee, description, notes, version, created_at, updated_at)"
        " VALUES (:id, :u, 2, :a, 100, 'INR', '2026-01-01', '', '', '', 1, :now, :now)"
    ).bindparams(*(sa.bindparam(k, type_=sa.Uuid()) for k in row))
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":  # an old row alone: no user or account to refer to
                conn.execute(sa.text("SET session_replication_role = replica"))
            conn.execute(insert, {**row, "now": "2026-01-01 00:00:00+00:00"})
        migrate.upgrade(fresh_db)
        with engine.connect() as conn:
            found = conn.execute(
                sa.text("SELECT status, external_id, import_batch_id FROM transactions")
            ).all()
    finally:
        engine.dispose()
    assert [tuple(r) for r in found] == [(tx.TRANSACTION_STATUS_CLEARED, "", None)]
