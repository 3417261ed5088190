"""Helpers for ledger tests: accounts, transactions and categories made through real RPCs."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import uuid

from google.type import date_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import common_pb2
from rupaya.v1 import transactions_pb2 as tx
from tests.servers import ROOT, Client

INCOME, EXPENSE, TRANSFER = (
    tx.TRANSACTION_KIND_INCOME,
    tx.TRANSACTION_KIND_EXPENSE,
    tx.TRANSACTION_KIND_TRANSFER,
)


def system_category(name: str) -> str:
    data = json.loads(pathlib.Path(ROOT / "shared" / "categories.json").read_text())
    return next(c["id"] for c in data["categories"] if c["name"] == name)


GROCERIES = system_category("Groceries")
DINING = system_category("Dining")
RESTAURANTS = system_category("Restaurants")
SALARY = system_category("Salary")


def day(text: str = "2026-03-15") -> date_pb2.Date:
    value = dt.date.fromisoformat(text)
    return date_pb2.Date(year=value.year, month=value.month, day=value.day)


def money(amount_minor: int = 0, currency: str = "", decimal: str = "") -> common_pb2.Money:
    return common_pb2.Money(amount_minor=amount_minor, currency_code=currency, amount_decimal=decimal)


def open_account(
    client: Client,
    balance: int | common_pb2.Money = 0,
    currency: str = "INR",
    kind: int = acc.ACCOUNT_TYPE_CHECKING,
    **extra: object,
) -> acc.Account:
    request = acc.CreateAccountRequest(
        request_id=str(uuid.uuid4()),
        name=f"{currency} account",
        type=kind,  # type: ignore[arg-type]
        currency_code=currency,
        opening_balance=balance if isinstance(balance, common_pb2.Money) else money(balance),
        **extra,  # type: ignore[arg-type]
    )
    return client.accounts.CreateAccount(request, metadata=client.md()).account


def expense_request(
    account: acc.Account, amount: int | common_pb2.Money, **fields: object
) -> tx.CreateTransactionRequest:
    values: dict[str, object] = {
        "request_id": str(uuid.uuid4()),
        "kind": EXPENSE,
        "account_id": account.id,
        "amount": amount if isinstance(amount, common_pb2.Money) else money(amount, account.currency_code),
        "occurred_on": day(),
        "category_id": GROCERIES,
    }
    values.update(fields)
    return tx.CreateTransactionRequest(**values)  # type: ignore[arg-type]


def record(client: Client, request: tx.CreateTransactionRequest) -> tx.Transaction:
    return client.transactions.CreateTransaction(request, metadata=client.md()).transaction


def balance(client: Client, account: acc.Account) -> int:
    return client.accounts.GetAccount(
        acc.GetAccountRequest(id=account.id), metadata=client.md()
    ).account.current_balance.amount_minor


def walk(client: Client, page_size: int = 0, **filters: object) -> list[tx.Transaction]:
    found: list[tx.Transaction] = []
    token = ""
    while True:
        reply = client.transactions.ListTransactions(
            tx.ListTransactionsRequest(page_size=page_size, page_token=token, **filters),  # type: ignore[arg-type]
            metadata=client.md(),
        )
        found.extend(reply.transactions)
        token = reply.next_page_token
        if not token:
            return found
