"""AccountService over a real channel: CRUD, isolation, validation, etags, idempotency."""

from __future__ import annotations

import threading
import uuid

import grpc
from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as pb
from tests.ledger import money
from tests.rpc_errors import field_violations, precondition_failures, rpc_fails
from tests.servers import Client, Connection


def new_request(**overrides: object) -> pb.CreateAccountRequest:
    fields: dict[str, object] = {
        "request_id": str(uuid.uuid4()),
        "name": "Everyday",
        "type": pb.ACCOUNT_TYPE_CHECKING,
        "currency_code": "INR",
        "opening_balance": money(150_000),
    }
    fields.update(overrides)
    return pb.CreateAccountRequest(**fields)  # type: ignore[arg-type]


def create(client: Client, **overrides: object) -> pb.Account:
    return client.accounts.CreateAccount(new_request(**overrides), metadata=client.md()).account


def list_all(client: Client, page_size: int = 0, include_archived: bool = False) -> list[pb.Account]:
    accounts: list[pb.Account] = []
    token = ""
    while True:
        reply = client.accounts.ListAccounts(
            pb.ListAccountsRequest(page_size=page_size, page_token=token, include_archived=include_archived),
            metadata=client.md(),
        )
        accounts.extend(reply.accounts)
        token = reply.next_page_token
        if not token:
            return accounts


def test_created_account_is_readable_listed_and_first_is_default(conn: Connection) -> None:
    client = conn.client().sign_up()
    first = create(
        client, name="Wallet", type=pb.ACCOUNT_TYPE_CASH, currency_code="JPY", opening_balance=money(5000)
    )
    second = create(client, name="Card", type=pb.ACCOUNT_TYPE_CREDIT_CARD, opening_balance=money(-2500))
    assert first.is_default and not second.is_default
    assert first.current_balance == money(5000, "JPY", "5000") and first.currency_code == "JPY"
    assert second.current_balance == second.opening_balance == money(-2500, "INR", "-25.00")
    fetched = client.accounts.GetAccount(pb.GetAccountRequest(id=first.id), metadata=client.md()).account
    assert fetched == first
    assert [a.id for a in list_all(client)] == [first.id, second.id]


def test_other_users_accounts_are_not_found_for_get_update_delete(conn: Connection) -> None:
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    account = create(alice)
    update = pb.UpdateAccountRequest(
        account=pb.Account(id=account.id, name="stolen"), update_mask=field_mask_pb2.FieldMask(paths=["name"])
    )
    rpc_fails(
        lambda: bob.accounts.GetAccount(pb.GetAccountRequest(id=account.id), metadata=bob.md()),
        grpc.StatusCode.NOT_FOUND,
        "ACCOUNT_NOT_FOUND",
    )
    rpc_fails(lambda: bob.accounts.UpdateAccount(update, metadata=bob.md()), grpc.StatusCode.NOT_FOUND)
    rpc_fails(
        lambda: bob.accounts.DeleteAccount(pb.DeleteAccountRequest(id=account.id), metadata=bob.md()),
        grpc.StatusCode.NOT_FOUND,
    )
    assert list_all(bob) == []
    assert (
        alice.accounts.GetAccount(pb.GetAccountRequest(id=account.id), metadata=alice.md()).account == account
    )


def test_invalid_create_requests_are_refused_with_field_violations_and_write_nothing(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    cases = {
        "currency_code": new_request(currency_code="usd"),
        "name": new_request(name=""),
        "type": new_request(type=99),
        "request_id": new_request(request_id="not-a-uuid"),
        "color": new_request(color="red"),
    }
    for field, request in cases.items():
        error = rpc_fails(
            lambda r=request: client.accounts.CreateAccount(r, metadata=client.md()),
            grpc.StatusCode.INVALID_ARGUMENT,
            "VALIDATION_FAILED",
        )
        assert field in field_violations(error), field
    unknown = rpc_fails(
        lambda: client.accounts.CreateAccount(new_request(currency_code="ZZZ"), metadata=client.md()),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "currency_code" in field_violations(unknown)
    negative_cash = rpc_fails(
        lambda: client.accounts.CreateAccount(new_request(opening_balance=money(-1)), metadata=client.md()),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "opening_balance" in field_violations(negative_cash)
    assert list_all(client) == []
    assert conn.server.backend.count("accounts", "user_id = :u", u=_db_uuid(conn, client.user_id)) == 0


def test_negative_page_size_and_foreign_page_token_are_invalid(conn: Connection) -> None:
    client = conn.client().sign_up()
    error = rpc_fails(
        lambda: client.accounts.ListAccounts(pb.ListAccountsRequest(page_size=-1), metadata=client.md()),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "page_size" in field_violations(error)
    rpc_fails(
        lambda: client.accounts.ListAccounts(
            pb.ListAccountsRequest(page_token="garbage"), metadata=client.md()
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_PAGE_TOKEN",
    )


def test_pages_return_every_account_once(conn: Connection) -> None:
    client = conn.client().sign_up()
    created = [create(client, name=f"Account {i}").id for i in range(7)]
    first = client.accounts.ListAccounts(pb.ListAccountsRequest(page_size=3), metadata=client.md())
    assert len(first.accounts) == 3 and first.next_page_token
    walked = [a.id for a in list_all(client, page_size=3)]
    assert walked == created
    # A token from a list with other filters is refused rather than misread.
    rpc_fails(
        lambda: client.accounts.ListAccounts(
            pb.ListAccountsRequest(page_token=first.next_page_token, include_archived=True),
            metadata=client.md(),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_PAGE_TOKEN",
    )


def test_update_applies_only_masked_fields_and_moves_current_with_opening(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = create(client, opening_balance=money(1000))
    reply = client.accounts.UpdateAccount(
        pb.UpdateAccountRequest(
            account=pb.Account(id=account.id, name="Renamed", icon="ignored", opening_balance=money(1500)),
            update_mask=field_mask_pb2.FieldMask(paths=["name", "opening_balance"]),
        ),
        metadata=client.md(),
    ).account
    assert reply.name == "Renamed" and reply.icon == "" and reply.etag != account.etag
    assert reply.opening_balance == reply.current_balance == money(1500, "INR", "15.00")


def test_stale_etag_is_aborted_with_precondition_failure_and_changes_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = create(client)
    mask = field_mask_pb2.FieldMask(paths=["name"])
    client.accounts.UpdateAccount(
        pb.UpdateAccountRequest(
            account=pb.Account(id=account.id, name="First", etag=account.etag), update_mask=mask
        ),
        metadata=client.md(),
    )
    error = rpc_fails(
        lambda: client.accounts.UpdateAccount(
            pb.UpdateAccountRequest(
                account=pb.Account(id=account.id, name="Second", etag=account.etag), update_mask=mask
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.ABORTED,
        "ETAG_MISMATCH",
    )
    assert [v.type for v in precondition_failures(error)] == ["ETAG"]
    rpc_fails(
        lambda: client.accounts.DeleteAccount(
            pb.DeleteAccountRequest(id=account.id, etag=account.etag), metadata=client.md()
        ),
        grpc.StatusCode.ABORTED,
    )
    current = client.accounts.GetAccount(pb.GetAccountRequest(id=account.id), metadata=client.md()).account
    assert current.name == "First"


def test_concurrent_updates_with_one_etag_let_exactly_one_win(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = create(client)
    outcomes: list[grpc.StatusCode] = []

    def rename(i: int) -> None:
        try:
            client.accounts.UpdateAccount(
                pb.UpdateAccountRequest(
                    account=pb.Account(id=account.id, name=f"Writer {i}", etag=account.etag),
                    update_mask=field_mask_pb2.FieldMask(paths=["name"]),
                ),
                metadata=client.md(),
            )
            outcomes.append(grpc.StatusCode.OK)
        except grpc.RpcError as error:
            outcomes.append(error.code())

    threads = [threading.Thread(target=rename, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count(grpc.StatusCode.OK) == 1
    assert outcomes.count(grpc.StatusCode.ABORTED) == 7


def test_retried_create_returns_the_first_account_and_other_payload_is_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    request = new_request()
    first = client.accounts.CreateAccount(request, metadata=client.md()).account
    again = client.accounts.CreateAccount(request, metadata=client.md()).account
    assert again == first
    rpc_fails(
        lambda: client.accounts.CreateAccount(
            new_request(request_id=request.request_id, opening_balance=money(999)), metadata=client.md()
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "IDEMPOTENCY_KEY_REUSED",
    )
    assert [a.id for a in list_all(client)] == [first.id]


def test_concurrent_retries_of_one_create_make_one_account(conn: Connection) -> None:
    client = conn.client().sign_up()
    request = new_request()
    ids: list[str] = []
    errors: list[grpc.RpcError] = []

    def send() -> None:
        try:
            ids.append(client.accounts.CreateAccount(request, metadata=client.md()).account.id)
        except grpc.RpcError as error:
            errors.append(error)

    threads = [threading.Thread(target=send) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(ids) == 10 and len(set(ids)) == 1
    assert conn.server.backend.count("accounts", "user_id = :u", u=_db_uuid(conn, client.user_id)) == 1


def test_the_same_request_id_of_another_user_is_independent(conn: Connection) -> None:
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    request = new_request()
    a = alice.accounts.CreateAccount(request, metadata=alice.md()).account
    b = bob.accounts.CreateAccount(request, metadata=bob.md()).account
    assert a.id != b.id


def test_deleted_account_is_gone_and_default_moves_by_explicit_choice(conn: Connection) -> None:
    client = conn.client().sign_up()
    first, second = create(client), create(client, is_default=True)
    assert second.is_default
    refreshed_first = client.accounts.GetAccount(
        pb.GetAccountRequest(id=first.id), metadata=client.md()
    ).account
    assert not refreshed_first.is_default
    client.accounts.DeleteAccount(
        pb.DeleteAccountRequest(id=second.id, etag=second.etag), metadata=client.md()
    )
    rpc_fails(
        lambda: client.accounts.GetAccount(pb.GetAccountRequest(id=second.id), metadata=client.md()),
        grpc.StatusCode.NOT_FOUND,
    )
    rpc_fails(
        lambda: client.accounts.DeleteAccount(pb.DeleteAccountRequest(id=second.id), metadata=client.md()),
        grpc.StatusCode.NOT_FOUND,
    )
    assert [a.id for a in list_all(client)] == [first.id]


def test_archived_accounts_are_hidden_unless_asked_for(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = create(client)
    client.accounts.UpdateAccount(
        pb.UpdateAccountRequest(
            account=pb.Account(id=account.id, archived=True),
            update_mask=field_mask_pb2.FieldMask(paths=["archived"]),
        ),
        metadata=client.md(),
    )
    assert list_all(client) == []
    assert [a.id for a in list_all(client, include_archived=True)] == [account.id]


def _db_uuid(conn: Connection, text: str) -> str:
    """UUID as the backend stores it: native on PostgreSQL, 32 hex chars on SQLite."""
    value = uuid.UUID(text)
    return str(value) if conn.server.backend.name == "postgres" else value.hex
