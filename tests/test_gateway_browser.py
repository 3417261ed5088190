"""The gateway's browser layer (gateway/browser.py) over a real socket to a real server, on both
backends: CORS for configured origins only, secure headers on every response, HEAD and
OPTIONS, gzip, and the signing keys at /.well-known/jwks.json."""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import httpx
import pytest

from server.config import DEV_CORS_ORIGINS, ConfigError, cors_origins
from tests.servers import Backend, Connection, start_server
from tests.test_gateway import assert_reason, sign_up

APP = "https://app.example.com"
ORIGINS = f"{APP},http://localhost:*"
SECURE = {
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}
EXPOSED = {
    "x-request-id",
    "ratelimit-limit",
    "ratelimit-remaining",
    "ratelimit-reset",
    "etag",
    "retry-after",
    "x-csrf-token",
}
PLAIN = {"accept-encoding": "identity"}


@pytest.fixture(scope="module")
def web(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A server whose gateway allows APP and localhost on any port."""
    server = start_server(backend, tmp_path_factory.mktemp("web"), extra_env={"RUPAYA_CORS_ORIGINS": ORIGINS})
    try:
        with httpx.Client(base_url=server.http_url, timeout=30) as client:
            yield client
    finally:
        server.stop()


def preflight(http: httpx.Client, origin: str, path: str = "/v1/accounts") -> httpx.Response:
    return http.options(
        path,
        headers={
            "origin": origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "authorization, content-type",
        },
    )


def cors_headers(reply: httpx.Response) -> set[str]:
    return {name for name in reply.headers if name.startswith("access-control-")}


def assert_secure(reply: httpx.Response) -> None:
    assert {name: reply.headers.get(name) for name in SECURE} == SECURE, (reply.status_code, reply.headers)
    assert "origin" in reply.headers["vary"].lower()


def test_preflight_from_an_allowed_origin_is_204_with_methods_headers_and_max_age(web: httpx.Client) -> None:
    for origin in (APP, "http://localhost:5173", "http://localhost"):
        reply = preflight(web, origin)
        assert reply.status_code == 204, (origin, reply.text)
        assert reply.headers["access-control-allow-origin"] == origin
        assert {"GET", "POST"} <= set(reply.headers["access-control-allow-methods"].split(", "))
        allowed = set(reply.headers["access-control-allow-headers"].split(", "))
        assert allowed == {
            "authorization",
            "content-type",
            "if-match",
            "if-none-match",
            "grpc-timeout",
            "x-request-id",
            "accept-language",
            "x-rupaya-credentials",  # the refresh-token cookie opt-in (gateway/cookies.py)
            "x-csrf-token",
        }
        assert int(reply.headers["access-control-max-age"]) > 0
        # Credentials mode, so a web app on this origin may get and send the refresh cookie.
        assert reply.headers["access-control-allow-credentials"] == "true"
        assert reply.content == b""
        assert_secure(reply)


def test_preflight_from_any_other_origin_is_refused_without_cors_headers(web: httpx.Client) -> None:
    for origin in (
        "https://evil.example.com",
        "http://app.example.com",  # another scheme is another origin
        "https://app.example.com:8443",  # and another port
        "https://app.example.com.evil.com",
        "http://localhost.evil.com:3000",
        "http://localhost:3000/path",
        "http://127.0.0.1:3000",  # the development default is replaced, not extended
        "null",
    ):
        reply = preflight(web, origin)
        assert reply.status_code == 403, (origin, reply.status_code)
        assert cors_headers(reply) == set(), origin
        assert reply.json()["code"] == 7  # PERMISSION_DENIED, as a google.rpc.Status
        assert_secure(reply)


def test_responses_to_an_allowed_origin_expose_headers_and_others_get_no_cors(web: httpx.Client) -> None:
    allowed = web.get("/v1/currencies", headers={"origin": APP})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == APP
    assert set(allowed.headers["access-control-expose-headers"].split(", ")) == EXPOSED
    assert allowed.headers["access-control-allow-credentials"] == "true"
    assert "x-request-id" in allowed.headers
    other = web.get("/v1/currencies", headers={"origin": "https://evil.example.com"})
    assert other.status_code == 200 and cors_headers(other) == set()  # the browser hides it
    assert other.json() == allowed.json()


def test_cors_does_not_authenticate(web: httpx.Client) -> None:
    reply = web.get("/v1/accounts", headers={"origin": APP})
    assert_reason(reply, "UNAUTHENTICATED")
    assert reply.headers["access-control-allow-origin"] == APP  # so the web app can read the 401


def test_the_development_default_allows_localhost_only(conn: Connection) -> None:
    with httpx.Client(base_url=conn.server.http_url, timeout=30) as http:  # RUPAYA_CORS_ORIGINS unset
        for origin in ("http://localhost:3000", "http://127.0.0.1:5173", "http://[::1]:8000"):
            assert preflight(http, origin).headers["access-control-allow-origin"] == origin
        assert preflight(http, APP).status_code == 403


def test_cors_origins_config_defaults_and_refusals() -> None:
    assert cors_origins({}) == DEV_CORS_ORIGINS
    assert cors_origins({"RUPAYA_ENV": "production"}) == ()  # production trusts no origin unnamed
    assert cors_origins({"RUPAYA_ENV": "production", "RUPAYA_CORS_ORIGINS": f" {APP} ,"}) == (APP,)
    assert cors_origins({"RUPAYA_CORS_ORIGINS": ""}) == ()
    for bad in (
        "*",
        "app.example.com",
        "https://app.example.com/",
        "https://*.example.com",
        "ftp://x",
        "null",
    ):
        with pytest.raises(ConfigError, match="RUPAYA_CORS_ORIGINS"):
            cors_origins({"RUPAYA_CORS_ORIGINS": bad})


def test_secure_headers_on_success_and_every_kind_of_error(web: httpx.Client) -> None:
    auth = sign_up(web)
    replies = [
        web.get("/v1/accounts", headers=auth),  # 200
        web.get("/v1/accounts"),  # 401 from the server
        web.get("/v1/no-such-thing"),  # 404 from the gateway
        web.put("/v1/currencies"),  # 405
        web.post("/v1/accounts", content=b"{not json", headers=auth),  # 400
        web.get("/openapi.json"),
    ]
    assert [r.status_code for r in replies] == [200, 401, 404, 405, 400, 200]
    for reply in replies:
        assert_secure(reply)


def test_head_answers_like_get_without_a_body(web: httpx.Client) -> None:
    got = web.get("/v1/currencies", headers=PLAIN)
    head = web.head("/v1/currencies", headers=PLAIN)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == got.headers["content-length"] == str(len(got.content))
    assert head.headers["content-type"] == "application/json"
    assert web.head("/v1/accounts").status_code == 401  # the same call, so the same auth
    not_get = web.head("/v1/auth:signUp")
    assert not_get.status_code == 405 and not_get.content == b""


def test_options_without_a_preflight_is_204_with_allow(web: httpx.Client) -> None:
    reply = web.options("/v1/accounts")
    assert reply.status_code == 204 and reply.content == b""
    assert reply.headers["allow"] == "GET, HEAD, OPTIONS, POST"
    assert web.options("/v1/auth:signUp").headers["allow"] == "OPTIONS, POST"
    assert web.put("/v1/accounts").headers["allow"] == "GET, HEAD, OPTIONS, POST"  # a 405 says the same
    assert web.options("/v1/no-such-thing").status_code == 404
    assert_secure(reply)


def test_gzip_round_trip_for_large_bodies_only(web: httpx.Client) -> None:
    plain = web.get("/v1/currencies", headers=PLAIN)
    assert len(plain.content) > 1024 and "content-encoding" not in plain.headers
    with web.stream("GET", "/v1/currencies", headers={"accept-encoding": "gzip"}) as zipped:
        raw = b"".join(zipped.iter_raw())
        assert zipped.headers["content-encoding"] == "gzip"
        assert int(zipped.headers["content-length"]) == len(raw) < len(plain.content)
        assert "accept-encoding" in zipped.headers["vary"].lower()
    assert gzip.decompress(raw) == plain.content
    refused = web.get("/v1/currencies", headers={"accept-encoding": "gzip;q=0"})
    assert "content-encoding" not in refused.headers and refused.content == plain.content
    small = web.get("/v1/accounts", headers={**sign_up(web), "accept-encoding": "gzip"})
    assert small.status_code == 200 and small.content == b"{}" and "content-encoding" not in small.headers


def test_jwks_at_the_well_known_path_is_the_rpc_routes_body(web: httpx.Client) -> None:
    well_known = web.get("/.well-known/jwks.json")
    assert well_known.status_code == 200, well_known.text
    assert well_known.headers["content-type"] == "application/json"
    assert well_known.json() == web.get("/v1/auth/jwks").json()
    assert well_known.json()["keys"]  # the server's public key(s), never a private part
    assert all("d" not in key for key in well_known.json()["keys"])
    assert web.post("/.well-known/jwks.json").status_code == 405


def test_the_openapi_document_answers_options_and_a_preflight(web: httpx.Client) -> None:
    reply = web.options("/openapi.json")
    assert reply.status_code == 204, reply.text
    assert set(reply.headers["allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    reply = preflight(web, APP, path="/openapi.json")
    assert reply.status_code == 204, reply.text
    assert reply.headers["access-control-allow-origin"] == APP
