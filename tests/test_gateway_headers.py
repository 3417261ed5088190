"""Forwarded headers that gRPC metadata cannot carry (not printable ASCII) are not forwarded:
the call goes on without them instead of failing as a 500 (found by schemathesis)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.servers import PASSWORD, Connection


@pytest.fixture
def http(conn: Connection) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=conn.server.http_url, timeout=30) as client:
        yield client


def test_unforwardable_header_values_are_dropped_not_a_500(http: httpx.Client) -> None:
    for value in ("fr-\xe9", "en\tGB"):
        reply = http.get("/v1/currencies", headers={"accept-language": value.encode("latin-1")})
        assert reply.status_code == 200, (value, reply.text)
    # A token that is not ASCII is no token: the call is unauthenticated, as without one.
    reply = http.get("/v1/accounts", headers={"authorization": "Bearer \xe9".encode("latin-1")})
    assert reply.status_code == 401, reply.text
    assert reply.json()["details"][0]["reason"] == "UNAUTHENTICATED"


def test_a_request_id_that_is_not_ascii_is_replaced(http: httpx.Client) -> None:
    signed = http.post(
        "/v1/auth:signUp", json={"email": f"hdr-{uuid.uuid4().hex[:12]}@example.com", "password": PASSWORD}
    )
    auth = {"authorization": f"Bearer {signed.json()['tokens']['accessToken']}"}
    reply = http.get("/v1/accounts", headers={**auth, "x-request-id": "r\xe9q".encode("latin-1")})
    assert reply.status_code == 200, reply.text
    assert str(uuid.UUID(reply.headers["x-request-id"])) == reply.headers["x-request-id"]
    kept = http.get("/v1/accounts", headers={**auth, "x-request-id": "req-42"})
    assert kept.headers["x-request-id"] == "req-42"
