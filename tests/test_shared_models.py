"""The shared models are served, not only stored: the currency table through
CurrencyService/ListCurrencies and the error-reason catalog as the contract's ErrorReason enum,
each kept in step with its file in shared/ (a change to one side alone fails here)."""

from __future__ import annotations

import json
import re
import uuid
from decimal import Decimal
from typing import Any

import grpc
from google.protobuf import descriptor_pool
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import currencies_pb2, errors_pb2
from tests.ledger import INCOME, SALARY, expense_request, money, open_account, record
from tests.rpc_errors import error_info, rpc_fails
from tests.servers import ROOT, Connection

PREFIX = "ERROR_REASON_"
ERRORS_PROTO = ROOT / "proto" / "rupaya" / "v1" / "errors.proto"
# Each JSON column of shared/currencies.json and the Currency field that serves it.
CURRENCY_FIELDS = {"code": "code", "numeric": "numeric_code", "name": "name", "exponent": "exponent"}


def shared(name: str) -> Any:
    return json.loads((ROOT / "shared" / name).read_text())


def reasons_of(enum: Any) -> set[str]:
    """The reasons an ErrorReason descriptor names: value names without prefix or UNSPECIFIED."""
    assert all(value.name.startswith(PREFIX) for value in enum.values)
    return {value.name.removeprefix(PREFIX) for value in enum.values if value.number != 0}


def test_list_currencies_serves_shared_currencies_json_exactly_ordered_by_code(conn: Connection) -> None:
    client = conn.client()  # no token: the table is public
    served = client.currencies.ListCurrencies(currencies_pb2.ListCurrenciesRequest()).currencies
    table = shared("currencies.json")["currencies"]
    assert all(set(row) == set(CURRENCY_FIELDS) for row in table), "a column the contract does not serve"
    assert set(CURRENCY_FIELDS.values()) == {f.name for f in currencies_pb2.Currency.DESCRIPTOR.fields}
    expected = [
        {served_name: row[column] for column, served_name in CURRENCY_FIELDS.items()}
        for row in sorted(table, key=lambda row: row["code"])
    ]
    assert [
        {served_name: getattr(c, served_name) for served_name in CURRENCY_FIELDS.values()} for c in served
    ] == expected
    by_code = {c.code: c.exponent for c in served}
    assert (by_code["JPY"], by_code["INR"], by_code["KWD"]) == (0, 2, 3)


def test_served_exponents_are_the_ones_the_server_parses_amounts_with(conn: Connection) -> None:
    client = conn.client().sign_up()
    exponents = {
        c.code: c.exponent
        for c in client.currencies.ListCurrencies(currencies_pb2.ListCurrenciesRequest()).currencies
    }
    for code in ("JPY", "INR", "KWD"):
        account = open_account(client, currency=code)
        decimal = "7" if exponents[code] == 0 else "7." + "1" * exponents[code]
        income = record(
            client,
            expense_request(account, money(decimal=decimal, currency=code), kind=INCOME, category_id=SALARY),
        )
        assert income.amount.amount_minor == int(Decimal(decimal).scaleb(exponents[code])), code
        assert income.amount.amount_decimal == decimal


def test_error_reason_enum_served_by_reflection_names_exactly_the_reasons_of_errors_json(
    conn: Connection,
) -> None:
    pool = descriptor_pool.DescriptorPool(ProtoReflectionDescriptorDatabase(conn.client().channel))
    served = pool.FindEnumTypeByName("rupaya.v1.ErrorReason")
    catalog = set(shared("errors.json")["reasons"])
    assert reasons_of(served) == catalog, (
        f"only in errors.json: {sorted(catalog - reasons_of(served))}; "
        f"only in errors.proto: {sorted(reasons_of(served) - catalog)}"
    )
    assert served.values_by_number[0].name == f"{PREFIX}UNSPECIFIED"
    assert reasons_of(errors_pb2.ErrorReason.DESCRIPTOR) == catalog  # the generated code too


def test_error_reason_comments_state_the_catalog_message_code_and_status() -> None:
    """Each value's comment in errors.proto is what clients read in their generated code."""
    pairs = re.findall(r"((?:  //[^\n]*\n)+)  " + PREFIX + r"([A-Z_]+) = \d+;", ERRORS_PROTO.read_text())
    found = {reason: comment for comment, reason in pairs}
    catalog = shared("errors.json")["reasons"]
    assert set(found) == {*catalog, "UNSPECIFIED"}
    for reason, entry in catalog.items():
        expected = f"  // {entry['message']}\n  // gRPC {entry['grpc_code']}, HTTP {entry['http_status']}.\n"
        assert found[reason] == expected, reason


def test_a_real_errors_reason_maps_to_an_error_reason_value_with_the_catalog_code(conn: Connection) -> None:
    client = conn.client()
    missing = acc.GetAccountRequest(id=str(uuid.uuid4()))
    without_token = rpc_fails(lambda: client.accounts.GetAccount(missing), grpc.StatusCode.UNAUTHENTICATED)
    client.sign_up()
    not_found = rpc_fails(
        lambda: client.accounts.GetAccount(missing, metadata=client.md()), grpc.StatusCode.NOT_FOUND
    )
    catalog = shared("errors.json")["reasons"]
    for error, expected in (
        (without_token, errors_pb2.ERROR_REASON_UNAUTHENTICATED),
        (not_found, errors_pb2.ERROR_REASON_ACCOUNT_NOT_FOUND),
    ):
        reason = error_info(error).reason
        assert errors_pb2.ErrorReason.Value(PREFIX + reason) == expected  # how a client maps it
        assert error.code().name == catalog[reason]["grpc_code"]
