"""The ledger over real channels: exact money, overdraft rule, idempotency, concurrency."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

import grpc
from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import (
    DINING,
    INCOME,
    RESTAURANTS,
    SALARY,
    TRANSFER,
    balance,
    expense_request,
    money,
    open_account,
    record,
)
from tests.rpc_errors import error_info, field_violations, rpc_fails
from tests.servers import Connection


def in_parallel(calls: list[Callable[[], object]]) -> list[grpc.StatusCode | object]:
    """Runs the calls on one thread each, all released at once; returns results or status codes."""
    results: list[grpc.StatusCode | object] = [None] * len(calls)
    gate = threading.Barrier(len(calls))

    def run(i: int) -> None:
        gate.wait()
        try:
            results[i] = calls[i]()
        except grpc.RpcError as error:
            results[i] = error.code()
            if error.code() not in (grpc.StatusCode.FAILED_PRECONDITION,):
                results[i] = (error.code(), error.details())

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def assert_ledger_consistent(conn: Connection) -> None:
    check = conn.server.backend.check_ledger()
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 mismatching" in check.stdout


def test_fifty_concurrent_expenses_of_ten_against_one_hundred_let_exactly_ten_through(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=100)
    results = in_parallel([lambda: record(client, expense_request(account, 10)) for _ in range(50)])
    succeeded = [r for r in results if isinstance(r, tx.Transaction)]
    refused = [r for r in results if r == grpc.StatusCode.FAILED_PRECONDITION]
    assert len(succeeded) == 10, results
    assert len(refused) == 40, results
    assert balance(client, account) == 0
    assert_ledger_consistent(conn)


def test_overdraft_is_refused_with_insufficient_funds_and_changes_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=500)
    error = rpc_fails(
        lambda: record(client, expense_request(account, 501)),
        grpc.StatusCode.FAILED_PRECONDITION,
        "INSUFFICIENT_FUNDS",
    )
    assert error_info(error).metadata["account_id"] == account.id
    assert balance(client, account) == 500
    assert conn.server.backend.count("transactions", "account_id = :a", a=_db_id(conn, account.id)) == 0


def test_credit_cards_and_overdraft_accounts_may_go_negative(conn: Connection) -> None:
    client = conn.client().sign_up()
    card = open_account(client, kind=acc.ACCOUNT_TYPE_CREDIT_CARD)
    overdraft = open_account(client, balance=100, allow_overdraft=True)
    record(client, expense_request(card, 2500))
    record(client, expense_request(overdraft, 300))
    assert balance(client, card) == -2500
    assert balance(client, overdraft) == -200
    assert_ledger_consistent(conn)


def test_parallel_transfers_both_ways_never_fail_and_keep_balances_right(conn: Connection) -> None:
    client = conn.client().sign_up()
    a, b = open_account(client, balance=10_000), open_account(client, balance=10_000)

    def transfer(source: acc.Account, target: acc.Account) -> Callable[[], object]:
        return lambda: record(
            client, expense_request(source, 10, kind=TRANSFER, to_account_id=target.id, category_id="")
        )

    calls = [transfer(a, b) if i % 2 else transfer(b, a) for i in range(40)]
    calls.append(transfer(a, b))
    results = in_parallel(calls)
    assert all(isinstance(r, tx.Transaction) for r in results), [
        r for r in results if not isinstance(r, tx.Transaction)
    ]
    assert balance(client, a) == 10_000 - 10
    assert balance(client, b) == 10_000 + 10
    assert_ledger_consistent(conn)


def test_retried_create_records_once_and_another_payload_is_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=1000)
    request = expense_request(account, 100)
    first = record(client, request)
    assert record(client, request) == first
    rpc_fails(
        lambda: record(client, expense_request(account, 200, request_id=request.request_id)),
        grpc.StatusCode.INVALID_ARGUMENT,
        "IDEMPOTENCY_KEY_REUSED",
    )
    assert balance(client, account) == 900
    assert conn.server.backend.count("transactions", "account_id = :a", a=_db_id(conn, account.id)) == 1


def test_concurrent_retries_of_one_create_record_one_transaction(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=1000)
    request = expense_request(account, 100)
    results = in_parallel([lambda: record(client, request) for _ in range(12)])
    assert all(isinstance(r, tx.Transaction) for r in results), results
    assert len({r.id for r in results}) == 1  # type: ignore[union-attr]
    assert balance(client, account) == 900
    assert conn.server.backend.count("transactions", "account_id = :a", a=_db_id(conn, account.id)) == 1


def test_text_that_looks_like_sql_or_placeholders_is_stored_exactly_as_given(conn: Connection) -> None:
    """A write's statements travel as one batch with their parameters (server/db/pipeline.py):
    text shaped like SQL, the driver's placeholders or escapes is a value, never part of a
    statement, and comes back byte for byte."""
    client = conn.client().sign_up()
    account = open_account(client, balance=1000)
    hostile = "O'Brien'); DROP TABLE transactions; -- %s %(amount_minor)s $1 \\x00 \\' ₹ 😀"
    created = record(
        client,
        expense_request(
            account, 100, payee=hostile, notes=hostile + "\nline 2", external_id=hostile, tags=["a'b;c"]
        ),
    )
    got = client.transactions.GetTransaction(tx.GetTransactionRequest(id=created.id), metadata=client.md())
    assert (got.transaction.payee, got.transaction.notes, got.transaction.external_id) == (
        hostile,
        hostile + "\nline 2",
        hostile,
    )
    assert list(got.transaction.tags) == ["a'b;c"]
    assert balance(client, account) == 900
    assert conn.server.backend.count("transactions", "account_id = :a", a=_db_id(conn, account.id)) == 1


def test_decimal_amounts_sum_exactly(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=100, currency="USD")
    record(client, expense_request(account, money(currency="USD", decimal="0.10")))
    created = record(client, expense_request(account, money(currency="USD", decimal="0.2")))
    assert created.amount.amount_minor == 20 and created.amount.amount_decimal == "0.20"
    assert balance(client, account) == 70  # 1.00 - 0.10 - 0.20, exactly
    kuwait = open_account(client, balance=1000, currency="KWD")
    assert record(client, expense_request(kuwait, money(decimal="0.001"))).amount.amount_decimal == "0.001"


def test_bad_amounts_are_field_violations_and_write_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10_000, currency="USD")
    yen = open_account(client, balance=10_000, currency="JPY")
    cases = {
        "amount.amount_decimal": [
            expense_request(account, money(decimal="10.505")),  # more precision than USD has
            expense_request(yen, money(decimal="10.5")),  # JPY has no minor unit
            expense_request(account, money(decimal="92233720368547758.08")),  # 2^63 cents
        ],
        "amount": [
            expense_request(account, 0),
            expense_request(account, -5),
            expense_request(account, 10**15 + 1),
        ],
        "amount.currency_code": [
            expense_request(account, money(10, "EUR")),
            expense_request(account, money(10, "usd")),
        ],
        "splits": [
            expense_request(
                account,
                100,
                category_id="",
                splits=[
                    tx.SplitLine(category_id=DINING, amount=money(60)),
                    tx.SplitLine(category_id=DINING, amount=money(30)),
                ],
            )
        ],
    }
    for field, requests in cases.items():
        for request in requests:
            error = rpc_fails(
                lambda r=request: record(client, r), grpc.StatusCode.INVALID_ARGUMENT, "VALIDATION_FAILED"
            )
            assert field in field_violations(error), (field, request)
    assert balance(client, account) == 10_000 and balance(client, yen) == 10_000
    assert conn.server.backend.count("transactions", "user_id = :u", u=_db_id(conn, client.user_id)) == 0


def test_an_amount_beyond_int64_on_the_wire_is_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10_000, currency="USD")
    request = expense_request(account, 1)
    request.amount.ClearField("amount_minor")
    # Field 1 of Money as a 10-byte varint of 2^64 - 1 (uint64 max): no int64 holds it.
    wire = bytearray(request.SerializeToString())
    raw_money = request.amount.SerializeToString() + b"\x08" + b"\xff" * 9 + b"\x01"
    tampered = tx.CreateTransactionRequest()
    tampered.ParseFromString(bytes(wire))
    tampered.amount.ParseFromString(raw_money)
    error = rpc_fails(lambda: record(client, tampered), grpc.StatusCode.INVALID_ARGUMENT)
    assert "amount" in field_violations(error)
    assert balance(client, account) == 10_000


def test_split_lines_that_add_up_are_kept_in_order(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=1000)
    lines = [
        tx.SplitLine(category_id=RESTAURANTS, amount=money(70), note="dinner"),
        tx.SplitLine(category_id=DINING, amount=money(30)),
    ]
    created = record(client, expense_request(account, 100, category_id="", splits=lines))
    # Responses give each line's amount in all three forms, in the transaction's currency.
    assert [(x.category_id, x.amount, x.note) for x in created.splits] == [
        (RESTAURANTS, money(70, "INR", "0.70"), "dinner"),
        (DINING, money(30, "INR", "0.30"), ""),
    ]
    assert balance(client, account) == 900


def test_transfer_between_currencies_needs_both_amounts(conn: Connection) -> None:
    client = conn.client().sign_up()
    rupees, dollars = (
        open_account(client, balance=100_000, currency="INR"),
        open_account(client, currency="USD"),
    )
    missing = rpc_fails(
        lambda: record(
            client, expense_request(rupees, 8_400, kind=TRANSFER, to_account_id=dollars.id, category_id="")
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "to_amount" in field_violations(missing)
    moved = record(
        client,
        expense_request(
            rupees,
            8_400,
            kind=TRANSFER,
            to_account_id=dollars.id,
            to_amount=money(100, "USD"),
            category_id="",
        ),
    )
    assert moved.to_amount.amount_minor == 100 and moved.to_amount.currency_code == "USD"
    assert balance(client, rupees) == 91_600 and balance(client, dollars) == 100
    within = record(
        client,
        expense_request(rupees, 1_000, kind=TRANSFER, to_account_id=open_account(client).id, category_id=""),
    )
    changed = client.transactions.UpdateTransaction(
        tx.UpdateTransactionRequest(
            transaction=tx.Transaction(id=within.id, amount=money(1_500)),
            update_mask=field_mask_pb2.FieldMask(paths=["amount"]),
        ),
        metadata=client.md(),
    ).transaction
    assert changed.to_amount.amount_minor == 1_500  # a same-currency transfer receives what it sends
    same = rpc_fails(
        lambda: record(
            client, expense_request(rupees, 10, kind=TRANSFER, to_account_id=rupees.id, category_id="")
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "to_account_id" in field_violations(same)
    assert_ledger_consistent(conn)


def test_income_needs_an_income_category(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client)
    error = rpc_fails(
        lambda: record(client, expense_request(account, 100, kind=INCOME)), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert "category_id" in field_violations(error)
    record(client, expense_request(account, 100, kind=INCOME, category_id=SALARY))
    assert balance(client, account) == 100


def test_delete_reverts_and_undelete_reapplies_the_balance(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=1000)
    spent = record(client, expense_request(account, 300))
    deleted = client.transactions.DeleteTransaction(
        tx.DeleteTransactionRequest(id=spent.id, etag=spent.etag), metadata=client.md()
    ).transaction
    assert deleted.HasField("delete_time") and balance(client, account) == 1000
    rpc_fails(
        lambda: client.transactions.DeleteTransaction(
            tx.DeleteTransactionRequest(id=spent.id), metadata=client.md()
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    record(client, expense_request(account, 800))
    # Undoing the delete would spend money that is no longer there.
    rpc_fails(
        lambda: client.transactions.UndeleteTransaction(
            tx.UndeleteTransactionRequest(id=spent.id), metadata=client.md()
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "INSUFFICIENT_FUNDS",
    )
    record(client, expense_request(account, 100, kind=INCOME, category_id=SALARY))
    restored = client.transactions.UndeleteTransaction(
        tx.UndeleteTransactionRequest(id=spent.id), metadata=client.md()
    )
    assert not restored.transaction.HasField("delete_time")
    assert balance(client, account) == 0
    assert_ledger_consistent(conn)


def test_update_moves_balances_by_the_difference_and_refuses_overdraft(conn: Connection) -> None:
    client = conn.client().sign_up()
    account, other = open_account(client, balance=1000), open_account(client, balance=50)
    spent = record(client, expense_request(account, 300))
    mask = field_mask_pb2.FieldMask(paths=["amount", "payee"])
    updated = client.transactions.UpdateTransaction(
        tx.UpdateTransactionRequest(
            transaction=tx.Transaction(id=spent.id, etag=spent.etag, amount=money(450), payee="Market"),
            update_mask=mask,
        ),
        metadata=client.md(),
    ).transaction
    assert updated.amount.amount_minor == 450 and updated.payee == "Market"
    assert balance(client, account) == 550
    rpc_fails(
        lambda: client.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=spent.id, account_id=other.id),
                update_mask=field_mask_pb2.FieldMask(paths=["account_id"]),
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "INSUFFICIENT_FUNDS",
    )
    rpc_fails(
        lambda: client.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=spent.id, etag=spent.etag, payee="stale"),
                update_mask=field_mask_pb2.FieldMask(paths=["payee"]),
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.ABORTED,
        "ETAG_MISMATCH",
    )
    assert balance(client, account) == 550 and balance(client, other) == 50
    assert_ledger_consistent(conn)


def _db_id(conn: Connection, text: str) -> str:
    value = uuid.UUID(text)
    return str(value) if conn.server.backend.name == "postgres" else value.hex
