"""Account money over a real channel: balances as Money, an etag that follows the balance,
and reconciliation (statement date + statement balance)."""

from __future__ import annotations

import datetime as dt
import uuid

import grpc
from google.protobuf import field_mask_pb2
from google.type import date_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import common_pb2
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import TRANSFER, day, expense_request, money, open_account, record
from tests.rpc_errors import field_violations, rpc_fails
from tests.servers import Client, Connection

RECONCILE = ["last_reconciled_date", "reconciled_balance"]


def get(client: Client, account: acc.Account) -> acc.Account:
    return client.accounts.GetAccount(acc.GetAccountRequest(id=account.id), metadata=client.md()).account


def update(client: Client, patch: acc.Account, paths: list[str], **fields: object) -> acc.Account:
    request = acc.UpdateAccountRequest(
        account=patch,
        update_mask=field_mask_pb2.FieldMask(paths=paths),
        **fields,  # type: ignore[arg-type]
    )
    return client.accounts.UpdateAccount(request, metadata=client.md()).account


def refused(client: Client, patch: acc.Account, paths: list[str]) -> dict[str, str]:
    """The field violations of an UpdateAccount that must be INVALID_ARGUMENT."""
    error = rpc_fails(lambda: update(client, patch, paths), grpc.StatusCode.INVALID_ARGUMENT)
    return field_violations(error)


def date_of(value: dt.date) -> date_pb2.Date:
    return date_pb2.Date(year=value.year, month=value.month, day=value.day)


def test_opening_balance_is_given_in_minor_units_or_as_a_decimal_and_read_back_as_both(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    decimal = open_account(client, money(decimal="1500.50"))
    assert decimal.opening_balance == decimal.current_balance == money(150_050, "INR", "1500.50")
    yen = open_account(client, money(5000, "JPY"), currency="JPY")
    assert yen.current_balance == money(5000, "JPY", "5000")
    card = open_account(client, money(decimal="-20.05"), kind=acc.ACCOUNT_TYPE_CREDIT_CARD)
    assert card.opening_balance == money(-2005, "INR", "-20.05")
    assert get(client, decimal) == decimal


def test_bad_opening_balances_are_refused_with_the_field_named_and_create_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    cases = {
        "opening_balance.currency_code": money(100, "USD"),
        "opening_balance.amount_decimal": money(decimal="1.005"),
        "opening_balance": money(100, "", "1.00"),  # both amounts: the contract's rule
    }
    for field, opening in cases.items():
        error = rpc_fails(
            lambda opening=opening: open_account(client, opening),
            grpc.StatusCode.INVALID_ARGUMENT,
        )
        assert field in field_violations(error), (field, field_violations(error))
    reply = client.accounts.ListAccounts(acc.ListAccountsRequest(include_archived=True), metadata=client.md())
    assert list(reply.accounts) == []


def test_updating_the_opening_balance_checks_it_like_create_and_a_refusal_changes_nothing(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 1000)
    paths = ["opening_balance"]
    assert "account.opening_balance.currency_code" in refused(
        client, acc.Account(id=account.id, opening_balance=money(5, "EUR")), paths
    )
    assert "account.opening_balance" in refused(
        client, acc.Account(id=account.id, opening_balance=money(-5)), paths
    )  # a checking account never opens negative
    both = refused(client, acc.Account(id=account.id, opening_balance=money(5, "", "0.05")), paths)
    assert "opening_balance: set exactly one" in both.get("account", ""), both
    assert get(client, account) == account
    moved = update(
        client, acc.Account(id=account.id, opening_balance=money(decimal="12.34", currency="INR")), paths
    )
    assert moved.opening_balance == moved.current_balance == money(1234, "INR", "12.34")


def test_a_balance_move_changes_the_etag_so_an_old_one_updates_and_deletes_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    record(client, expense_request(account, 2_500))
    moved = get(client, account)
    assert moved.current_balance.amount_minor == 7_500 and moved.etag != account.etag
    rename = acc.Account(id=account.id, name="Stale", etag=account.etag)
    rpc_fails(lambda: update(client, rename, ["name"]), grpc.StatusCode.ABORTED, "ETAG_MISMATCH")
    rpc_fails(
        lambda: client.accounts.DeleteAccount(
            acc.DeleteAccountRequest(id=account.id, etag=account.etag, request_id=str(uuid.uuid4())),
            metadata=client.md(),
        ),
        grpc.StatusCode.ABORTED,
        "ETAG_MISMATCH",
    )
    assert get(client, account) == moved
    renamed = update(client, acc.Account(id=account.id, name="Fresh", etag=moved.etag), ["name"])
    assert renamed.name == "Fresh" and renamed.current_balance.amount_minor == 7_500
    client.accounts.DeleteAccount(
        acc.DeleteAccountRequest(id=account.id, etag=renamed.etag, request_id=str(uuid.uuid4())),
        metadata=client.md(),
    )
    rpc_fails(lambda: get(client, account), grpc.StatusCode.NOT_FOUND, "ACCOUNT_NOT_FOUND")


def test_every_posting_change_moves_the_etag_of_each_account_it_touches(conn: Connection) -> None:
    client = conn.client().sign_up()
    source, target = open_account(client, 10_000), open_account(client, 0)
    tags: list[tuple[str, str]] = [(source.etag, target.etag)]

    def both_changed() -> None:
        now = (get(client, source).etag, get(client, target).etag)
        assert now[0] not in {t[0] for t in tags} and now[1] not in {t[1] for t in tags}, (tags, now)
        tags.append(now)

    sent = record(
        client, expense_request(source, 1_000, kind=TRANSFER, to_account_id=target.id, category_id="")
    )
    both_changed()
    edited = client.transactions.UpdateTransaction(
        tx.UpdateTransactionRequest(
            transaction=tx.Transaction(id=sent.id, amount=money(1_500, "INR"), etag=sent.etag),
            update_mask=field_mask_pb2.FieldMask(paths=["amount"]),
        ),
        metadata=client.md(),
    ).transaction
    both_changed()
    deleted = client.transactions.DeleteTransaction(
        tx.DeleteTransactionRequest(id=sent.id, etag=edited.etag, request_id=str(uuid.uuid4())),
        metadata=client.md(),
    ).transaction
    both_changed()
    client.transactions.UndeleteTransaction(
        tx.UndeleteTransactionRequest(id=sent.id, etag=deleted.etag, request_id=str(uuid.uuid4())),
        metadata=client.md(),
    )
    both_changed()
    assert get(client, source).current_balance.amount_minor == 8_500
    assert get(client, target).current_balance.amount_minor == 1_500


def test_reconciliation_is_unset_until_set_and_then_reads_back(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    assert not account.HasField("last_reconciled_date") and not account.HasField("reconciled_balance")
    patch = acc.Account(
        id=account.id,
        etag=account.etag,
        last_reconciled_date=day("2026-03-31"),
        reconciled_balance=money(decimal="-12.50"),  # a statement may show an overdraft
    )
    reconciled = update(client, patch, RECONCILE)
    assert reconciled.last_reconciled_date == day("2026-03-31")
    assert reconciled.reconciled_balance == money(-1250, "INR", "-12.50")
    assert reconciled.current_balance == account.current_balance and reconciled.etag != account.etag
    assert get(client, account) == reconciled
    tomorrow = date_of(dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1))
    later = update(
        client,
        acc.Account(id=account.id, last_reconciled_date=tomorrow, reconciled_balance=money(0)),
        RECONCILE,
    )
    assert later.last_reconciled_date == tomorrow and later.reconciled_balance == money(0, "INR", "0.00")
    assert later.HasField("reconciled_balance")  # a zero statement balance is still set


def test_bad_reconciliation_is_refused_with_the_field_named_and_changes_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    good_day, good_balance = day("2026-03-31"), money(9_000)
    far = date_of(dt.datetime.now(dt.UTC).date() + dt.timedelta(days=3))
    cases: list[tuple[str, date_pb2.Date, common_pb2.Money, list[str]]] = [
        ("update_mask", good_day, good_balance, ["last_reconciled_date"]),
        ("update_mask", good_day, good_balance, ["reconciled_balance"]),
        ("account.last_reconciled_date", date_pb2.Date(), good_balance, RECONCILE),
        ("account.last_reconciled_date", date_pb2.Date(year=2026, month=2, day=30), good_balance, RECONCILE),
        ("account.last_reconciled_date", day("1899-12-31"), good_balance, RECONCILE),
        ("account.last_reconciled_date", far, good_balance, RECONCILE),
        ("account.reconciled_balance.currency_code", good_day, money(9_000, "USD"), RECONCILE),
        ("account.reconciled_balance.amount_decimal", good_day, money(decimal="90.001"), RECONCILE),
        ("account.reconciled_balance", good_day, money(10**15 + 1), RECONCILE),
    ]
    for field, date, balance, paths in cases:
        patch = acc.Account(id=account.id, last_reconciled_date=date, reconciled_balance=balance)
        violations = refused(client, patch, paths)
        assert field in violations, (field, violations)
    both = refused(
        client,
        acc.Account(id=account.id, last_reconciled_date=good_day, reconciled_balance=money(1, "", "0.01")),
        RECONCILE,
    )
    assert "reconciled_balance: set exactly one" in both.get("account", ""), both
    assert get(client, account) == account


def test_another_user_can_neither_reconcile_nor_read_an_account(conn: Connection) -> None:
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    account = open_account(alice, 10_000)
    reconciled = update(
        alice,
        acc.Account(id=account.id, last_reconciled_date=day("2026-03-31"), reconciled_balance=money(10_000)),
        RECONCILE,
    )
    stolen = acc.Account(id=account.id, last_reconciled_date=day("2026-04-30"), reconciled_balance=money(1))
    rpc_fails(lambda: update(bob, stolen, RECONCILE), grpc.StatusCode.NOT_FOUND, "ACCOUNT_NOT_FOUND")
    rpc_fails(lambda: get(bob, account), grpc.StatusCode.NOT_FOUND, "ACCOUNT_NOT_FOUND")
    assert get(alice, account) == reconciled


def test_a_retried_reconciliation_answers_like_the_first_and_applies_once(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    patch = acc.Account(
        id=account.id,
        etag=account.etag,
        last_reconciled_date=day("2026-03-31"),
        reconciled_balance=money(9_000),
    )
    request_id = str(uuid.uuid4())
    first = update(client, patch, RECONCILE, request_id=request_id)
    again = update(client, patch, RECONCILE, request_id=request_id)  # its etag is stale by now
    assert again == first == get(client, account)
