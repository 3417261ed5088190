"""Server-streaming RPCs through the HTTP gateway, read by a real HTTP client as they arrive:
ExportTransactions as a file download, as Server-Sent Events and as NDJSON; errors before
the first message as the ordinary JSON reply; heartbeats and a late error on an idle stream."""

from __future__ import annotations

import base64
import csv
import io
import json
import time
import uuid
from collections.abc import Iterator
from concurrent import futures
from typing import Any

import grpc
import httpx
import pytest

from gateway.app import Gateway
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import transactions_pb2_grpc
from server.errors import DomainError, to_status
from tests.test_gateway import _serving, create_account, detail, error_info, sign_up

EXPORT = "/v1/transactions:export"


@pytest.fixture
def http(conn: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=conn.server.http_url, timeout=30) as client:
        yield client


def spend(http: httpx.Client, auth: dict[str, str], account: dict[str, Any], amount: str, payee: str) -> None:
    body = {
        "requestId": str(uuid.uuid4()),
        "kind": "TRANSACTION_KIND_EXPENSE",
        "accountId": account["id"],
        "amount": {"amountDecimal": amount, "currencyCode": account["currencyCode"]},
        "occurredOn": {"year": 2026, "month": 11, "day": 27},
        "payee": payee,
    }
    reply = http.post("/v1/transactions", json=body, headers=auth)
    assert reply.status_code == 200, reply.text


@pytest.fixture
def ledger(http: httpx.Client) -> dict[str, str]:
    """A user with three expenses in INR, JPY and KWD."""
    auth = sign_up(http)
    for currency, balance, amount, payee in (
        ("INR", "1500.00", "249.50", "Fresh Mart"),
        ("JPY", "90000", "5000", "Ramen"),
        ("KWD", "100.000", "1.234", "Souq"),
    ):
        account = create_account(http, auth, currencyCode=currency, openingBalance={"amountDecimal": balance})
        spend(http, auth, account, amount, payee)
    return auth


def test_export_is_a_csv_download_with_exact_amounts(http: httpx.Client, ledger: dict[str, str]) -> None:
    with http.stream("GET", EXPORT, headers=ledger) as reply:
        assert reply.status_code == 200
        assert reply.headers["content-type"] == "text/csv; charset=utf-8"
        assert reply.headers["content-disposition"].startswith('attachment; filename="transactions-')
        assert reply.headers["content-disposition"].endswith('.csv"')
        assert "content-length" not in reply.headers and reply.headers["x-request-id"]
        assert reply.headers["x-content-type-options"] == "nosniff"
        # The quota comes up front (the server sends it as a stream's initial metadata too).
        assert int(reply.headers["ratelimit-limit"]) > int(reply.headers["ratelimit-remaining"]) >= 0
        body = reply.read()
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert {(r["payee"], r["amount"], r["currency_code"]) for r in rows} == {
        ("Fresh Mart", "249.50", "INR"),
        ("Ramen", "5000", "JPY"),
        ("Souq", "1.234", "KWD"),
    }


def test_head_of_the_export_has_the_download_headers_and_no_body(
    http: httpx.Client, ledger: dict[str, str]
) -> None:
    reply = http.head(EXPORT, headers=ledger)
    assert reply.status_code == 200 and reply.content == b""
    assert reply.headers["content-type"] == "text/csv; charset=utf-8"
    assert reply.headers["content-disposition"].startswith("attachment; ")


def test_json_lines_download_and_filters_from_the_query_string(
    http: httpx.Client, ledger: dict[str, str]
) -> None:
    params = {"format": "EXPORT_FORMAT_JSON_LINES", "query": "souq"}
    # Asked for gzip: a stream still goes out as it is produced, never compressed as a whole.
    headers = {**ledger, "accept-encoding": "gzip"}
    reply = http.get(EXPORT, params=params, headers=headers)
    assert reply.status_code == 200 and reply.headers["content-type"] == "application/x-ndjson"
    assert "content-encoding" not in reply.headers
    assert reply.headers["content-disposition"].endswith('.jsonl"')
    [row] = [json.loads(line) for line in reply.text.splitlines()]
    assert (row["payee"], row["amount"], row["currency_code"]) == ("Souq", "1.234", "KWD")


def test_server_sent_events_carry_one_message_each_in_protobuf_json(
    http: httpx.Client, ledger: dict[str, str]
) -> None:
    download = http.get(EXPORT, headers=ledger).content
    with http.stream("GET", EXPORT, headers={**ledger, "accept": "text/event-stream"}) as reply:
        assert reply.status_code == 200 and reply.headers["content-type"] == "text/event-stream"
        events = [line for line in reply.iter_lines() if line]
    assert events and all(event.startswith("data: ") for event in events)
    messages = [json.loads(event.removeprefix("data: ")) for event in events]
    assert messages[0]["contentType"] == "text/csv; charset=utf-8" and messages[0]["fileName"]
    assert b"".join(base64.b64decode(m["data"]) for m in messages) == download


def test_ndjson_carries_one_message_per_line(http: httpx.Client, ledger: dict[str, str]) -> None:
    reply = http.get(EXPORT, params={"format": "2"}, headers={**ledger, "accept": "application/x-ndjson"})
    assert reply.status_code == 200 and reply.headers["content-type"] == "application/x-ndjson"
    assert "content-disposition" not in reply.headers
    messages = [json.loads(line) for line in reply.text.splitlines()]
    lines = b"".join(base64.b64decode(m["data"]) for m in messages).splitlines()
    assert {json.loads(line)["payee"] for line in lines} == {"Fresh Mart", "Ramen", "Souq"}


@pytest.mark.parametrize("accept", ["text/event-stream", "application/x-ndjson", "*/*"])
def test_an_error_before_the_first_message_is_the_usual_json_reply(http: httpx.Client, accept: str) -> None:
    assert http.get(EXPORT, headers={"accept": accept}).status_code == 401
    auth = sign_up(http)
    reply = http.get(
        EXPORT,
        params={"accountId": "nope", "format": "EXPORT_FORMAT_CSV"},
        headers={**auth, "accept": accept},
    )
    assert reply.status_code == 400 and reply.headers["content-type"] == "application/json"
    assert error_info(reply)["reason"] == "VALIDATION_FAILED"
    assert detail(reply, "BadRequest")["fieldViolations"][0]["field"] == "account_id"


def test_another_users_account_is_404_and_their_rows_never_leave(
    http: httpx.Client, ledger: dict[str, str]
) -> None:
    stranger = sign_up(http)
    accounts = http.get("/v1/accounts", headers=ledger).json()["accounts"]
    reply = http.get(EXPORT, params={"accountId": accounts[0]["id"]}, headers=stranger)
    assert reply.status_code == 404 and error_info(reply)["reason"] == "ACCOUNT_NOT_FOUND"
    own = http.get(EXPORT, headers=stranger)
    assert own.status_code == 200 and own.text.count("\n") == 1  # the header line only


class _IdleThenFailing(transactions_pb2_grpc.TransactionServiceServicer):
    """An upstream whose export sends one chunk, idles, then fails: what a real server does
    when its database goes away mid-export."""

    def ExportTransactions(self, request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
        yield tx.ExportTransactionsResponse(
            content_type="text/csv; charset=utf-8", data=b"id\r\n", file_name="x.csv"
        )
        time.sleep(1.0)
        status = to_status(DomainError("SERVICE_UNAVAILABLE"))
        context.abort(status.code, status.details)  # type: ignore[arg-type]
        yield from ()


@pytest.fixture
def idle_upstream() -> Iterator[str]:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    transactions_pb2_grpc.add_TransactionServiceServicer_to_server(_IdleThenFailing(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    yield f"127.0.0.1:{port}"
    server.stop(grace=None)


def _status_of_trailing_error(status: dict[str, Any]) -> str:
    infos = [d for d in status["details"] if d["@type"].endswith("google.rpc.ErrorInfo")]
    return str(infos[0]["reason"])


def test_sse_heartbeats_while_idle_and_an_error_event_after_the_start(idle_upstream: str) -> None:
    gateway = Gateway(idle_upstream, heartbeat_s=0.2)
    with (
        _serving(gateway) as url,
        httpx.Client(base_url=url, timeout=30) as http,
        http.stream("GET", EXPORT, headers={"accept": "text/event-stream"}) as reply,
    ):
        assert reply.status_code == 200
        text = reply.read().decode()
    blocks = [block for block in text.split("\n\n") if block]
    assert blocks[0].startswith("data: ")
    assert blocks.count(": heartbeat") >= 2  # ~5 in the second of silence
    assert blocks[-1].startswith("event: error\ndata: ")
    status = json.loads(blocks[-1].split("data: ", 1)[1])
    assert status["code"] == grpc.StatusCode.UNAVAILABLE.value[0]
    assert _status_of_trailing_error(status) == "SERVICE_UNAVAILABLE"


def test_ndjson_ends_with_an_error_line_and_a_download_is_cut_short(idle_upstream: str) -> None:
    gateway = Gateway(idle_upstream, heartbeat_s=0.2)
    with _serving(gateway) as url, httpx.Client(base_url=url, timeout=30) as http:
        lines = http.get(EXPORT, headers={"accept": "application/x-ndjson"}).text.splitlines()
        assert "contentType" in json.loads(lines[0]) and len(lines) == 2  # no heartbeat lines in NDJSON
        assert _status_of_trailing_error(json.loads(lines[-1])["error"]) == "SERVICE_UNAVAILABLE"
        # A file that failed half-way must not look whole: the transfer is left incomplete.
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(EXPORT)
