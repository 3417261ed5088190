"""MFA over a real channel: enrolment, the sign-in challenge, replay and backup codes."""

from __future__ import annotations

import concurrent.futures
import urllib.parse
import uuid

import grpc

from rupaya.v1 import auth_pb2 as pb
from rupaya.v1 import users_pb2
from tests.identity import enable_mfa, list_accounts, sign_in, verify_email
from tests.rpc_errors import rpc_fails
from tests.servers import PASSWORD, Connection


def mfa_user(conn: Connection):  # type: ignore[no-untyped-def]
    email = f"mfa-{uuid.uuid4().hex[:8]}@example.com"
    client = conn.client().sign_up(email)
    return client, enable_mfa(client, email)


def complete(conn: Connection, email: str, code: str) -> pb.CompleteMfaSignInResponse:
    client = conn.client()
    challenge = sign_in(client, email).mfa_challenge
    return client.auth.CompleteMfaSignIn(pb.CompleteMfaSignInRequest(mfa_challenge=challenge, code=code))


def test_enrolment_returns_otpauth_uri_and_png_qr_code(conn: Connection) -> None:
    client = conn.client().sign_up()
    verify_email(client)
    reply = client.auth.EnrollMfa(pb.EnrollMfaRequest(), metadata=client.md())
    uri = urllib.parse.urlparse(reply.otpauth_uri)
    assert uri.scheme == "otpauth" and uri.netloc == "totp"
    assert urllib.parse.parse_qs(uri.query)["secret"] == [reply.secret]
    assert urllib.parse.parse_qs(uri.query)["issuer"] == ["RUPAYA"]
    assert reply.qr_code_mime_type == "image/png" and reply.qr_code.startswith(b"\x89PNG\r\n\x1a\n")


def test_mfa_is_off_until_confirmed_with_a_right_code(conn: Connection) -> None:
    email = f"unconfirmed-{uuid.uuid4().hex[:8]}@example.com"
    client = conn.client().sign_up(email)
    verify_email(client)
    client.auth.EnrollMfa(pb.EnrollMfaRequest(), metadata=client.md())
    rpc_fails(
        lambda: client.auth.ConfirmMfa(pb.ConfirmMfaRequest(code="000000"), metadata=client.md()),
        grpc.StatusCode.UNAUTHENTICATED,
        "MFA_CODE_INVALID",
    )
    assert sign_in(conn.client(), email).tokens.access_token  # still no challenge


def test_sign_in_of_mfa_user_gets_a_challenge_and_the_code_gets_tokens(conn: Connection) -> None:
    _, user = mfa_user(conn)
    client = conn.client()
    first = sign_in(client, user.email)
    assert first.mfa_required and first.mfa_challenge and not first.HasField("tokens")
    done = client.auth.CompleteMfaSignIn(
        pb.CompleteMfaSignInRequest(mfa_challenge=first.mfa_challenge, code=next(user.codes))
    )
    assert done.user_id == first.user_id
    assert list(list_accounts(client, done.tokens.access_token).accounts) == []


def test_replayed_totp_code_is_refused(conn: Connection) -> None:
    _, user = mfa_user(conn)
    code = next(user.codes)
    complete(conn, user.email, code)
    rpc_fails(lambda: complete(conn, user.email, code), grpc.StatusCode.UNAUTHENTICATED, "MFA_CODE_INVALID")


def test_code_of_an_earlier_step_is_refused_after_a_later_one_was_used(conn: Connection) -> None:
    client, user = mfa_user(conn)
    current, later = next(user.codes), next(user.codes)
    complete(conn, user.email, later)
    rpc_fails(
        lambda: complete(conn, user.email, current), grpc.StatusCode.UNAUTHENTICATED, "MFA_CODE_INVALID"
    )


def test_backup_code_works_once_and_its_use_is_audited(conn: Connection) -> None:
    client, user = mfa_user(conn)
    assert len(user.backup_codes) == 10 and len(set(user.backup_codes)) == 10
    code = user.backup_codes[0]
    assert complete(conn, user.email, code.upper()).tokens.access_token  # case and dash tolerant
    rpc_fails(lambda: complete(conn, user.email, code), grpc.StatusCode.UNAUTHENTICATED, "MFA_CODE_INVALID")
    assert complete(conn, user.email, user.backup_codes[1]).tokens.access_token
    events = client.users.ListAuditEvents(users_pb2.ListAuditEventsRequest(), metadata=client.md()).events
    used = [e for e in events if e.action == users_pb2.AUDIT_ACTION_BACKUP_CODE_USED]
    assert len(used) == 2 and all(e.peer_address for e in used)


def test_challenge_is_single_use(conn: Connection) -> None:
    _, user = mfa_user(conn)
    client = conn.client()
    challenge = sign_in(client, user.email).mfa_challenge
    client.auth.CompleteMfaSignIn(pb.CompleteMfaSignInRequest(mfa_challenge=challenge, code=next(user.codes)))
    rpc_fails(
        lambda: client.auth.CompleteMfaSignIn(
            pb.CompleteMfaSignInRequest(mfa_challenge=challenge, code=user.backup_codes[0])
        ),
        grpc.StatusCode.UNAUTHENTICATED,
        "MFA_CHALLENGE_INVALID",
    )


def test_challenge_dies_after_five_wrong_codes(conn: Connection) -> None:
    _, user = mfa_user(conn)
    client = conn.client()
    challenge = sign_in(client, user.email).mfa_challenge
    for guess in ("111111", "222222", "333333", "444444", "555555"):
        rpc_fails(
            lambda g=guess: client.auth.CompleteMfaSignIn(
                pb.CompleteMfaSignInRequest(mfa_challenge=challenge, code=g)
            ),
            grpc.StatusCode.UNAUTHENTICATED,
            "MFA_CODE_INVALID",
        )
    rpc_fails(
        lambda: client.auth.CompleteMfaSignIn(
            pb.CompleteMfaSignInRequest(mfa_challenge=challenge, code=next(user.codes))
        ),
        grpc.StatusCode.UNAUTHENTICATED,
        "MFA_CHALLENGE_INVALID",
    )


def test_made_up_challenge_is_refused(conn: Connection) -> None:
    client = conn.client()
    rpc_fails(
        lambda: client.auth.CompleteMfaSignIn(
            pb.CompleteMfaSignInRequest(mfa_challenge="x" * 43, code="123456")
        ),
        grpc.StatusCode.UNAUTHENTICATED,
        "MFA_CHALLENGE_INVALID",
    )


def test_disable_needs_password_and_code(conn: Connection) -> None:
    client, user = mfa_user(conn)
    code = next(user.codes)
    rpc_fails(
        lambda: client.auth.DisableMfa(
            pb.DisableMfaRequest(password="not the password at all", code=code), metadata=client.md()
        ),
        grpc.StatusCode.UNAUTHENTICATED,
        "INVALID_CREDENTIALS",
    )
    rpc_fails(
        lambda: client.auth.DisableMfa(
            pb.DisableMfaRequest(password=PASSWORD, code="000000"), metadata=client.md()
        ),
        grpc.StatusCode.UNAUTHENTICATED,
        "MFA_CODE_INVALID",
    )
    assert sign_in(conn.client(), user.email).mfa_required
    client.auth.DisableMfa(pb.DisableMfaRequest(password=PASSWORD, code=code), metadata=client.md())
    assert sign_in(conn.client(), user.email).tokens.access_token
    rows = conn.server.backend.rows_per_user_table(client.user_id)
    assert rows["backup_codes"] == 0 and rows["mfa_credentials"] == 0
    profile = client.users.GetProfile(users_pb2.GetProfileRequest(), metadata=client.md()).profile
    assert not profile.mfa_enabled


def test_regenerated_backup_codes_replace_the_old_ones(conn: Connection) -> None:
    client, user = mfa_user(conn)
    fresh = client.auth.RegenerateBackupCodes(
        pb.RegenerateBackupCodesRequest(code=next(user.codes)), metadata=client.md()
    ).backup_codes
    assert len(fresh) == 10 and not set(fresh) & set(user.backup_codes)
    rpc_fails(
        lambda: complete(conn, user.email, user.backup_codes[0]),
        grpc.StatusCode.UNAUTHENTICATED,
        "MFA_CODE_INVALID",
    )
    assert complete(conn, user.email, fresh[0]).tokens.access_token


def test_database_holds_no_plaintext_totp_secret_backup_code_or_refresh_token(conn: Connection) -> None:
    client, user = mfa_user(conn)
    backend = conn.server.backend
    dump = repr(
        backend.rows("SELECT * FROM mfa_credentials")
        + backend.rows("SELECT * FROM backup_codes")
        + backend.rows("SELECT * FROM refresh_tokens")
        + backend.rows("SELECT * FROM audit_events")
    ).encode()
    secrets_in_clear = [user.secret, *user.backup_codes, client.refresh_token]
    for secret in secrets_in_clear:
        for form in (secret, secret.replace("-", ""), secret.lower()):
            assert form.encode() not in dump
    assert backend.count("mfa_credentials") >= 1 and backend.count("backup_codes") >= 10


def test_one_totp_code_raced_on_two_challenges_signs_in_once(conn: Connection) -> None:
    _, user = mfa_user(conn)
    code = next(user.codes)
    challenges = [sign_in(conn.client(), user.email).mfa_challenge for _ in range(4)]

    def attempt(challenge: str) -> bool:
        try:
            conn.client().auth.CompleteMfaSignIn(
                pb.CompleteMfaSignInRequest(mfa_challenge=challenge, code=code)
            )
        except grpc.RpcError as error:
            assert error.code() == grpc.StatusCode.UNAUTHENTICATED
            return False
        return True

    with concurrent.futures.ThreadPoolExecutor(len(challenges)) as pool:
        outcomes = list(pool.map(attempt, challenges))
    assert outcomes.count(True) == 1
