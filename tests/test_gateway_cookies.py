"""The refresh token as a browser cookie (gateway/cookies.py), over a real socket to a real
server on both backends: set with the right attributes and never in the JSON for a client that
asks for cookies, taken back from the cookie on refresh (only with the CSRF token), rotated,
cleared on sign-out; a client that does not ask sees the API as before."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from google.api import http_pb2

from gateway import cookies
from gateway.routes import build_routes, routes_of
from rupaya.v1 import auth_pb2
from tests.identity import enable_mfa
from tests.servers import PASSWORD, ROOT, Backend, Connection, start_server
from tests.test_gateway import assert_reason
from tests.test_readme import readme_section_block

COOKIE_CLIENT = {"x-rupaya-credentials": "cookie"}
REFRESH_COOKIE = "rupaya_refresh"
CSRF_COOKIE = "__Host-rupaya_csrf"
REFRESH_PATH = "/v1/auth:refreshToken"


@pytest.fixture
def http(conn: Connection) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=conn.server.http_url, timeout=30) as client:
        yield client


def set_cookies(reply: httpx.Response) -> dict[str, dict[str, Any]]:
    """Each Set-Cookie by name: {"value": ..., attribute (lower case): value or True}."""
    found: dict[str, dict[str, Any]] = {}
    for header in reply.headers.get_list("set-cookie"):
        first, *attributes = header.split("; ")
        name, _, value = first.partition("=")
        assert name not in found, f"{name} set twice"
        found[name] = {"value": value}
        for attribute in attributes:
            key, sep, text = attribute.partition("=")
            found[name][key.lower()] = text if sep else True
    return found


class Browser:
    """A cookie client: keeps what the gateway sets and sends it back, as a browser would on a
    secure origin (httpx's jar would not send `Secure` cookies over plain http)."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.jar: dict[str, str] = {}
        self.csrf = ""

    def post(
        self, path: str, body: dict[str, Any], csrf: str | None = None, **headers: str
    ) -> httpx.Response:
        sent = {**COOKIE_CLIENT, **headers}
        if self.jar:
            sent["cookie"] = "; ".join(f"{name}={value}" for name, value in self.jar.items())
        token = self.csrf if csrf is None else csrf
        if token:
            sent["x-csrf-token"] = token
        reply = self.http.post(path, json=body, headers=sent)
        for name, cookie in set_cookies(reply).items():
            if cookie.get("max-age") == "0":
                self.jar.pop(name, None)
            else:
                self.jar[name] = cookie["value"]
        if "x-csrf-token" in reply.headers:
            self.csrf = reply.headers["x-csrf-token"]
        return reply


def new_email() -> str:
    return f"cookie-{uuid.uuid4().hex[:12]}@example.com"


def signed_up_browser(http: httpx.Client) -> tuple[Browser, httpx.Response]:
    browser = Browser(http)
    reply = browser.post("/v1/auth:signUp", {"email": new_email(), "password": PASSWORD})
    assert reply.status_code == 200, reply.text
    return browser, reply


def who_am_i(http: httpx.Client, access_token: str) -> httpx.Response:
    return http.get("/v1/auth/whoami", headers={"authorization": f"Bearer {access_token}"})


def assert_credential_cookies(reply: httpx.Response) -> dict[str, dict[str, Any]]:
    """The refresh cookie and the CSRF cookie as the gateway must set them, and no token in
    the JSON; returns the parsed cookies."""
    assert reply.status_code == 200, reply.text
    found = set_cookies(reply)
    refresh, csrf = found[REFRESH_COOKIE], found[CSRF_COOKIE]
    assert len(refresh["value"]) >= 32
    assert (refresh["httponly"], refresh["secure"], refresh["samesite"]) == (True, True, "Strict")
    assert refresh["path"] == REFRESH_PATH  # sent to the refresh route only
    tokens = reply.json()["tokens"]
    expires = dt.datetime.fromisoformat(tokens["refreshTokenExpireTime"][:19] + "+00:00").timestamp()
    expected_age = expires - time.time()
    assert abs(int(refresh["max-age"]) - expected_age) < 60, (refresh, tokens)
    # The CSRF cookie: readable by the page (no HttpOnly), for every path, as long-lived.
    assert "httponly" not in csrf and (csrf["secure"], csrf["samesite"], csrf["path"]) == (
        True,
        "Strict",
        "/",
    )
    assert csrf["max-age"] == refresh["max-age"] and csrf["value"] == reply.headers["x-csrf-token"]
    assert "refreshToken" not in tokens and "refresh_token" not in tokens
    assert refresh["value"] not in reply.text  # never in a JSON body for a cookie client
    return found


def test_sign_up_and_sign_in_as_a_cookie_client_set_the_cookie_and_keep_the_token_out_of_json(
    http: httpx.Client,
) -> None:
    browser, signed_up = signed_up_browser(http)
    assert_credential_cookies(signed_up)
    email = json.loads(signed_up.request.content)["email"]
    signed_in = Browser(http).post("/v1/auth:signIn", {"email": email, "password": PASSWORD})
    found = assert_credential_cookies(signed_in)
    assert found[REFRESH_COOKIE]["value"] != browser.jar[REFRESH_COOKIE]  # a session per sign-in
    assert who_am_i(http, signed_in.json()["tokens"]["accessToken"]).status_code == 200


def test_refresh_with_only_the_cookie_and_csrf_token_rotates_the_cookie_and_the_old_one_is_refused(
    http: httpx.Client,
) -> None:
    browser, _ = signed_up_browser(http)
    first_cookie, first_csrf = browser.jar[REFRESH_COOKIE], browser.csrf
    refreshed = browser.post(REFRESH_PATH, {})  # no token in the body: the cookie carries it
    found = assert_credential_cookies(refreshed)
    assert found[REFRESH_COOKIE]["value"] != first_cookie  # rotated
    assert browser.csrf != first_csrf  # a fresh CSRF token with the fresh credential
    assert who_am_i(http, refreshed.json()["tokens"]["accessToken"]).status_code == 200
    # The spent token, replayed from an old cookie (with its CSRF token), is refused.
    stale = Browser(http)
    stale.jar, stale.csrf = {REFRESH_COOKIE: first_cookie, CSRF_COOKIE: first_csrf}, first_csrf
    assert_reason(stale.post(REFRESH_PATH, {}), "REFRESH_TOKEN_INVALID")


@pytest.mark.parametrize(
    ("csrf_header", "csrf_cookie"),
    [
        (None, "same"),  # the header missing
        ("wrong", "same"),  # the header not the cookie's value
        ("same", None),  # the cookie missing: a header alone proves nothing
        ("same", "other"),  # header and cookie both present but different
    ],
)
def test_refresh_from_the_cookie_without_the_right_csrf_token_is_403_and_spends_nothing(
    http: httpx.Client, csrf_header: str | None, csrf_cookie: str | None
) -> None:
    browser, _ = signed_up_browser(http)
    good = browser.csrf
    values = {"same": good, "wrong": good[:-1] + ("A" if good[-1] != "A" else "B"), "other": good[::-1]}
    attacker = Browser(http)
    attacker.jar = {REFRESH_COOKIE: browser.jar[REFRESH_COOKIE]}
    if csrf_cookie is not None:
        attacker.jar[CSRF_COOKIE] = values[csrf_cookie]
    headers = {} if csrf_header is None else {"x-csrf-token": values[csrf_header]}
    refused = attacker.post(REFRESH_PATH, {}, csrf="", **headers)
    assert_reason(refused, "CSRF_TOKEN_INVALID")
    assert refused.status_code == 403 and "set-cookie" not in refused.headers
    # The refused call never reached the server: the cookie still refreshes once.
    assert_credential_cookies(browser.post(REFRESH_PATH, {}))


def test_without_the_opt_in_header_the_cookie_is_not_read(http: httpx.Client) -> None:
    """A cross-site form post can send the cookie (were it not SameSite) but not a header."""
    browser, _ = signed_up_browser(http)
    cookie = "; ".join(f"{name}={value}" for name, value in browser.jar.items())
    plain = http.post(REFRESH_PATH, json={}, headers={"cookie": cookie, "x-csrf-token": browser.csrf})
    assert_reason(plain, "REFRESH_TOKEN_INVALID")  # an empty token, as the body said
    assert_credential_cookies(browser.post(REFRESH_PATH, {}))  # and the cookie is unspent


def test_sign_out_clears_both_cookies_and_the_session_ends(http: httpx.Client) -> None:
    browser, signed_up = signed_up_browser(http)
    refresh_cookie = browser.jar[REFRESH_COOKIE]
    access = {"authorization": f"Bearer {signed_up.json()['tokens']['accessToken']}"}
    signed_out = browser.post("/v1/auth:signOut", {}, **access)
    assert signed_out.status_code == 200, signed_out.text
    found = set_cookies(signed_out)
    assert found[REFRESH_COOKIE] == {
        "value": "",
        "path": REFRESH_PATH,  # the cookie's own path, or the browser would keep it
        "max-age": "0",
        "httponly": True,
        "secure": True,
        "samesite": "Strict",
    }
    assert (found[CSRF_COOKIE]["value"], found[CSRF_COOKIE]["max-age"], found[CSRF_COOKIE]["path"]) == (
        "",
        "0",
        "/",
    )
    assert browser.jar == {}
    stale = Browser(http)
    stale.jar, stale.csrf = {REFRESH_COOKIE: refresh_cookie, CSRF_COOKIE: browser.csrf}, browser.csrf
    assert_reason(stale.post(REFRESH_PATH, {}), "REFRESH_TOKEN_INVALID")


def test_a_client_that_does_not_ask_for_cookies_gets_the_token_in_json_as_before(http: httpx.Client) -> None:
    email = new_email()
    signed_up = http.post("/v1/auth:signUp", json={"email": email, "password": PASSWORD})
    assert signed_up.status_code == 200 and "set-cookie" not in signed_up.headers
    refresh_token = signed_up.json()["tokens"]["refreshToken"]
    refreshed = http.post(REFRESH_PATH, json={"refreshToken": refresh_token})
    assert refreshed.status_code == 200, refreshed.text
    assert "set-cookie" not in refreshed.headers and "x-csrf-token" not in refreshed.headers
    assert refreshed.json()["tokens"]["refreshToken"] not in ("", refresh_token)
    access = {"authorization": f"Bearer {refreshed.json()['tokens']['accessToken']}"}
    signed_out = http.post("/v1/auth:signOut", json={}, headers=access)
    assert signed_out.status_code == 200 and "set-cookie" not in signed_out.headers


def test_a_cookie_client_may_still_send_the_token_in_the_body_without_csrf(http: httpx.Client) -> None:
    """Only a credential taken from the cookie needs the CSRF token: one the caller names itself
    is proof enough (a cross-site attacker cannot read it)."""
    plain = http.post("/v1/auth:signUp", json={"email": new_email(), "password": PASSWORD})
    refresh_token = plain.json()["tokens"]["refreshToken"]
    refreshed = Browser(http).post(REFRESH_PATH, {"refreshToken": refresh_token})
    assert_credential_cookies(refreshed)


def test_mfa_sign_in_as_a_cookie_client_sets_the_cookie_only_when_tokens_are_issued(
    conn: Connection, http: httpx.Client
) -> None:
    email = new_email()
    enabled = enable_mfa(conn.client().sign_up(email), email)
    browser = Browser(http)
    challenged = browser.post("/v1/auth:signIn", {"email": email, "password": PASSWORD})
    assert challenged.status_code == 200 and challenged.json()["mfaRequired"] is True
    assert "set-cookie" not in challenged.headers  # no tokens yet, no cookie
    completed = browser.post(
        "/v1/auth:completeMfaSignIn",
        {"mfaChallenge": challenged.json()["mfaChallenge"], "code": enabled.backup_codes[0]},
    )
    assert_credential_cookies(completed)
    assert_credential_cookies(browser.post(REFRESH_PATH, {}))


def test_the_contract_marks_every_refresh_token_and_the_gateway_scopes_it_to_the_refresh_route() -> None:
    marked = {
        descriptor.name: [m.path for m in cookies.marked_fields(descriptor)]
        for descriptor in (
            auth_pb2.SignUpResponse.DESCRIPTOR,
            auth_pb2.SignInResponse.DESCRIPTOR,
            auth_pb2.CompleteMfaSignInResponse.DESCRIPTOR,
            auth_pb2.RefreshTokenResponse.DESCRIPTOR,
            auth_pb2.RefreshTokenRequest.DESCRIPTOR,
            auth_pb2.SignOutRequest.DESCRIPTOR,
        )
    }
    assert marked == {
        "SignUpResponse": [("tokens", "refresh_token")],
        "SignInResponse": [("tokens", "refresh_token")],
        "CompleteMfaSignInResponse": [("tokens", "refresh_token")],
        "RefreshTokenResponse": [("tokens", "refresh_token")],
        "RefreshTokenRequest": [("refresh_token",)],
        "SignOutRequest": [],
    }
    assert cookies.cookie_paths(build_routes()) == {REFRESH_COOKIE: REFRESH_PATH}
    # Each expiry the option names is a Timestamp beside the field, or the cookie gets no Max-Age.
    (tokens,) = cookies.marked_fields(auth_pb2.SignInResponse.DESCRIPTOR)
    expiry = auth_pb2.AuthTokens.DESCRIPTOR.fields_by_name[tokens.expire_time_field]
    assert expiry.message_type.full_name == "google.protobuf.Timestamp"


def test_the_openapi_documents_say_which_fields_may_move_to_a_cookie() -> None:
    for name in ("rupaya.v1.openapi.json", "rupaya.v1.openapi-3.0.json"):
        document = json.loads((ROOT / "gen" / "openapi" / name).read_text())
        schemas = document["components"]["schemas"]
        moved = {
            (schema_name, field): schema["x-rupaya-credential-cookie"]
            for schema_name, component in schemas.items()
            for field, schema in component.get("properties", {}).items()
            if "x-rupaya-credential-cookie" in schema
        }
        assert moved == {
            ("rupaya.v1.AuthTokens", "refreshToken"): REFRESH_COOKIE,
            ("rupaya.v1.RefreshTokenRequest", "refreshToken"): REFRESH_COOKIE,
        }, name
        assert (
            "X-Rupaya-Credentials: cookie"
            in schemas["rupaya.v1.AuthTokens"]["properties"]["refreshToken"]["description"]
        )


def test_readme_cookie_example_runs_as_written(backend: Backend, tmp_path: pathlib.Path) -> None:
    """The docs/api.md block under "Browsers: the refresh token as a cookie", run by bash with
    curl's cookie jar, on a server of its own (it signs in as that block's user)."""
    script = readme_section_block("### Browsers: the refresh token as a cookie")
    assert "H=http://127.0.0.1:8080;" in script
    server = start_server(backend, tmp_path)
    try:
        with httpx.Client(base_url=server.http_url, timeout=30) as http:
            signed_up = http.post(
                "/v1/auth:signUp", json={"email": "asha@example.com", "password": "correct horse battery"}
            )
            assert signed_up.status_code == 200, signed_up.text
        result = subprocess.run(
            [
                "bash",
                "-euo",
                "pipefail",
                "-c",
                script.replace("127.0.0.1:8080", f"127.0.0.1:{server.http_port}"),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
        )
    finally:
        server.stop()
    assert result.returncode == 0, result.stdout + result.stderr
    refreshed, refused = result.stdout.splitlines()
    assert set(json.loads(refreshed)["tokens"]) == {
        "accessToken",
        "accessTokenExpireTime",
        "refreshTokenExpireTime",
        "tokenType",
    }
    body, status = refused.rsplit(" HTTP ", 1)
    assert status == "403" and json.loads(body)["details"][0]["reason"] == "CSRF_TOKEN_INVALID"
    jar = (tmp_path / "cookies.txt").read_text()
    assert f"#HttpOnly_127.0.0.1\tFALSE\t{REFRESH_PATH}\tTRUE\t" in jar  # rotated, kept by curl


def test_an_allowed_origin_may_use_credentials_and_read_the_csrf_header_and_another_may_not(
    http: httpx.Client,
) -> None:
    """Under the development default (localhost on any port allowed) a web app's credentialed
    fetch gets what it needs; a page of another origin gets no CORS grant to read the reply."""
    app = "http://localhost:5173"
    preflight = http.options(
        REFRESH_PATH,
        headers={
            "origin": app,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type, x-rupaya-credentials, x-csrf-token",
        },
    )
    assert preflight.status_code == 204, preflight.text
    assert preflight.headers["access-control-allow-credentials"] == "true"
    assert {"x-rupaya-credentials", "x-csrf-token"} <= set(
        preflight.headers["access-control-allow-headers"].split(", ")
    )
    browser = Browser(http)
    signed_up = browser.post("/v1/auth:signUp", {"email": new_email(), "password": PASSWORD}, origin=app)
    assert_credential_cookies(signed_up)
    assert signed_up.headers["access-control-allow-origin"] == app
    assert signed_up.headers["access-control-allow-credentials"] == "true"
    assert "x-csrf-token" in signed_up.headers["access-control-expose-headers"].split(", ")
    evil = browser.post(REFRESH_PATH, {}, origin="https://evil.example.com")
    assert not any(name.startswith("access-control-") for name in evil.headers)  # the browser hides it
    evil_preflight = http.options(
        REFRESH_PATH,
        headers={"origin": "https://evil.example.com", "access-control-request-method": "POST"},
    )
    assert (
        evil_preflight.status_code == 403 and "access-control-allow-credentials" not in evil_preflight.headers
    )


def test_cookie_paths_follow_the_routes_that_read_the_cookie() -> None:
    """Without a server: the Path attribute for routes an http rule could add to the contract."""
    method = auth_pb2.DESCRIPTOR.services_by_name["AuthService"].methods_by_name["RefreshToken"]
    for rule, path in (
        (http_pb2.HttpRule(post="/v1/auth:refreshToken", body="*"), REFRESH_PATH),
        (http_pb2.HttpRule(post="/v1/tokens/{refresh_token}:refresh"), "/v1/tokens/"),
        (
            http_pb2.HttpRule(
                post="/v1/auth/a:refresh",
                body="*",
                additional_bindings=[http_pb2.HttpRule(post="/v1/auth/b:refresh", body="*")],
            ),
            "/v1/auth/",
        ),
    ):
        assert cookies.cookie_paths(routes_of(method, rule)) == {REFRESH_COOKIE: path}, rule
    # A cookie no route reads is not set at all: its field stays in the JSON.
    sign_in = auth_pb2.DESCRIPTOR.services_by_name["AuthService"].methods_by_name["SignIn"]
    assert cookies.cookie_paths(routes_of(sign_in, http_pb2.HttpRule(post="/v1/auth:signIn", body="*"))) == {}


def test_cookie_headers_are_read_strictly_and_values_round_trip() -> None:
    name, header = cookies.set_cookie(REFRESH_COOKIE, "a b;c", REFRESH_PATH, 60)
    assert name == b"set-cookie" and b"a b" not in header and b";c" not in header
    value = header.decode().split("; ")[0].split("=", 1)[1]
    raw = [
        (b"cookie", f"other=1; {REFRESH_COOKIE}={value}".encode()),
        (b"cookie", f"{REFRESH_COOKIE}=later".encode()),
    ]
    assert cookies.read_cookies(raw) == {"other": "1", REFRESH_COOKIE: "a b;c"}


def test_a_hostile_csrf_cookie_is_a_403_not_a_server_error(http: httpx.Client) -> None:
    browser, _ = signed_up_browser(http)
    for planted in ("%E2%82%AC", "%FF", '"', ""):
        hostile = Browser(http)
        hostile.jar = {REFRESH_COOKIE: browser.jar[REFRESH_COOKIE], CSRF_COOKIE: planted}
        assert_reason(hostile.post(REFRESH_PATH, {}, csrf="", **{"x-csrf-token": "x"}), "CSRF_TOKEN_INVALID")
    assert_credential_cookies(browser.post(REFRESH_PATH, {}))
