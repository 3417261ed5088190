"""Rate limits from the contract's buckets: per user or per address, shared across replicas."""

from __future__ import annotations

import contextlib
import pathlib

import grpc
import pytest
from google.rpc import error_details_pb2

from rupaya.v1 import accounts_pb2, auth_pb2
from tests.ops import isolated, sample, scrape
from tests.rpc_errors import _details, rpc_fails
from tests.servers import PASSWORD, Backend, Client, Connection, ServerProcess, start_server


def _server(backend: Backend, tmp_path: pathlib.Path, **limits: str) -> ServerProcess:
    return start_server(backend, tmp_path, extra_env=isolated(backend, **limits))


def _sign_in(client: Client, password: str = "not the password") -> tuple[object, grpc.Call]:
    return client.auth.SignIn.with_call(auth_pb2.SignInRequest(email="nobody@example.com", password=password))


def _trailers(call: grpc.Call) -> dict[str, str]:
    return dict(call.trailing_metadata() or ())  # type: ignore[arg-type]


def _list(client: Client, token: str | None = None) -> grpc.Call:
    _, call = client.accounts.ListAccounts.with_call(
        accounts_pb2.ListAccountsRequest(), metadata=client.md(token)
    )
    return call


def test_strict_bucket_refuses_with_retry_info_quota_failure_and_visible_quota(
    backend: Backend, tmp_path: pathlib.Path
) -> None:
    server = _server(backend, tmp_path, RUPAYA_RATE_LIMIT_STRICT="3/60")
    try:
        with contextlib.closing(Connection(server)) as conn:
            client = conn.client()
            remaining = []
            for _ in range(3):
                error = rpc_fails(lambda: _sign_in(client), grpc.StatusCode.UNAUTHENTICATED)
                trailers = _trailers(error)  # type: ignore[arg-type]
                assert trailers["ratelimit-limit"] == "3"
                remaining.append(trailers["ratelimit-remaining"])
            assert remaining == ["2", "1", "0"]
            refused = rpc_fails(lambda: _sign_in(client), grpc.StatusCode.RESOURCE_EXHAUSTED, "RATE_LIMITED")
            [retry] = _details(refused, error_details_pb2.RetryInfo)
            assert 0 < retry.retry_delay.ToMilliseconds() <= 20_000  # one call every 20 s
            [quota] = _details(refused, error_details_pb2.QuotaFailure)
            assert quota.violations[0].subject == "bucket:strict"
            assert _trailers(refused)["ratelimit-remaining"] == "0"  # type: ignore[arg-type]
            # The right password does not get past the limit either.
            rpc_fails(lambda: _sign_in(client, PASSWORD), grpc.StatusCode.RESOURCE_EXHAUSTED, "RATE_LIMITED")
        assert sample(scrape(server.metrics_port), "rupaya_rate_limit_rejections_total", bucket="strict") == 2
    finally:
        server.stop()


def test_limit_holds_across_two_replicas_sharing_redis(backend: Backend, tmp_path: pathlib.Path) -> None:
    if backend.name != "postgres":
        pytest.skip("the embedded default's in-process limiter is per process by design")
    env = isolated(backend, RUPAYA_RATE_LIMIT_STRICT="4/60")
    first = start_server(backend, tmp_path, extra_env=env)
    second = start_server(backend, tmp_path, signing_key=first.signing_key, extra_env=env)
    try:
        a, b = Connection(first).client(), Connection(second).client()
        for client in (a, b, a, b):
            rpc_fails(lambda c=client: _sign_in(c), grpc.StatusCode.UNAUTHENTICATED)
        # Each replica saw two calls; together they spent the quota of four.
        rpc_fails(lambda: _sign_in(a), grpc.StatusCode.RESOURCE_EXHAUSTED, "RATE_LIMITED")
        rpc_fails(lambda: _sign_in(b), grpc.StatusCode.RESOURCE_EXHAUSTED, "RATE_LIMITED")
    finally:
        first.stop()
        second.stop()


def test_authenticated_calls_are_limited_per_verified_user(backend: Backend, tmp_path: pathlib.Path) -> None:
    server = _server(backend, tmp_path, RUPAYA_RATE_LIMIT_DEFAULT="3/60")
    try:
        with contextlib.closing(Connection(server)) as conn:
            alice, bob = conn.client().sign_up(), conn.client().sign_up()
            assert [_trailers(_list(alice))["ratelimit-remaining"] for _ in range(3)] == ["2", "1", "0"]
            rpc_fails(lambda: _list(alice), grpc.StatusCode.RESOURCE_EXHAUSTED, "RATE_LIMITED")
            # Same address, other user: a quota of its own.
            assert _trailers(_list(bob))["ratelimit-remaining"] == "2"
    finally:
        server.stop()


def test_forged_tokens_cannot_spend_another_users_quota(backend: Backend, tmp_path: pathlib.Path) -> None:
    server = _server(backend, tmp_path, RUPAYA_RATE_LIMIT_DEFAULT="3/60")
    try:
        with contextlib.closing(Connection(server)) as conn:
            victim = conn.client().sign_up()
            header, claims, signature = victim.token.split(".")
            forged = f"{header}.{claims}.{signature[::-1]}"  # the victim's claims, a bad signature
            for _ in range(5):
                rpc_fails(lambda: _list(victim, forged), grpc.StatusCode.UNAUTHENTICATED, "UNAUTHENTICATED")
            assert _trailers(_list(victim))["ratelimit-remaining"] == "2"
    finally:
        server.stop()
