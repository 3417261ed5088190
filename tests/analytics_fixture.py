"""A hand-computed ledger for analytics tests, built through real RPCs.

User: INR checking "bank" (opening 10,000.00), INR credit "card" (opening 0), USD savings
(opening 500.00); the first account (bank) makes INR the default base currency.

  2026-02-01 income   Salary      400,000 INR bank
  2026-02-28 expense  Groceries     3,000 INR bank
  2026-03-01 income   Salary      500,000 INR bank               (first day of March)
  2026-03-05 expense  Groceries     2,550 USD savings  "Whole Foods"
  2026-03-10 expense  Dining        1,500 INR card     "Cafe"
  2026-03-12 expense  Groceries    99,999 INR bank     "Fresh Mart"  DELETED: never counts
  2026-03-15 expense  Restaurants   4,500 INR card     "Bistro"  (sub-category of Dining)
  2026-03-20 expense  split        10,000 INR bank     "Fresh Mart": Groceries 6,000 + Coffee 4,000
  2026-03-25 transfer bank -> card  5,000 INR                    (never income or expense)
  2026-03-26 transfer bank -> USD  84,000 INR -> 1,000 USD       (never income or expense)
  2026-03-31 expense  Groceries    12,345 INR bank     "Fresh Mart"  (last day of March)
  2026-03-31 income   Salary       10,000 USD savings
  2026-04-01 expense  Groceries     7,000 INR card                (first day of April)

Rates USD -> INR: 80 from 2026-01-01, 83.47 from 2026-03-01, 90 from 2026-04-01.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import exchange_rates_pb2 as fx
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import users_pb2 as us
from tests.ledger import (
    DINING,
    GROCERIES,
    INCOME,
    RESTAURANTS,
    SALARY,
    TRANSFER,
    day,
    expense_request,
    money,
    open_account,
    record,
    system_category,
)
from tests.servers import Client

COFFEE = system_category("Coffee")


@dataclass
class Ledger:
    bank: acc.Account
    card: acc.Account
    savings: acc.Account


def set_rate(client: Client, currency: str, base: str, rate: str, effective: str) -> fx.ExchangeRate:
    return client.exchange_rates.SetExchangeRate(
        fx.SetExchangeRateRequest(
            request_id=str(uuid.uuid4()),
            currency_code=currency,
            base_currency_code=base,
            rate=rate,
            effective_date=day(effective),
        ),
        metadata=client.md(),
    ).exchange_rate


def income(client: Client, account: acc.Account, amount: int, on: str) -> tx.Transaction:
    return record(
        client,
        expense_request(account, amount, kind=INCOME, category_id=SALARY, occurred_on=day(on)),
    )


def transfer(
    client: Client, source: acc.Account, target: acc.Account, amount: int, to_amount: int, on: str
) -> None:
    record(
        client,
        tx.CreateTransactionRequest(
            request_id=str(uuid.uuid4()),
            kind=TRANSFER,
            account_id=source.id,
            amount=money(amount, source.currency_code),
            to_account_id=target.id,
            to_amount=money(to_amount, target.currency_code),
            occurred_on=day(on),
        ),
    )


def build(client: Client) -> Ledger:
    # Converted totals default to the profile's base currency.
    client.users.UpdateProfile(
        us.UpdateProfileRequest(
            profile=us.Profile(base_currency="INR"),
            update_mask=field_mask_pb2.FieldMask(paths=["base_currency"]),
        ),
        metadata=client.md(),
    )
    bank = open_account(client, balance=1_000_000, currency="INR")
    card = open_account(client, balance=0, currency="INR", kind=acc.ACCOUNT_TYPE_CREDIT_CARD)
    savings = open_account(client, balance=50_000, currency="USD", kind=acc.ACCOUNT_TYPE_SAVINGS)

    def spend(
        account: acc.Account, amount: int, on: str, category: str = GROCERIES, payee: str = ""
    ) -> tx.Transaction:
        return record(
            client, expense_request(account, amount, occurred_on=day(on), category_id=category, payee=payee)
        )

    income(client, bank, 400_000, "2026-02-01")
    spend(bank, 3_000, "2026-02-28")
    income(client, bank, 500_000, "2026-03-01")
    spend(savings, 2_550, "2026-03-05", payee="Whole Foods")
    spend(card, 1_500, "2026-03-10", DINING, "Cafe")
    gone = spend(bank, 99_999, "2026-03-12", payee="Fresh Mart")
    client.transactions.DeleteTransaction(tx.DeleteTransactionRequest(id=gone.id), metadata=client.md())
    spend(card, 4_500, "2026-03-15", RESTAURANTS, "Bistro")
    record(
        client,
        expense_request(
            bank,
            10_000,
            occurred_on=day("2026-03-20"),
            category_id="",
            payee="Fresh Mart",
            splits=[
                tx.SplitLine(category_id=GROCERIES, amount=money(6_000)),
                tx.SplitLine(category_id=COFFEE, amount=money(4_000)),
            ],
        ),
    )
    transfer(client, bank, card, 5_000, 5_000, "2026-03-25")
    transfer(client, bank, savings, 84_000, 1_000, "2026-03-26")
    spend(bank, 12_345, "2026-03-31", payee="Fresh Mart")
    income(client, savings, 10_000, "2026-03-31")
    spend(card, 7_000, "2026-04-01")
    set_rate(client, "USD", "INR", "80", "2026-01-01")
    set_rate(client, "USD", "INR", "83.47", "2026-03-01")
    set_rate(client, "USD", "INR", "90", "2026-04-01")
    return Ledger(bank, card, savings)
