"""Hostile input gets a typed refusal, never INTERNAL/UNKNOWN, and changes nothing: violations
inside repeated fields, bodies that are not protobuf, control characters in text, foreign ids in
list filters, a refresh token that is really an access token, and the health service's List."""

from __future__ import annotations

import time
import uuid

import grpc
import pytest
from google.type import date_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import auth_pb2
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import GROCERIES, expense_request, money, open_account, walk
from tests.ops import eventually, json_lines, sample, scrape
from tests.rpc_errors import error_info, field_violations, rpc_fails
from tests.servers import Connection, ServerProcess

INVALID = grpc.StatusCode.INVALID_ARGUMENT


@pytest.mark.parametrize(
    ("fields", "violated"),
    [
        ({"tags": ["food", ""]}, "tags[1]"),
        ({"tags": ["food", "x" * 33]}, "tags[1]"),
        ({"tags": ["food", "food"]}, "tags"),
        ({"tags": [f"t{i}" for i in range(21)]}, "tags"),
        ({"splits": [tx.SplitLine()]}, "splits[0].amount"),
        ({"splits": [tx.SplitLine(category_id=GROCERIES, amount=money(1_000))] * 51}, "splits"),
    ],
)
def test_a_bad_element_of_a_repeated_field_is_named_and_nothing_is_written(
    conn: Connection, fields: dict[str, object], violated: str
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 50_000)
    error = rpc_fails(
        lambda: client.transactions.CreateTransaction(
            expense_request(account, 1_000, **fields), metadata=client.md()
        ),
        INVALID,
        "VALIDATION_FAILED",
    )
    assert violated in field_violations(error)
    assert walk(client, show_deleted=True) == []


@pytest.mark.parametrize(
    "body",
    [
        b"\x0a\x05ab",  # a length-delimited field cut short
        b"\xff\xff\xff\xff",  # not a wire format at all
        b"\x0a\x02\xff\xfe",  # field 1 (a string) holding invalid UTF-8
    ],
)
def test_a_body_that_is_not_the_methods_message_is_invalid_argument_with_a_rate_limited_warning(
    conn: Connection, server: ServerProcess, body: bytes
) -> None:
    client = conn.client().sign_up()
    send = client.channel.unary_unary("/rupaya.v1.AccountService/CreateAccount")
    for _ in range(5):
        error = rpc_fails(lambda: send(body, metadata=client.md()), INVALID, "MALFORMED_REQUEST")
        assert "Error parsing" not in (error.details() or "")  # no decoder internals
    assert client.accounts.ListAccounts(acc.ListAccountsRequest(), metadata=client.md()).accounts == []
    eventually(lambda: "malformed request body refused" in server.log(), what="warning written")
    assert "Traceback" not in server.log()
    # Sixty seconds between warnings: this test's five calls (and the other bodies') give at most one.
    warnings = [
        line for line in json_lines(server.log()) if line.get("event") == "malformed request body refused"
    ]
    assert len(warnings) <= 1 + sum(1 for line in warnings if line.get("since_last", 0) > 0)


def test_a_malformed_body_without_a_token_is_unauthenticated_first(conn: Connection) -> None:
    client = conn.client()
    send = client.channel.unary_unary("/rupaya.v1.AccountService/ListAccounts")
    rpc_fails(lambda: send(b"\xff\xff"), grpc.StatusCode.UNAUTHENTICATED, "UNAUTHENTICATED")


@pytest.mark.parametrize(
    ("fields", "violated"),
    [
        ({"payee": "Fresh\x00Mart"}, "payee"),
        ({"payee": "Fresh\nMart"}, "payee"),
        ({"description": "weekly\x1bshop"}, "description"),
        ({"tags": ["food", "ba\x00d"]}, "tags[1]"),
        ({"notes": "line one\x00"}, "notes"),
        (
            {"splits": [tx.SplitLine(category_id=GROCERIES, amount=money(1_000), note="a\x07")]},
            "splits[0].note",
        ),
    ],
)
def test_control_characters_in_ledger_text_are_refused_on_both_backends(
    conn: Connection, fields: dict[str, object], violated: str
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 50_000)
    error = rpc_fails(
        lambda: client.transactions.CreateTransaction(
            expense_request(account, 1_000, **fields), metadata=client.md()
        ),
        INVALID,
        "VALIDATION_FAILED",
    )
    assert "control characters" in field_violations(error)[violated]
    assert walk(client, show_deleted=True) == []


def test_notes_keep_their_line_breaks_and_tabs(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 50_000)
    notes = "line one\r\nline two\tindented"
    created = client.transactions.CreateTransaction(
        expense_request(account, 1_000, notes=notes), metadata=client.md()
    )
    assert created.transaction.notes == notes


def test_control_characters_in_names_emails_and_updates_are_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    rpc_fails(
        lambda: client.accounts.CreateAccount(
            acc.CreateAccountRequest(
                request_id=str(uuid.uuid4()),
                name="Every\x00day",
                type=acc.ACCOUNT_TYPE_CASH,
                currency_code="INR",
            ),
            metadata=client.md(),
        ),
        INVALID,
        "VALIDATION_FAILED",
    )
    assert client.accounts.ListAccounts(acc.ListAccountsRequest(), metadata=client.md()).accounts == []
    error = rpc_fails(
        lambda: client.auth.SignIn(auth_pb2.SignInRequest(email="a\x00@example.com", password="x")),
        INVALID,
        "VALIDATION_FAILED",
    )
    assert "email" in field_violations(error)
    account = open_account(client, 50_000)
    created = client.transactions.CreateTransaction(
        expense_request(account, 1_000), metadata=client.md()
    ).transaction
    patch = tx.Transaction(id=created.id, payee="x\x00", tags=["a" * 40])
    error = rpc_fails(
        lambda: client.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(transaction=patch, update_mask={"paths": ["payee", "tags"]}),
            metadata=client.md(),
        ),
        INVALID,
        "VALIDATION_FAILED",
    )
    assert {"transaction.payee", "transaction.tags[0]"} <= set(field_violations(error))
    assert walk(client, show_deleted=True)[0].payee == created.payee


def test_a_list_filtered_by_another_users_account_or_category_is_not_found(conn: Connection) -> None:
    owner, other = conn.client().sign_up(), conn.client().sign_up()
    account = open_account(owner, 50_000)
    owner.transactions.CreateTransaction(expense_request(account, 1_000), metadata=owner.md())
    rpc_fails(
        lambda: other.transactions.ListTransactions(
            tx.ListTransactionsRequest(account_id=account.id), metadata=other.md()
        ),
        grpc.StatusCode.NOT_FOUND,
        "ACCOUNT_NOT_FOUND",
    )
    foreign_category = owner.categories.CreateCategory(
        cat.CreateCategoryRequest(request_id=str(uuid.uuid4()), name="Mine", kind=cat.CATEGORY_KIND_EXPENSE),
        metadata=owner.md(),
    ).category
    rpc_fails(
        lambda: other.transactions.ListTransactions(
            tx.ListTransactionsRequest(category_id=foreign_category.id), metadata=other.md()
        ),
        grpc.StatusCode.NOT_FOUND,
        "CATEGORY_NOT_FOUND",
    )
    # The owner's own filters and the system categories still list.
    assert (
        len(
            owner.transactions.ListTransactions(
                tx.ListTransactionsRequest(account_id=account.id), metadata=owner.md()
            ).transactions
        )
        == 1
    )
    assert (
        len(
            owner.transactions.ListTransactions(
                tx.ListTransactionsRequest(category_id=GROCERIES), metadata=owner.md()
            ).transactions
        )
        == 1
    )


def test_an_access_token_sent_as_refresh_token_is_unauthenticated(conn: Connection) -> None:
    client = conn.client().sign_up()
    for token in (client.token, "short", ""):
        rpc_fails(
            lambda token=token: client.auth.RefreshToken(auth_pb2.RefreshTokenRequest(refresh_token=token)),
            grpc.StatusCode.UNAUTHENTICATED,
            "REFRESH_TOKEN_INVALID",
        )


def test_health_list_answers_and_an_unknown_service_carries_error_info(conn: Connection) -> None:
    client = conn.client()
    health = health_pb2_grpc.HealthStub(client.channel)
    statuses = health.List(health_pb2.HealthListRequest()).statuses
    assert statuses[""].status == health_pb2.HealthCheckResponse.SERVING
    assert statuses["rupaya.v1.TransactionService"].status == health_pb2.HealthCheckResponse.SERVING
    error = rpc_fails(
        lambda: health.Check(health_pb2.HealthCheckRequest(service="no.such.Service")),
        grpc.StatusCode.NOT_FOUND,
    )
    assert error_info(error).reason == "HEALTH_SERVICE_UNKNOWN"


def _access_code(server: ServerProcess, request_id: str) -> str | None:
    lines = [line for line in json_lines(server.log()) if line.get("request_id") == request_id]
    return str(lines[0]["code"]) if lines else None


def test_calls_past_their_deadline_or_cancelled_are_logged_and_counted_as_such(
    conn: Connection, server: ServerProcess
) -> None:
    client = conn.client()

    def sign_up(request_id: str) -> tuple[auth_pb2.SignUpRequest, list[tuple[str, str]]]:
        request = auth_pb2.SignUpRequest(
            email=f"late-{uuid.uuid4().hex[:8]}@example.com", password="correct horse battery staple"
        )
        return request, [("x-request-id", request_id)]

    before = scrape(server.metrics_port)
    late = f"late-{uuid.uuid4()}"
    request, md = sign_up(late)
    rpc_fails(
        lambda: client.auth.SignUp(request, metadata=md, timeout=0.02), grpc.StatusCode.DEADLINE_EXCEEDED
    )
    gone = f"gone-{uuid.uuid4()}"
    request, md = sign_up(gone)
    future = client.auth.SignUp.future(request, metadata=md)
    time.sleep(0.02)
    future.cancel()
    eventually(
        lambda: _access_code(server, late) is not None and _access_code(server, gone) is not None,
        timeout_s=60,  # each line is written when its handler ends: an argon2id hash, slow on a loaded machine
        what="access lines",
    )
    assert _access_code(server, late) == "DEADLINE_EXCEEDED"
    assert _access_code(server, gone) == "CANCELLED"
    after = scrape(server.metrics_port)
    method = {"grpc_service": "rupaya.v1.AuthService", "grpc_method": "SignUp"}

    def counted(code: str) -> float:
        return sample(after, "grpc_server_handled_total", **method, grpc_code=code) - sample(
            before, "grpc_server_handled_total", **method, grpc_code=code
        )

    assert counted("UNKNOWN") == 0
    assert counted("DEADLINE_EXCEEDED") == 1
    assert counted("CANCELLED") == 1


@pytest.mark.parametrize("year", [1, 1899, 3000, 9999])
def test_a_day_outside_the_supported_years_is_a_field_violation_everywhere(
    conn: Connection, year: int
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 50_000)
    far = date_pb2.Date(year=year, month=12 if year > 2000 else 1, day=31 if year > 2000 else 1)
    error = rpc_fails(
        lambda: client.transactions.CreateTransaction(
            expense_request(account, 1_000, occurred_on=far), metadata=client.md()
        ),
        INVALID,
        "VALIDATION_FAILED",
    )
    assert "occurred_on" in field_violations(error)
    for period in (an.ANALYTICS_PERIOD_MONTH, an.ANALYTICS_PERIOD_YEAR):
        error = rpc_fails(
            lambda period=period: client.analytics.GetDashboard(
                an.GetDashboardRequest(period=period, date=far), metadata=client.md()
            ),
            INVALID,
            "VALIDATION_FAILED",
        )
        assert "date" in field_violations(error)
    assert walk(client, show_deleted=True) == []


def test_an_unknown_health_service_with_a_long_name_still_gets_its_typed_reply(conn: Connection) -> None:
    health = health_pb2_grpc.HealthStub(conn.client().channel)
    error = rpc_fails(
        lambda: health.Check(health_pb2.HealthCheckRequest(service="x" * 10_000)), grpc.StatusCode.NOT_FOUND
    )
    assert error_info(error).reason == "HEALTH_SERVICE_UNKNOWN"


def test_thousands_of_bad_list_items_get_a_typed_reply_with_the_first_violations(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 50_000)
    error = rpc_fails(
        lambda: client.transactions.CreateTransaction(
            expense_request(account, 1_000, splits=[tx.SplitLine()] * 5_000), metadata=client.md()
        ),
        INVALID,
        "VALIDATION_FAILED",
    )
    violations = field_violations(error)
    assert "splits" in violations and len(violations) == 50
    assert int(error_info(error).metadata["field_violations_total"]) > 5_000
    assert walk(client, show_deleted=True) == []
