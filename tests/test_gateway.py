"""The HTTP/JSON gateway `serve` runs beside gRPC, called with a real HTTP client over a real
socket, on both backends: routing, JSON mapping, headers, and errors as google.rpc.Status."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from concurrent import futures
from typing import Any

import grpc
import httpx
import pytest
from google.api import http_pb2

from gateway.app import Gateway
from gateway.routes import build_routes, routes_of
from gateway.serving import listening_socket
from gateway.serving import server as gateway_server
from rupaya.v1 import categories_pb2, currencies_pb2_grpc, transactions_pb2
from server.errors import DomainError, catalog, to_status
from tests.servers import PASSWORD, ROOT, Connection, free_port, start_server

UUID = "0190d5a4-7e2b-7c3d-9a1b-2c3d4e5f6a7b"


@pytest.fixture
def http(conn: Connection) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=conn.server.http_url, timeout=30) as client:
        yield client


def sign_up(http: httpx.Client) -> dict[str, str]:
    reply = http.post(
        "/v1/auth:signUp",
        json={"email": f"gw-{uuid.uuid4().hex[:12]}@example.com", "password": PASSWORD},
    )
    assert reply.status_code == 200, reply.text
    return {"authorization": f"Bearer {reply.json()['tokens']['accessToken']}"}


def create_account(http: httpx.Client, auth: dict[str, str], **extra: Any) -> dict[str, Any]:
    body = {
        "requestId": str(uuid.uuid4()),
        "name": "Everyday",
        "type": "ACCOUNT_TYPE_CHECKING",
        "currencyCode": "INR",
        "openingBalance": {"amountDecimal": "1500.00"},
        **extra,
    }
    reply = http.post("/v1/accounts", json=body, headers=auth)
    assert reply.status_code == 200, reply.text
    return reply.json()["account"]  # type: ignore[no-any-return]


def error_info(reply: httpx.Response) -> dict[str, Any]:
    """The ErrorInfo of a google.rpc.Status body; also checks the body is that Status."""
    body = reply.json()
    assert set(body) <= {"code", "message", "details"} and isinstance(body["code"], int)
    infos = [d for d in body["details"] if d["@type"] == "type.googleapis.com/google.rpc.ErrorInfo"]
    assert len(infos) == 1 and infos[0]["domain"] == "rupaya", body
    return infos[0]  # type: ignore[no-any-return]


def detail(reply: httpx.Response, kind: str) -> dict[str, Any]:
    found = [d for d in reply.json()["details"] if d["@type"] == f"type.googleapis.com/google.rpc.{kind}"]
    assert len(found) == 1, reply.json()
    return found[0]  # type: ignore[no-any-return]


def assert_reason(reply: httpx.Response, reason: str) -> None:
    assert error_info(reply)["reason"] == reason, reply.text
    assert reply.status_code == catalog()[reason].http_status, (reason, reply.status_code)
    assert reply.json()["message"] == catalog()[reason].message  # the public text, nothing internal


def test_json_mapping_int64_as_strings_camel_case_out_and_both_names_in(http: httpx.Client) -> None:
    auth = sign_up(http)
    account = create_account(http, auth)
    assert account["openingBalance"]["amountMinor"] == "150000"  # int64 as a string
    assert "currencyCode" in account and "currency_code" not in account
    snake = http.post(
        "/v1/accounts",
        headers=auth,
        json={
            "request_id": str(uuid.uuid4()),
            "name": "Cash",
            "type": "ACCOUNT_TYPE_CASH",
            "currency_code": "INR",
            "opening_balance": {"amount_minor": "250"},
        },
    )
    assert snake.status_code == 200, snake.text
    assert snake.json()["account"]["currentBalance"]["amountMinor"] == "250"
    listed = http.get("/v1/accounts", headers=auth).json()["accounts"]
    assert sorted(a["name"] for a in listed) == ["Cash", "Everyday"]
    assert listed[0]["createTime"].endswith("Z")  # Timestamps in RFC 3339


def test_an_unknown_json_field_is_ignored_and_changes_nothing(http: httpx.Client) -> None:
    auth = sign_up(http)
    plain = create_account(http, auth, name="Plain")
    newer = create_account(
        http,
        auth,
        name="Newer",
        fieldFromTheFuture={"x": 1},
        openingBalance={"amountDecimal": "1500.00", "y": 2},
    )
    ignore = {"id", "name", "createTime", "updateTime", "isDefault"}
    assert {k: v for k, v in newer.items() if k not in ignore} == {
        k: v for k, v in plain.items() if k not in ignore
    }
    fetched = http.get(f"/v1/accounts/{newer['id']}", headers=auth).json()["account"]
    assert "fieldFromTheFuture" not in fetched and fetched["openingBalance"]["amountMinor"] == "150000"


def test_malformed_json_is_400_with_a_status_body(http: httpx.Client) -> None:
    auth = sign_up(http)
    for body in (b"{not json", b"[1, 2]", b'{"name": {"nested": "where a string goes"}}'):
        reply = http.post("/v1/accounts", content=body, headers=auth)
        assert reply.status_code == 400, reply.text
        assert error_info(reply)["reason"] == "MALFORMED_REQUEST"
        assert detail(reply, "BadRequest")["fieldViolations"][0]["field"] == "body"
        assert "Traceback" not in reply.text
    assert http.get("/v1/accounts", headers=auth).json() == {}  # nothing was created


def test_without_a_token_is_401_and_with_a_bad_one_too(http: httpx.Client) -> None:
    assert_reason(http.get("/v1/accounts"), "UNAUTHENTICATED")
    assert_reason(http.get("/v1/accounts", headers={"authorization": "Bearer not-a-jwt"}), "UNAUTHENTICATED")
    assert http.get("/v1/currencies").status_code == 200  # a public RPC needs none


def test_another_users_account_is_404_for_read_change_and_delete(http: httpx.Client) -> None:
    owner, other = sign_up(http), sign_up(http)
    account = create_account(http, owner)
    path = f"/v1/accounts/{account['id']}"
    assert_reason(http.get(path, headers=other), "ACCOUNT_NOT_FOUND")
    assert_reason(
        http.patch(path, params={"updateMask": "name"}, json={"name": "Mine now"}, headers=other),
        "ACCOUNT_NOT_FOUND",
    )
    assert_reason(http.delete(path, headers=other), "ACCOUNT_NOT_FOUND")
    assert http.get(path, headers=owner).json()["account"]["name"] == "Everyday"  # untouched


def test_validation_error_is_400_with_field_violations(http: httpx.Client) -> None:
    auth = sign_up(http)
    reply = http.post(
        "/v1/accounts",
        headers=auth,
        json={"requestId": "not-a-uuid", "name": "", "type": "ACCOUNT_TYPE_CHECKING", "currencyCode": "INR"},
    )
    assert_reason(reply, "VALIDATION_FAILED")
    fields = {v["field"] for v in detail(reply, "BadRequest")["fieldViolations"]}
    assert {"request_id", "name"} <= fields


def test_if_match_stale_is_412_current_succeeds_and_etag_header_follows(http: httpx.Client) -> None:
    auth = sign_up(http)
    created = http.post(
        "/v1/accounts",
        headers=auth,
        json={
            "requestId": str(uuid.uuid4()),
            "name": "A",
            "type": "ACCOUNT_TYPE_CASH",
            "currencyCode": "INR",
        },
    )
    etag = created.headers["etag"]
    account = created.json()["account"]
    assert etag == f'"{account["etag"]}"'
    path = f"/v1/accounts/{account['id']}"
    assert http.get(path, headers=auth).headers["etag"] == etag
    renamed = http.patch(
        path, params={"updateMask": "name"}, json={"name": "B"}, headers={**auth, "if-match": etag}
    )
    assert renamed.status_code == 200, renamed.text
    assert renamed.headers["etag"] != etag and renamed.json()["account"]["name"] == "B"
    stale = http.patch(
        path, params={"updateMask": "name"}, json={"name": "C"}, headers={**auth, "if-match": etag}
    )
    assert stale.status_code == 412, stale.text
    assert error_info(stale)["reason"] == "ETAG_MISMATCH"
    assert detail(stale, "PreconditionFailure")["violations"][0]["type"] == "ETAG"
    # The same stale etag in the body (no header) is the catalog's status, as over gRPC.
    in_body = http.patch(
        path, params={"updateMask": "name"}, json={"name": "C", "etag": etag.strip('"')}, headers=auth
    )
    assert_reason(in_body, "ETAG_MISMATCH")
    assert http.get(path, headers=auth).json()["account"]["name"] == "B"
    # A stale If-Match on a delete (top-level etag field) refuses too.
    assert http.delete(path, headers={**auth, "if-match": etag}).status_code == 412
    assert http.get(path, headers=auth).status_code == 200
    # "If-Match: *" asks for any version: no precondition.
    anyway = http.patch(
        path, params={"updateMask": "name"}, json={"name": "D"}, headers={**auth, "if-match": "*"}
    )
    assert anyway.status_code == 200 and anyway.json()["account"]["name"] == "D"


def test_request_id_round_trips_or_is_made_and_the_call_passes_the_chain_once(
    http: httpx.Client, conn: Connection
) -> None:
    mine = f"web-{uuid.uuid4()}"
    reply = http.get("/v1/currencies", headers={"x-request-id": mine})
    assert reply.headers["x-request-id"] == mine
    assert {"ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"} <= set(reply.headers)
    made = http.get("/v1/accounts").headers["x-request-id"]  # also on errors
    assert uuid.UUID(made) and made != mine
    lines = [line for line in conn.server.log().splitlines() if mine in line]
    assert len(lines) == 1 and "/rupaya.v1.CurrencyService/ListCurrencies" in lines[0]


def test_sample_of_error_reasons_have_their_catalog_http_status(http: httpx.Client) -> None:
    auth = sign_up(http)
    me = http.get("/v1/auth/whoami", headers=auth).json()
    assert_reason(
        http.post("/v1/auth:signIn", json={"email": "nobody@example.com", "password": PASSWORD}),
        "INVALID_CREDENTIALS",
    )
    assert_reason(
        http.post("/v1/auth:refreshToken", json={"refreshToken": "x" * 43}), "REFRESH_TOKEN_INVALID"
    )
    assert_reason(http.get(f"/v1/transactions/{UUID}", headers=auth), "TRANSACTION_NOT_FOUND")
    assert_reason(http.get(f"/v1/budgets/{UUID}", headers=auth), "BUDGET_NOT_FOUND")
    assert_reason(http.get(f"/v1/categories/{UUID}", headers=auth), "CATEGORY_NOT_FOUND")
    assert_reason(http.post(f"/v1/auth/sessions/{UUID}:revoke", json={}, headers=auth), "SESSION_NOT_FOUND")
    assert_reason(http.get("/v1/accounts", params={"pageToken": "bogus"}, headers=auth), "INVALID_PAGE_TOKEN")
    assert_reason(
        http.post("/v1/auth/mfa:disable", json={"code": "123456", "password": PASSWORD}, headers=auth),
        "MFA_NOT_ENABLED",
    )
    system = http.get("/v1/categories", headers=auth).json()["categories"][0]
    assert system["isSystem"] is True
    assert_reason(
        http.patch(
            f"/v1/categories/{system['id']}", params={"updateMask": "name"}, json={"name": "x"}, headers=auth
        ),
        "CATEGORY_READ_ONLY",
    )
    request_id = str(uuid.uuid4())
    create_account(http, auth, requestId=request_id)
    reused = http.post(
        "/v1/accounts",
        headers=auth,
        json={"requestId": request_id, "name": "Other", "type": "ACCOUNT_TYPE_CASH", "currencyCode": "INR"},
    )
    assert_reason(reused, "IDEMPOTENCY_KEY_REUSED")
    assert me["userId"]


def test_query_string_nested_fields_enums_by_name_or_number_and_path_wins(http: httpx.Client) -> None:
    auth = sign_up(http)
    account = create_account(http, auth)
    expense = next(
        c
        for c in http.get("/v1/categories", params={"kind": "CATEGORY_KIND_EXPENSE"}, headers=auth).json()[
            "categories"
        ]
    )
    assert expense["kind"] == "CATEGORY_KIND_EXPENSE"
    income = http.get(
        "/v1/categories", params={"kind": str(categories_pb2.CATEGORY_KIND_INCOME)}, headers=auth
    ).json()["categories"]
    assert {c["kind"] for c in income} == {"CATEGORY_KIND_INCOME"}  # enum by number
    for day, payee in ((3, "Early"), (20, "Late")):
        reply = http.post(
            "/v1/transactions",
            headers=auth,
            json={
                "requestId": str(uuid.uuid4()),
                "kind": "TRANSACTION_KIND_EXPENSE",
                "accountId": account["id"],
                "amount": {"amountDecimal": "10.00", "currencyCode": "INR"},
                "categoryId": expense["id"],
                "occurredOn": {"year": 2026, "month": 11, "day": day},
                "payee": payee,
            },
        )
        assert reply.status_code == 200, reply.text
    listed = http.get(
        "/v1/transactions",
        headers=auth,
        params={
            "accountId": account["id"],
            "kind": "TRANSACTION_KIND_EXPENSE",
            "fromDate.year": "2026",
            "from_date.month": "11",  # original names work too
            "fromDate.day": "10",
            "pageSize": "1",
            "showDeleted": "false",
        },
    ).json()
    assert [t["payee"] for t in listed["transactions"]] == ["Late"]
    none = http.get("/v1/transactions", headers=auth, params={"kind": "TRANSACTION_KIND_INCOME"}).json()
    assert none.get("transactions", []) == []
    bad = http.get("/v1/transactions", headers=auth, params={"kind": "NO_SUCH_KIND"})
    assert bad.status_code == 400 and error_info(bad)["reason"] == "MALFORMED_REQUEST"
    # The path variable wins over the same field in the body.
    path = f"/v1/accounts/{account['id']}"
    renamed = http.patch(
        path, params={"updateMask": "name"}, json={"id": UUID, "name": "Renamed"}, headers=auth
    )
    assert renamed.status_code == 200 and renamed.json()["account"]["id"] == account["id"]


def test_paging_through_the_gateway(http: httpx.Client) -> None:
    auth = sign_up(http)
    for name in ("A", "B", "C"):
        create_account(http, auth, name=name)
    first = http.get("/v1/accounts", params={"pageSize": 2}, headers=auth).json()
    second = http.get(
        "/v1/accounts", params={"pageSize": 2, "pageToken": first["nextPageToken"]}, headers=auth
    ).json()
    names = [a["name"] for a in first["accounts"] + second["accounts"]]
    assert sorted(names) == ["A", "B", "C"] and "nextPageToken" not in second


def test_unknown_path_404_and_wrong_method_405(http: httpx.Client) -> None:
    missing = http.get("/v1/nothing-here")
    assert missing.status_code == 404 and missing.json()["code"] == 5
    wrong = http.put("/v1/accounts")
    assert wrong.status_code == 405 and set(wrong.headers["allow"].split(", ")) == {
        "GET",
        "POST",
        "HEAD",  # gateway/browser.py answers HEAD where GET is, and OPTIONS
        "OPTIONS",
    }


def test_a_rule_added_to_the_contract_is_served_with_no_gateway_change(conn: Connection) -> None:
    """A throwaway rule for CreateTransaction with no body: every field from the query string,
    nested (amount.amountDecimal), repeated (tags twice), enum by name, Date by parts."""
    method = transactions_pb2.DESCRIPTOR.services_by_name["TransactionService"].methods_by_name[
        "CreateTransaction"
    ]
    rule = http_pb2.HttpRule(
        put="/v2/accounts/{account_id}/expenses:quickAdd",
        additional_bindings=[http_pb2.HttpRule(post="/v2/expenses", body="amount")],
    )
    gateway = Gateway(conn.server.target, routes=[*build_routes(), *routes_of(method, rule)])
    with _serving(gateway) as url, httpx.Client(base_url=url, timeout=30) as http:
        auth = sign_up(http)
        account = create_account(http, auth)
        category = http.get("/v1/categories", params={"kind": "CATEGORY_KIND_EXPENSE"}, headers=auth).json()[
            "categories"
        ][0]
        reply = http.put(
            f"/v2/accounts/{account['id']}/expenses:quickAdd",
            headers=auth,
            params=[
                ("requestId", str(uuid.uuid4())),
                ("kind", "TRANSACTION_KIND_EXPENSE"),
                ("amount.amountDecimal", "12.34"),
                ("amount.currencyCode", "INR"),
                ("categoryId", category["id"]),
                ("occurredOn.year", "2026"),
                ("occurredOn.month", "11"),
                ("occurredOn.day", "27"),
                ("tags", "food"),
                ("tags", "weekly"),
            ],
        )
        assert reply.status_code == 200, reply.text
        created = reply.json()["transaction"]
        assert created["tags"] == ["food", "weekly"] and created["amount"]["amountMinor"] == "1234"
        assert created["accountId"] == account["id"]
        # The named body field: the JSON body is the Money, the rest from the query string.
        named = http.post(
            "/v2/expenses",
            headers=auth,
            params={
                "requestId": str(uuid.uuid4()),
                "kind": "TRANSACTION_KIND_EXPENSE",
                "accountId": account["id"],
                "categoryId": category["id"],
                "occurredOn.year": "2026",
                "occurredOn.month": "11",
                "occurredOn.day": "28",
            },
            json={"amountMinor": "500", "currencyCode": "INR"},
        )
        assert named.status_code == 200, named.text
        assert named.json()["transaction"]["amount"]["amountMinor"] == "500"


def test_standalone_gateway_process_serves_any_upstream(conn: Connection, tmp_path: Any) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUPAYA_")} | {
        "RUPAYA_GATEWAY_UPSTREAM": conn.server.target,
        "RUPAYA_HTTP_ADDR": f"127.0.0.1:{port}",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "gen" / "python")]),
    }
    log = (tmp_path / "gateway.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "gateway"], cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            reply = _retry_get(http, "/v1/currencies", process)
            assert reply.status_code == 200 and reply.json()["currencies"][0]["code"] == "AED"
            auth = sign_up(http)
            assert http.get("/v1/auth/whoami", headers=auth).status_code == 200
        assert (
            f"http://127.0.0.1:{port} -> gRPC {conn.server.target}" in (tmp_path / "gateway.log").read_text()
        )
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def test_upstream_down_is_503_with_the_public_message(tmp_path: Any) -> None:
    gateway = Gateway(f"127.0.0.1:{free_port()}")  # nothing listens there
    with _serving(gateway) as url, httpx.Client(base_url=url, timeout=30) as http:
        reply = http.get("/v1/currencies")
    assert_reason(reply, "SERVICE_UNAVAILABLE")
    assert "connect" not in reply.text.lower()  # the channel's own text stays inside


def test_rate_limited_is_429_with_retry_after(backend: Any, tmp_path: Any) -> None:
    server = start_server(
        backend,
        tmp_path,
        extra_env={
            "RUPAYA_RATE_LIMIT_STRICT": "2/60",
            "RUPAYA_CACHE_PREFIX": backend.env.get("RUPAYA_CACHE_PREFIX", "") + f"gw-{uuid.uuid4().hex[:8]}:",
        },
    )
    try:
        with httpx.Client(base_url=server.http_url, timeout=30) as http:
            body = {"email": "nobody@example.com", "password": PASSWORD}
            replies = [http.post("/v1/auth:signIn", json=body) for _ in range(3)]
    finally:
        server.stop()
    assert [r.status_code for r in replies[:2]] == [401, 401]
    assert_reason(replies[2], "RATE_LIMITED")
    assert int(replies[2].headers["retry-after"]) >= 1
    assert "retryDelay" in detail(replies[2], "RetryInfo")
    assert replies[2].headers["ratelimit-remaining"] == "0"


def _retry_get(http: httpx.Client, path: str, process: subprocess.Popen[bytes]) -> httpx.Response:
    for _ in range(100):
        assert process.poll() is None, "the gateway exited"
        try:
            return http.get(path)
        except httpx.TransportError:
            threading.Event().wait(0.1)
    raise AssertionError("the gateway did not start")


class _serving:
    """A Gateway served by uvicorn on a free port in a thread, for gateways a test builds."""

    def __init__(self, gateway: Gateway) -> None:
        self.server = gateway_server(gateway, embedded=True)
        self.sock = listening_socket("127.0.0.1", 0, reuse_port=False)
        self.thread = threading.Thread(target=lambda: asyncio.run(self.server.serve(sockets=[self.sock])))

    def __enter__(self) -> str:
        self.thread.start()
        while not self.server.started:
            threading.Event().wait(0.05)
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.sock.close()


def test_workers_share_the_http_port_and_stop_cleanly(backend: Any, tmp_path: Any) -> None:
    server = start_server(backend, tmp_path, extra_env={"RUPAYA_WORKERS": "2"})
    try:
        for _ in range(30):  # wait until both workers listen (health answers with the first)
            serving = [json.loads(line) for line in server.log().splitlines() if '"serving"' in line]
            if len(serving) == 2:
                break
            threading.Event().wait(1)
        assert {s["http"] for s in serving} == {server.http_url} and len({s["pid"] for s in serving}) == 2
        for _ in range(6):  # a fresh connection each: the kernel spreads them over the workers
            with httpx.Client(base_url=server.http_url, timeout=30) as http:
                assert http.get("/v1/currencies").status_code == 200
        server.process.terminate()
        assert server.process.wait(timeout=30) == 0
    finally:
        server.stop()


def test_the_openapi_document_is_served_and_is_the_committed_one(http: httpx.Client) -> None:
    reply = http.get("/openapi.json")
    assert reply.status_code == 200 and reply.headers["content-type"] == "application/json"
    document = reply.json()
    assert document == json.loads((ROOT / "gen" / "openapi" / "rupaya.v1.openapi.json").read_text())
    assert document["openapi"].startswith("3.1")
    assert "/v1/accounts" in document["paths"]
    assert http.post("/openapi.json").status_code == 404


def test_if_none_match_current_is_304_without_a_body_and_a_stale_one_gets_the_resource(
    http: httpx.Client,
) -> None:
    auth = sign_up(http)
    account = create_account(http, auth)
    path = f"/v1/accounts/{account['id']}"
    first = http.get(path, headers=auth)
    etag = first.headers["etag"]
    unchanged = http.get(path, headers={**auth, "if-none-match": etag})
    assert unchanged.status_code == 304, unchanged.text
    assert unchanged.content == b"" and unchanged.headers["etag"] == etag
    assert unchanged.headers["x-request-id"]
    # A list of tags that holds the current one, or "*", is also a match.
    assert http.get(path, headers={**auth, "if-none-match": f'"old", {etag}'}).status_code == 304
    assert http.get(path, headers={**auth, "if-none-match": "*"}).status_code == 304
    # After a change the old tag no longer matches: the new version comes back.
    renamed = http.patch(path, params={"updateMask": "name"}, json={"name": "Renamed"}, headers=auth)
    assert renamed.status_code == 200, renamed.text
    fresh = http.get(path, headers={**auth, "if-none-match": etag})
    assert fresh.status_code == 200 and fresh.json()["account"]["name"] == "Renamed"
    assert fresh.headers["etag"] != etag
    # The check never skips authentication: no token, no 304.
    assert http.get(path, headers={"if-none-match": "*"}).status_code == 401


def test_grpc_timeout_header_sets_the_deadline_and_a_malformed_one_is_400(http: httpx.Client) -> None:
    auth = sign_up(http)
    expired = http.get("/v1/accounts", headers={**auth, "grpc-timeout": "1n"})
    assert expired.status_code == 504, expired.text
    assert expired.json()["code"] == 4 and expired.json()["details"][0]["reason"] == "DEADLINE_EXCEEDED"
    assert http.get("/v1/accounts", headers={**auth, "grpc-timeout": "5S"}).status_code == 200
    for bad in ("5", "S", "1.5S", "123456789S", "5s", "-1S"):
        reply = http.get("/v1/accounts", headers={**auth, "grpc-timeout": bad})
        assert reply.status_code == 400, (bad, reply.text)
        assert reply.json()["details"][0]["reason"] == "MALFORMED_REQUEST"


class _EveryReason(currencies_pb2_grpc.CurrencyServiceServicer):
    """An upstream whose ListCurrencies fails with the reason named in the request's
    request id (the header the gateway forwards as it is), built by the server's own error mapping (server/errors.py)."""

    def ListCurrencies(self, request: Any, context: grpc.ServicerContext) -> Any:
        reason = dict(context.invocation_metadata())["x-request-id"]
        status = to_status(DomainError(reason))
        context.abort_with_status(status)


def test_every_catalog_reason_is_its_http_status_and_a_status_body_with_error_info() -> None:
    catalog = json.loads((ROOT / "shared" / "errors.json").read_text())["reasons"]
    upstream = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    currencies_pb2_grpc.add_CurrencyServiceServicer_to_server(_EveryReason(), upstream)
    port = upstream.add_insecure_port("127.0.0.1:0")
    upstream.start()
    gateway = Gateway(f"127.0.0.1:{port}")
    try:
        with _serving(gateway) as url, httpx.Client(base_url=url, timeout=30) as http:
            for reason, entry in catalog.items():
                reply = http.get("/v1/currencies", headers={"x-request-id": reason})
                assert reply.status_code == entry["http_status"], (reason, reply.text)
                body = reply.json()
                assert body["code"] == grpc.StatusCode[entry["grpc_code"]].value[0], reason
                assert body["message"] == entry["message"], reason
                info = [d for d in body["details"] if d["@type"].endswith("google.rpc.ErrorInfo")]
                assert info and info[0]["reason"] == reason and info[0]["domain"] == "rupaya", reason
                assert "Traceback" not in reply.text
    finally:
        upstream.stop(grace=None)
