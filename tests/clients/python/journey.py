"""A small backend client on gen/python (messages + grpc stubs) over a real gRPC channel, run
against a live server by tests/test_python_client.py, which asserts on the lines it prints.
docs/clients.md quotes it.

    PYTHONPATH=gen/python python journey.py HOST:PORT CATEGORY_ID
"""

from __future__ import annotations

import functools
import pathlib
import sys
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

import grpc
from google.rpc import error_details_pb2
from google.type import date_pb2
from grpc_status import rpc_status

from rupaya.v1 import (
    accounts_pb2,
    accounts_pb2_grpc,
    auth_pb2,
    auth_pb2_grpc,
    common_pb2,
    transactions_pb2,
    transactions_pb2_grpc,
)

T = TypeVar("T")
PASSWORD = "correct horse battery staple"


# --- errors: the ErrorInfo reason says what happened, BadRequest says which fields ---
def describe(error: grpc.RpcError) -> tuple[str, list[tuple[str, str]]]:
    """The ErrorInfo reason and the BadRequest field violations of a failed call."""
    status = rpc_status.from_call(error)  # the google.rpc.Status in the grpc-status-details-bin trailer
    reason, violations = "", []
    for detail in status.details if status else []:
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            reason = info.reason
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            violations += [(v.field, v.description) for v in bad.field_violations]
    return reason, violations


# --- retrying a mutation safely: the same request (and request_id) every time ---
RETRYABLE = {
    grpc.StatusCode.UNAVAILABLE,
    grpc.StatusCode.DEADLINE_EXCEEDED,
    grpc.StatusCode.RESOURCE_EXHAUSTED,
}


def with_retries(send: Callable[[], T], attempts: int = 3) -> T:
    """The server applies a request_id once and answers a repeat with the first result, so
    retrying after a lost reply or a deadline cannot double-book."""
    for attempt in range(1, attempts + 1):
        try:
            return send()
        except grpc.RpcError as error:
            if error.code() not in RETRYABLE or attempt == attempts:
                raise
            time.sleep(0.2 * 2**attempt)
    raise AssertionError("unreachable")


def main(target: str, category_id: str, ca_file: str) -> None:
    # TLS, trusting the server's CA (a certificate from a public CA needs no file: credentials())
    credentials = grpc.ssl_channel_credentials(pathlib.Path(ca_file).read_bytes())
    channel = grpc.secure_channel(target, credentials)
    auth = auth_pb2_grpc.AuthServiceStub(channel)
    accounts = accounts_pb2_grpc.AccountServiceStub(channel)
    transactions = transactions_pb2_grpc.TransactionServiceStub(channel)

    # --- authentication: sign up, then send the access token with every call ---
    device = common_pb2.DeviceInfo(
        device_id="batch-1", device_name="Importer", platform=common_pb2.PLATFORM_WEB
    )
    signed_up = auth.SignUp(
        auth_pb2.SignUpRequest(email=f"py-{uuid.uuid4()}@example.com", password=PASSWORD, device=device)
    )
    token = signed_up.tokens.access_token
    print(f"signed_up user={signed_up.user_id}")

    def md() -> list[tuple[str, str]]:
        return [("authorization", f"Bearer {token}")]

    inr = common_pb2.Money(amount_minor=10_000, currency_code="INR")  # int64 minor units, never a float
    create = accounts_pb2.CreateAccountRequest(
        request_id=str(uuid.uuid4()),
        name="Wallet",
        type=accounts_pb2.ACCOUNT_TYPE_CHECKING,
        currency_code="INR",
        opening_balance=inr,
    )
    account = with_retries(lambda: accounts.CreateAccount(create, metadata=md(), timeout=10)).account
    print(f"account id={account.id} balance={account.current_balance.amount_minor}")

    def expense(minor: int) -> transactions_pb2.CreateTransactionRequest:
        return transactions_pb2.CreateTransactionRequest(
            request_id=str(uuid.uuid4()),
            kind=transactions_pb2.TRANSACTION_KIND_EXPENSE,
            account_id=account.id,
            amount=common_pb2.Money(amount_minor=minor, currency_code="INR"),
            category_id=category_id,
            occurred_on=date_pb2.Date(year=2026, month=3, day=15),
        )

    first = expense(1_250)
    created = with_retries(lambda: transactions.CreateTransaction(first, metadata=md(), timeout=10))
    retried = with_retries(lambda: transactions.CreateTransaction(first, metadata=md(), timeout=10))
    print(f"expense id={created.transaction.id} retry_id={retried.transaction.id}")
    for _ in range(4):
        with_retries(
            functools.partial(transactions.CreateTransaction, expense(100), metadata=md(), timeout=10)
        )

    # --- paging: pass next_page_token back as page_token until it is empty ---
    pages = listed = 0
    page_token = ""
    while True:
        page = transactions.ListTransactions(
            transactions_pb2.ListTransactionsRequest(
                account_id=account.id, page_size=2, page_token=page_token
            ),
            metadata=md(),
        )
        pages, listed = pages + 1, listed + len(page.transactions)
        page_token = page.next_page_token
        if not page_token:
            break
    print(f"listed transactions={listed} pages={pages}")
    balance = accounts.GetAccount(accounts_pb2.GetAccountRequest(id=account.id), metadata=md()).account
    print(
        f"balance minor={balance.current_balance.amount_minor} currency={balance.current_balance.currency_code}"
    )

    try:
        invalid = accounts_pb2.CreateAccountRequest(
            request_id=str(uuid.uuid4()),
            name="",
            type=accounts_pb2.ACCOUNT_TYPE_CHECKING,
            currency_code="inr",
        )
        accounts.CreateAccount(invalid, metadata=md())
        print("invalid accepted")
    except grpc.RpcError as error:
        reason, violations = describe(error)
        print(f"invalid code={error.code().name} reason={reason}")
        for field, description in violations:
            print(f"invalid violation field={field} description={description.replace(' ', '_')}")
    try:
        accounts.GetAccount(accounts_pb2.GetAccountRequest(id=str(uuid.uuid4())), metadata=md())
        print("missing found")
    except grpc.RpcError as error:
        print(f"missing code={error.code().name} reason={describe(error)[0]}")

    # --- refresh rotation: each refresh token works once; keep the new one ---
    old_refresh = signed_up.tokens.refresh_token
    rotated = auth.RefreshToken(auth_pb2.RefreshTokenRequest(refresh_token=old_refresh)).tokens
    token = rotated.access_token
    print(f"refreshed new_refresh={str(rotated.refresh_token != old_refresh).lower()}")
    try:
        # Presenting a used refresh token again (a stolen copy) ends the whole session.
        auth.RefreshToken(auth_pb2.RefreshTokenRequest(refresh_token=old_refresh))
        print("reuse accepted")
    except grpc.RpcError as error:
        print(f"reuse code={error.code().name} reason={describe(error)[0]}")
    channel.close()
    print("done")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
