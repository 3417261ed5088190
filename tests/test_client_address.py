"""Client addresses behind the gateway: with the gateway's address in RUPAYA_TRUSTED_PROXIES,
the per-address rate limit and the audit trail see the address the gateway forwarded (its
HTTP client's); with none trusted, a forwarded address counts for nothing, over HTTP and as
raw gRPC metadata. Real server, real gateway, real sockets, on both backends."""

from __future__ import annotations

import contextlib
import pathlib
import uuid
from collections.abc import Iterator
from typing import Any

import grpc
import httpx
import pytest

from rupaya.v1 import auth_pb2, users_pb2
from server.client_address import ClientAddresses, parse_networks
from server.config import ConfigError, load_settings
from tests.ops import eventually, isolated, json_lines
from tests.rpc_errors import rpc_fails
from tests.servers import PASSWORD, Backend, Client, Connection, ServerProcess, start_server
from tests.test_gateway import assert_reason

A, B, C = "203.0.113.10", "203.0.113.20", "203.0.113.30"  # documentation addresses (RFC 5737)


# The rule itself, on the peer strings grpc gives and the metadata a call carries.
@pytest.mark.parametrize(
    ("trusted", "peer", "forwarded", "client"),
    [
        ("", "ipv4:127.0.0.1:5000", [A], "127.0.0.1"),  # nobody trusted: the header is ignored
        ("10.0.0.0/8", "ipv4:192.0.2.1:5000", [A], "192.0.2.1"),  # an untrusted peer's header is ignored
        ("10.0.0.0/8", "ipv4:10.1.2.3:5000", [A], A),
        ("10.0.0.0/8", "ipv4:10.1.2.3:5000", [], "10.1.2.3"),  # no header: the proxy is the client
        ("10.0.0.0/8", "ipv4:10.1.2.3:5000", [f"198.51.100.7, {A}"], A),  # prepending chooses nothing
        ("10.0.0.0/8", "ipv4:10.1.2.3:5000", [f"{A}, 10.9.9.9"], A),  # proxies hops are skipped
        ("10.0.0.0/8", "ipv4:10.1.2.3:5000", ["198.51.100.7", A], A),  # repeated headers are one list
        ("10.0.0.0/8", "ipv4:10.1.2.3:5000", [f"{A}, not-an-ip, 10.9.9.9"], "10.9.9.9"),  # garbage stops
        ("10.0.0.0/8", "ipv4:10.1.2.3:5000", ["10.7.7.7"], "10.7.7.7"),  # all trusted: the farthest
        ("::1", "ipv6:[::1]:5000", ["2001:db8::5"], "2001:db8::5"),
        ("::1", "ipv6:[::1]:5000", [f"::ffff:{A}"], A),  # an IPv4 client via a dual-stack socket
        ("127.0.0.1", "unix:/tmp/socket", [A], "unix:/tmp/socket"),  # not an IP peer: itself
    ],
)
def test_the_client_is_the_right_most_hop_not_a_trusted_proxy(
    trusted: str, peer: str, forwarded: list[str], client: str
) -> None:
    metadata = [("x-forwarded-for", value) for value in forwarded]
    assert ClientAddresses(parse_networks(trusted)).of(peer, metadata) == client


@pytest.mark.parametrize("raw", ["10.0.0.7/8", "localhost", "10.0.0.0/33", "127.0.0.1;10.0.0.1"])
def test_a_trusted_proxy_that_is_not_an_address_or_network_refuses_to_start(raw: str) -> None:
    with pytest.raises(ConfigError, match="RUPAYA_TRUSTED_PROXIES"):
        load_settings({"RUPAYA_TRUSTED_PROXIES": raw})


@contextlib.contextmanager
def _server(backend: Backend, tmp_path: pathlib.Path, **env: str) -> Iterator[ServerProcess]:
    # Four strict calls (sign-up, sign-in) per address per minute.
    server = start_server(
        backend, tmp_path, extra_env=isolated(backend, RUPAYA_RATE_LIMIT_STRICT="4/60", **env)
    )
    try:
        yield server
    finally:
        server.stop()


def _http(server: ServerProcess, local_address: str = "127.0.0.1") -> httpx.Client:
    """An HTTP client of the gateway, connecting from `local_address` (any of 127/8 is local)."""
    transport = httpx.HTTPTransport(local_address=local_address)
    return httpx.Client(base_url=server.http_url, transport=transport, timeout=30)


def _sign_up(http: httpx.Client, forwarded_for: str) -> tuple[str, str]:
    email = f"xff-{uuid.uuid4().hex[:12]}@example.com"
    reply = http.post(
        "/v1/auth:signUp",
        json={"email": email, "password": PASSWORD},
        headers={"x-forwarded-for": forwarded_for},
    )
    assert reply.status_code == 200, reply.text
    return email, reply.json()["tokens"]["accessToken"]


def _sign_in(http: httpx.Client, email: str, password: str, forwarded_for: str | bytes) -> httpx.Response:
    return http.post(
        "/v1/auth:signIn",
        json={"email": email, "password": password},
        headers={"x-forwarded-for": forwarded_for},
    )


def _audit(http: httpx.Client, token: str) -> list[tuple[str, str]]:
    """(action, peer address) of the user's audit events, oldest first."""
    reply = http.get("/v1/me/auditEvents", headers={"authorization": f"Bearer {token}"})
    assert reply.status_code == 200, reply.text
    events: list[dict[str, Any]] = reply.json()["events"]
    return [(e["action"].removeprefix("AUDIT_ACTION_"), e["peerAddress"]) for e in reversed(events)]


def test_behind_a_trusted_gateway_each_forwarded_address_has_its_own_bucket_and_audit_trail(
    backend: Backend, tmp_path: pathlib.Path
) -> None:
    with _server(backend, tmp_path, RUPAYA_TRUSTED_PROXIES="127.0.0.1") as server, _http(server) as http:
        email, _ = _sign_up(http, C)
        for _ in range(4):
            assert_reason(_sign_in(http, email, "not the password", A), "INVALID_CREDENTIALS")
        assert_reason(_sign_in(http, email, PASSWORD, A), "RATE_LIMITED")  # A spent its quota
        # Prepending a fake address to the real chain does not make A someone else.
        for fake in ("198.51.100.7", B):
            assert_reason(_sign_in(http, email, PASSWORD, f"{fake}, {A}"), "RATE_LIMITED")
        signed_in = _sign_in(http, email, PASSWORD, B)  # B's bucket is untouched
        assert signed_in.status_code == 200, signed_in.text
        assert signed_in.headers["ratelimit-remaining"] == "3"
        # The access line names both: the gateway as the peer, B as the client.
        request_id = signed_in.headers["x-request-id"]
        eventually(lambda: any(line.get("request_id") == request_id for line in json_lines(server.log())))
        [line] = [line for line in json_lines(server.log()) if line.get("request_id") == request_id]
        assert line["client"] == B and str(line["peer"]).startswith("ipv4:127.0.0.1:")
        # An HTTP client the server does not trust (127.0.0.2) names B: the gateway appends
        # the address it really came from, and that is the client.
        with _http(server, "127.0.0.2") as untrusted:
            assert _sign_in(untrusted, email, PASSWORD, B).status_code == 200
            token = _sign_in(untrusted, email, PASSWORD, B).json()["tokens"]["accessToken"]
        # A chain that could not travel as gRPC metadata is dropped by the gateway, not an error;
        # what is left is the connection's own address (trusted here, so itself).
        assert _sign_in(http, email, PASSWORD, f"{A}\xff".encode("latin-1")).status_code == 200
        assert _audit(http, token) == [
            ("SIGNED_UP", C),
            *[("SIGN_IN_FAILED", A)] * 4,
            ("SIGN_IN_SUCCEEDED", B),
            ("SIGN_IN_SUCCEEDED", "127.0.0.2"),
            ("SIGN_IN_SUCCEEDED", "127.0.0.2"),
            ("SIGN_IN_SUCCEEDED", "127.0.0.1"),
        ]


def _grpc_sign_in(client: Client, email: str, forwarded_for: str) -> Any:
    return client.auth.SignIn(
        auth_pb2.SignInRequest(email=email, password="not the password"),
        metadata=[("x-forwarded-for", forwarded_for)],
    )


def test_with_no_trusted_proxy_a_forwarded_address_changes_nothing_over_http_or_grpc(
    backend: Backend, tmp_path: pathlib.Path
) -> None:
    with (
        _server(backend, tmp_path) as server,
        _http(server) as http,
        contextlib.closing(Connection(server)) as conn,
    ):
        client = conn.client()
        email, token = _sign_up(http, C)
        assert_reason(_sign_in(http, email, "not the password", A), "INVALID_CREDENTIALS")
        rpc_fails(
            lambda: _grpc_sign_in(client, email, A), grpc.StatusCode.UNAUTHENTICATED, "INVALID_CREDENTIALS"
        )
        assert_reason(_sign_in(http, email, "not the password", B), "INVALID_CREDENTIALS")
        # Four strict calls from 127.0.0.1, whatever each claimed: its one bucket is spent.
        assert_reason(_sign_in(http, email, PASSWORD, "198.51.100.7"), "RATE_LIMITED")
        rpc_fails(lambda: _grpc_sign_in(client, email, B), grpc.StatusCode.RESOURCE_EXHAUSTED, "RATE_LIMITED")
        events = client.users.ListAuditEvents(
            users_pb2.ListAuditEventsRequest(), metadata=[("authorization", f"Bearer {token}")]
        ).events
        assert [e.peer_address for e in events] == ["127.0.0.1"] * 4  # signed up, failed x3
