"""Page tokens are sealed: only the caller's own next page of the same list and filters opens."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable

import grpc

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import categories_pb2 as cat
from server.crypto import DataKey
from server.pagination import SUBKEY_LABEL, PageTokens
from tests.ledger import money
from tests.rpc_errors import field_violations, rpc_fails
from tests.servers import Client, Connection


def with_accounts(client: Client, count: int) -> list[str]:
    return [
        client.accounts.CreateAccount(
            acc.CreateAccountRequest(
                request_id=str(uuid.uuid4()),
                name=f"Account {i}",
                type=acc.ACCOUNT_TYPE_CHECKING,
                currency_code="INR",
                opening_balance=money(1000),
            ),
            metadata=client.md(),
        ).account.id
        for i in range(count)
    ]


def list_accounts(client: Client, token: str = "", page_size: int = 2) -> acc.ListAccountsResponse:
    request = acc.ListAccountsRequest(page_size=page_size, page_token=token)
    return client.accounts.ListAccounts(request, metadata=client.md())


def refused(call: Callable[[], object]) -> None:
    error = rpc_fails(call, grpc.StatusCode.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN")
    assert "page_token" in field_violations(error)


def test_pages_walk_every_account_once_and_tokens_stay_short(conn: Connection) -> None:
    client = conn.client().sign_up()
    created = with_accounts(client, 5)
    seen, token = [], ""
    while True:
        page = list_accounts(client, token)
        seen += [a.id for a in page.accounts]
        token = page.next_page_token
        if not token:
            break
        assert len(token) <= 200 and set(token) <= set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        )
    assert seen == created


def test_edited_or_truncated_token_is_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    first, second, *_ = with_accounts(client, 4)
    token = list_accounts(client).next_page_token
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    assert second.encode() in raw  # the last key seen is what a client would edit
    edited = base64.urlsafe_b64encode(raw.replace(second.encode(), first.encode())).decode().rstrip("=")
    refused(lambda: list_accounts(client, edited))
    refused(lambda: list_accounts(client, token[:-4]))
    assert [a.id for a in list_accounts(client, token).accounts]  # the untouched token still opens


def test_token_replayed_by_another_user_is_refused(conn: Connection) -> None:
    alice, mallory = conn.client().sign_up(), conn.client().sign_up()
    with_accounts(alice, 3)
    with_accounts(mallory, 3)
    token = list_accounts(alice).next_page_token
    refused(lambda: list_accounts(mallory, token))


def test_token_of_one_list_rpc_is_refused_by_another(conn: Connection) -> None:
    client = conn.client().sign_up()
    with_accounts(client, 3)
    accounts_token = list_accounts(client, page_size=1).next_page_token
    categories_token = client.categories.ListCategories(
        cat.ListCategoriesRequest(page_size=1), metadata=client.md()
    ).next_page_token
    assert accounts_token and categories_token
    refused(
        lambda: client.categories.ListCategories(
            cat.ListCategoriesRequest(page_token=accounts_token), metadata=client.md()
        )
    )
    refused(lambda: list_accounts(client, categories_token))
    refused(
        lambda: client.budgets.ListBudgets(
            bud.ListBudgetsRequest(page_token=accounts_token), metadata=client.md()
        )
    )


def test_expired_token_is_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    first, second, *_ = with_accounts(client, 3)
    key = DataKey(base64.b64decode(conn.server.backend.env["RUPAYA_DATA_KEY"])).derive(SUBKEY_LABEL)
    request = acc.ListAccountsRequest(page_size=1)
    user = uuid.UUID(client.user_id)
    live = PageTokens(key, lifetime_s=600).seal([first], user, request)
    assert [a.id for a in list_accounts(client, live, page_size=1).accounts] == [second]
    expired = PageTokens(key, lifetime_s=-1).seal([first], user, request)
    refused(lambda: list_accounts(client, expired, page_size=1))


def test_garbage_tokens_are_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    for garbage in (
        "garbage",
        "!!!!",
        "bm90LWEtdG9rZW4",
        "AAAA",
        base64.urlsafe_b64encode(bytes(60)).decode(),
    ):
        refused(lambda: list_accounts(client, garbage))  # noqa: B023 -- called at once


def test_other_spellings_of_a_token_are_refused(conn: Connection) -> None:
    """base64 decoders skip stray characters and a last digit's spare bits: each such spelling
    decodes to the sealed bytes, but only the one the server wrote is the token."""
    client = conn.client().sign_up()
    with_accounts(client, 3)
    token = list_accounts(client).next_page_token
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    spare_bits = {2: 4, 3: 2}.get(len(token) % 4, 0)  # bits of the last digit no byte uses
    spellings = [token + "==", token[:5] + "." + token[5:], token[:5] + " " + token[5:]]
    if spare_bits:
        last = alphabet.index(token[-1])
        spellings.append(token[:-1] + alphabet[last ^ 1])  # same bytes, another last digit
        assert base64.urlsafe_b64decode(spellings[-1] + "=" * (-len(token) % 4)) == base64.urlsafe_b64decode(
            token + "=" * (-len(token) % 4)
        )
    for spelling in spellings:
        refused(lambda spelling=spelling: list_accounts(client, spelling))
    assert [a.id for a in list_accounts(client, token).accounts]
