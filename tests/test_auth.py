"""AuthService and the authentication interceptor, over a real channel."""

from __future__ import annotations

import datetime as dt
import uuid

import grpc
import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import auth_pb2 as pb
from tests.rpc_errors import error_info, field_violations, rpc_fails
from tests.servers import PASSWORD, Client, Connection


def list_accounts(client: Client, token: str | None = None) -> acc.ListAccountsResponse:
    return client.accounts.ListAccounts(acc.ListAccountsRequest(), metadata=client.md(token))


def refresh(client: Client, refresh_token: str) -> pb.AuthTokens:
    return client.auth.RefreshToken(pb.RefreshTokenRequest(refresh_token=refresh_token)).tokens


def forge(server_key: Ed25519PrivateKey, kid: str, **claims: object) -> str:
    now = int(dt.datetime.now(dt.UTC).timestamp())
    body: dict[str, object] = {
        "iss": "rupaya",
        "aud": "rupaya-api",
        "sub": str(uuid.uuid4()),
        "sid": str(uuid.uuid4()),
        "typ": "access",
        "iat": now,
        "exp": now + 600,
    }
    body.update(claims)
    return jwt.encode(body, server_key, algorithm="EdDSA", headers={"kid": kid})


def test_sign_in_returns_working_tokens(conn: Connection) -> None:
    email = f"sign-in-{uuid.uuid4().hex[:8]}@example.com"
    conn.client().sign_up(email)
    client = conn.client()
    reply = client.auth.SignIn(pb.SignInRequest(email=email.upper(), password=PASSWORD))
    assert reply.tokens.token_type == "Bearer" and reply.tokens.refresh_token
    assert list(list_accounts(client, reply.tokens.access_token).accounts) == []


def test_wrong_password_and_unknown_email_get_the_same_error(conn: Connection) -> None:
    email = f"known-{uuid.uuid4().hex[:8]}@example.com"
    conn.client().sign_up(email)
    client = conn.client()
    wrong = rpc_fails(
        lambda: client.auth.SignIn(pb.SignInRequest(email=email, password="not the password")),
        grpc.StatusCode.UNAUTHENTICATED,
        "INVALID_CREDENTIALS",
    )
    unknown = rpc_fails(
        lambda: client.auth.SignIn(pb.SignInRequest(email="nobody-" + email, password="not the password")),
        grpc.StatusCode.UNAUTHENTICATED,
        "INVALID_CREDENTIALS",
    )
    assert wrong.details() == unknown.details()


def test_duplicate_sign_up_gets_a_generic_error(conn: Connection) -> None:
    email = f"dup-{uuid.uuid4().hex[:8]}@example.com"
    conn.client().sign_up(email)
    error = rpc_fails(
        lambda: conn.client().sign_up(email), grpc.StatusCode.FAILED_PRECONDITION, "SIGN_UP_FAILED"
    )
    text = (error.details() or "").lower()
    assert email not in text and "exist" not in text and "taken" not in text
    assert dict(error_info(error).metadata) == {}
    assert conn.server.backend.count("users", "email = :e", e=email) == 1


def test_short_password_and_bad_email_are_field_violations(conn: Connection) -> None:
    client = conn.client()
    error = rpc_fails(
        lambda: client.auth.SignUp(pb.SignUpRequest(email="not-an-email", password="short")),
        grpc.StatusCode.INVALID_ARGUMENT,
        "VALIDATION_FAILED",
    )
    assert {"email", "password"} <= set(field_violations(error))
    assert conn.server.backend.count("users", "email = :e", e="not-an-email") == 0


def test_refresh_rotates_and_the_spent_token_stops_working(conn: Connection) -> None:
    client = conn.client().sign_up()
    rotated = refresh(client, client.refresh_token)
    assert rotated.refresh_token != client.refresh_token
    assert list(list_accounts(client, rotated.access_token).accounts) == []
    again = refresh(client, rotated.refresh_token)
    assert again.refresh_token not in {rotated.refresh_token, client.refresh_token}


def test_reused_refresh_token_revokes_its_whole_family(conn: Connection) -> None:
    client = conn.client().sign_up()
    stolen = client.refresh_token
    sibling = refresh(client, stolen)  # the legitimate rotation
    rpc_fails(lambda: refresh(client, stolen), grpc.StatusCode.UNAUTHENTICATED, "REFRESH_TOKEN_INVALID")
    # The family is dead: the newest refresh token and its access token stop working too.
    rpc_fails(lambda: refresh(client, sibling.refresh_token), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(lambda: list_accounts(client, sibling.access_token), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(lambda: list_accounts(client, client.token), grpc.StatusCode.UNAUTHENTICATED)


def test_reuse_in_one_session_leaves_other_sessions_alone(conn: Connection) -> None:
    email = f"two-devices-{uuid.uuid4().hex[:8]}@example.com"
    phone = conn.client().sign_up(email)
    laptop = conn.client()
    signed_in = laptop.auth.SignIn(pb.SignInRequest(email=email, password=PASSWORD))
    refresh(phone, phone.refresh_token)
    rpc_fails(lambda: refresh(phone, phone.refresh_token), grpc.StatusCode.UNAUTHENTICATED)
    assert list(list_accounts(laptop, signed_in.tokens.access_token).accounts) == []


def test_sign_out_ends_access_and_refresh(conn: Connection) -> None:
    client = conn.client().sign_up()
    client.auth.SignOut(pb.SignOutRequest(), metadata=client.md())
    rpc_fails(lambda: list_accounts(client), grpc.StatusCode.UNAUTHENTICATED, "UNAUTHENTICATED")
    rpc_fails(lambda: refresh(client, client.refresh_token), grpc.StatusCode.UNAUTHENTICATED)


def test_refresh_token_is_not_an_access_token(conn: Connection) -> None:
    client = conn.client().sign_up()
    rpc_fails(lambda: list_accounts(client, client.refresh_token), grpc.StatusCode.UNAUTHENTICATED)


def test_missing_and_malformed_authorization_are_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    rpc_fails(
        lambda: client.accounts.ListAccounts(acc.ListAccountsRequest()),
        grpc.StatusCode.UNAUTHENTICATED,
        "UNAUTHENTICATED",
    )
    rpc_fails(
        lambda: client.accounts.ListAccounts(
            acc.ListAccountsRequest(), metadata=[("authorization", f"Basic {client.token}")]
        ),
        grpc.StatusCode.UNAUTHENTICATED,
    )


def test_expired_tampered_foreign_key_and_unsigned_tokens_are_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    server = conn.server
    claims = jwt.decode(client.token, options={"verify_signature": False})
    valid = forge(server.signing_key, server.key_id, sub=claims["sub"], sid=claims["sid"])
    assert list(list_accounts(client, valid).accounts) == []  # the forging helper itself is right

    past = int(dt.datetime.now(dt.UTC).timestamp()) - 3600
    expired = forge(
        server.signing_key, server.key_id, sub=claims["sub"], sid=claims["sid"], iat=past - 900, exp=past
    )
    head, body, sig = client.token.split(".")
    other_user = jwt.utils.base64url_encode(
        jwt.api_jws.json.dumps({**claims, "sub": str(uuid.uuid4())}).encode()
    ).decode()
    tampered = f"{head}.{other_user}.{sig}"
    wrong_key = forge(Ed25519PrivateKey.generate(), server.key_id, sub=claims["sub"], sid=claims["sid"])
    unsigned = jwt.encode({**claims}, key=None, algorithm="none", headers={"kid": server.key_id})
    wrong_type = forge(server.signing_key, server.key_id, sub=claims["sub"], sid=claims["sid"], typ="refresh")
    wrong_audience = forge(server.signing_key, server.key_id, sub=claims["sub"], sid=claims["sid"], aud="x")
    for name, token in {
        "expired": expired,
        "tampered": tampered,
        "wrong key": wrong_key,
        "alg=none": unsigned,
        "not an access token": wrong_type,
        "other audience": wrong_audience,
        "garbage": "abc.def.ghi",
    }.items():
        error = rpc_fails(lambda t=token: list_accounts(client, t), grpc.StatusCode.UNAUTHENTICATED)
        assert error_info(error).reason == "UNAUTHENTICATED", name
