"""Account recovery over real channels (issue 16): e-mail verification, change of address and
password reset, with the messages read where the server's development sender writes them
(tests/mailbox.py), and the tokens in them used as their recipient would."""

from __future__ import annotations

import concurrent.futures
import time
import uuid
from collections.abc import Iterator

import grpc
import httpx
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from rupaya.v1 import auth_pb2 as pb
from rupaya.v1 import users_pb2
from tests import mailbox
from tests.identity import MfaUser, enable_mfa, fresh_codes, list_accounts, sign_in, verify_email
from tests.rpc_errors import error_info, rpc_fails
from tests.servers import PASSWORD, Backend, Client, Connection, connect, start_server

NEW_PASSWORD = "a brand new passphrase for tests"
WEB_URL = "https://app.example.test"


def verified_user(conn: Connection, email: str | None = None) -> Client:
    client = conn.client().sign_up(email)
    verify_email(client)
    return client


def request_reset(client: Client, email: str) -> None:
    reply = client.auth.RequestPasswordReset(pb.RequestPasswordResetRequest(email=email))
    assert reply == pb.RequestPasswordResetResponse()


def reset_token(conn: Connection, email: str, nth: int = 1) -> str:
    """Asks for a reset of `email` and returns the token of the `nth` reset message to it."""
    request_reset(conn.client(), email)
    assert conn.server.mail_dir
    return mailbox.wait_for(conn.server.mail_dir, email, "password_reset", count=nth)[nth - 1].token


def profile(client: Client) -> users_pb2.Profile:
    return client.users.GetProfile(users_pb2.GetProfileRequest(), metadata=client.md()).profile


def reset(
    client: Client, token: str, password: str = NEW_PASSWORD, code: str = ""
) -> pb.ResetPasswordResponse:
    request = pb.ResetPasswordRequest(token=token, new_password=password, mfa_code=code)
    return client.auth.ResetPassword(request)  # type: ignore[no-any-return]


def in_parallel(calls: int, call: object) -> list[str]:
    """Runs `call` `calls` times at once; "OK" or the ErrorInfo reason of each."""

    def one(_: int) -> str:
        try:
            call()  # type: ignore[operator]
            return "OK"
        except grpc.RpcError as error:
            return error_info(error).reason

    with concurrent.futures.ThreadPoolExecutor(calls) as pool:
        return list(pool.map(one, range(calls)))


@pytest.fixture(scope="module")
def tuned(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    """A server whose tokens live one second and whose links point at WEB_URL, on a database of
    its own (a server sharing one would resolve reset requests with its own settings)."""
    folder = tmp_path_factory.mktemp("recovery-tuned")
    own = Backend.fresh_like(backend, folder)
    server = start_server(
        own,
        folder,
        extra_env={
            "RUPAYA_EMAIL_VERIFICATION_TTL": "1",
            "RUPAYA_PASSWORD_RESET_TTL": "1",
            "RUPAYA_PUBLIC_WEB_URL": WEB_URL + "/",
        },
    )
    try:
        yield from connect(server)
    finally:
        server.stop()
        own.drop()


@pytest.fixture(scope="module")
def queued(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    """A server on a database of its own whose resolver waits a minute between rounds: reset
    requests stay queued, so a test sees exactly what the RPC itself wrote."""
    folder = tmp_path_factory.mktemp("recovery-queued")
    own = Backend.fresh_like(backend, folder)
    server = start_server(own, folder, extra_env={"RUPAYA_PASSWORD_RESET_INTERVAL": "60"})
    try:
        yield from connect(server)
    finally:
        server.stop()
        own.drop()


def rows_per_table(backend: Backend) -> dict[str, int]:
    tables = [name for (name,) in backend.rows(TABLES_SQL[backend.name])]
    return {table: backend.count(table) for table in tables}


TABLES_SQL = {
    "embedded": "SELECT name FROM sqlite_master WHERE type = 'table'",
    "postgres": "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
}


# --- e-mail verification ---------------------------------------------------------------


def test_sign_up_sends_a_verification_link_whose_token_verifies_the_address_once(conn: Connection) -> None:
    client = conn.client().sign_up()
    assert profile(client).email_verified is False
    assert client.mail_dir
    message = mailbox.wait_for(client.mail_dir, client.email, "verify_email")[0]
    assert message.token in message.text  # the bare token too, for apps
    client.auth.VerifyEmail(pb.VerifyEmailRequest(token=message.token))
    after = profile(client)
    assert after.email_verified is True and after.email == client.email
    rpc_fails(
        lambda: client.auth.VerifyEmail(pb.VerifyEmailRequest(token=message.token)),
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_INVALID",
    )


def test_link_is_built_from_the_public_web_url_with_the_token_in_the_fragment(tuned: Connection) -> None:
    client = tuned.client().sign_up()
    assert client.mail_dir
    message = mailbox.wait_for(client.mail_dir, client.email, "verify_email")[0]
    assert f"{WEB_URL}/verify-email#token={message.token}" in message.text


def test_made_up_and_expired_tokens_get_the_one_generic_reason(tuned: Connection) -> None:
    client = tuned.client().sign_up()
    assert client.mail_dir
    token = mailbox.wait_for(client.mail_dir, client.email, "verify_email")[0].token
    time.sleep(1.5)  # the tuned server's tokens live one second
    for bad in (token, "x" * 43, token[:-1] + ("A" if token[-1] != "A" else "B")):
        rpc_fails(
            lambda bad=bad: client.auth.VerifyEmail(pb.VerifyEmailRequest(token=bad)),
            grpc.StatusCode.UNAUTHENTICATED,
            "TOKEN_INVALID",
        )
    assert profile(client).email_verified is False


def test_an_unverified_account_may_not_turn_mfa_on_until_it_verifies(conn: Connection) -> None:
    client = conn.client().sign_up()
    refused = rpc_fails(
        lambda: client.auth.EnrollMfa(pb.EnrollMfaRequest(), metadata=client.md()),
        grpc.StatusCode.FAILED_PRECONDITION,
        "EMAIL_NOT_VERIFIED",
    )
    assert (
        refused.details()
        == "Verify your e-mail address first (see the message we sent, or ask for a new one)."
    )
    assert conn.server.backend.count_id("mfa_credentials", "user_id", client.user_id) == 0
    list_accounts(client)  # everything else works meanwhile
    verify_email(client)
    assert client.auth.EnrollMfa(pb.EnrollMfaRequest(), metadata=client.md()).secret


def test_resend_sends_a_new_working_token_and_is_limited_per_account(conn: Connection) -> None:
    client = conn.client().sign_up()
    for _ in range(5):  # RUPAYA_RATE_LIMIT_RECOVERY_MAIL: 5 an hour by default
        client.auth.ResendVerificationEmail(pb.ResendVerificationEmailRequest(), metadata=client.md())
    limited = rpc_fails(
        lambda: client.auth.ResendVerificationEmail(
            pb.ResendVerificationEmailRequest(), metadata=client.md()
        ),
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        "RATE_LIMITED",
    )
    assert error_info(limited).metadata["bucket"] == "recovery_mail"
    assert retry_delay_s(limited) > 0
    assert client.mail_dir
    messages = mailbox.wait_for(client.mail_dir, client.email, "verify_email", count=6)
    assert len(messages) == 6 and len({m.token for m in messages}) == 6
    client.auth.VerifyEmail(pb.VerifyEmailRequest(token=messages[-1].token))
    assert profile(client).email_verified is True


def test_a_verification_token_raced_by_parallel_callers_verifies_once(conn: Connection) -> None:
    client = conn.client().sign_up()
    assert client.mail_dir
    token = mailbox.wait_for(client.mail_dir, client.email, "verify_email")[0].token
    outcomes = in_parallel(8, lambda: client.auth.VerifyEmail(pb.VerifyEmailRequest(token=token)))
    assert sorted(outcomes) == ["OK"] + ["TOKEN_INVALID"] * 7


def retry_delay_s(error: grpc.RpcError) -> float:
    status = rpc_status.from_call(error)  # type: ignore[arg-type]
    assert status is not None
    for detail in status.details:
        if detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
            info = error_details_pb2.RetryInfo()
            detail.Unpack(info)
            return info.retry_delay.ToTimedelta().total_seconds()
    raise AssertionError("no RetryInfo")


# --- change of address -----------------------------------------------------------------


def test_change_of_address_takes_effect_only_when_the_new_one_is_verified(conn: Connection) -> None:
    client = verified_user(conn)
    old, new = client.email, f"moved-{uuid.uuid4().hex[:10]}@example.com"
    rpc_fails(
        lambda: client.auth.ChangeEmail(
            pb.ChangeEmailRequest(new_email=new, current_password="not the password"), metadata=client.md()
        ),
        grpc.StatusCode.UNAUTHENTICATED,
        "INVALID_CREDENTIALS",
    )
    client.auth.ChangeEmail(
        pb.ChangeEmailRequest(new_email=new, current_password=PASSWORD), metadata=client.md()
    )
    pending = profile(client)
    assert (pending.email, pending.pending_email, pending.email_verified) == (old, new, True)
    assert sign_in(conn.client(), old).tokens.access_token  # the old address still signs in
    assert client.mail_dir
    notice = mailbox.wait_for(client.mail_dir, old, "email_change_notice")[0]
    assert new in notice.text
    verify_email(client, new)
    moved = profile(client)
    assert (moved.email, moved.pending_email, moved.email_verified) == (new, "", True)
    assert sign_in(conn.client(), new).tokens.access_token
    rpc_fails(lambda: sign_in(conn.client(), old), grpc.StatusCode.UNAUTHENTICATED, "INVALID_CREDENTIALS")


def test_changing_to_a_taken_address_answers_alike_and_cannot_be_verified(conn: Connection) -> None:
    holder = conn.client().sign_up()
    client = verified_user(conn)
    for target in (holder.email, f"free-{uuid.uuid4().hex[:10]}@example.com"):
        reply = client.auth.ChangeEmail(
            pb.ChangeEmailRequest(new_email=target, current_password=PASSWORD), metadata=client.md()
        )
        assert reply == pb.ChangeEmailResponse()
    assert client.mail_dir
    taken_token = mailbox.wait_for(client.mail_dir, holder.email, "verify_email", count=2)[-1].token
    # The latest change asked for the free address: the token for the taken one names neither
    # the account's address nor the one it waits for.
    rpc_fails(
        lambda: client.auth.VerifyEmail(pb.VerifyEmailRequest(token=taken_token)),
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_INVALID",
    )
    client.auth.ChangeEmail(
        pb.ChangeEmailRequest(new_email=holder.email, current_password=PASSWORD), metadata=client.md()
    )
    latest = mailbox.wait_for(client.mail_dir, holder.email, "verify_email", count=3)[-1].token
    rpc_fails(
        lambda: client.auth.VerifyEmail(pb.VerifyEmailRequest(token=latest)),
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_INVALID",
    )
    assert profile(client).email == client.email and profile(holder).email == holder.email


# --- password reset --------------------------------------------------------------------


def test_reset_replaces_the_password_and_ends_every_session(conn: Connection) -> None:
    client = verified_user(conn)
    other = sign_in(conn.client(), client.email, device_id="tablet").tokens
    token = reset_token(conn, client.email)
    reset(conn.client(), token)
    for access in (client.token, other.access_token):
        rpc_fails(lambda access=access: list_accounts(client, access), grpc.StatusCode.UNAUTHENTICATED)
    for refresh in (client.refresh_token, other.refresh_token):
        rpc_fails(
            lambda refresh=refresh: client.auth.RefreshToken(pb.RefreshTokenRequest(refresh_token=refresh)),
            grpc.StatusCode.UNAUTHENTICATED,
            "REFRESH_TOKEN_INVALID",
        )
    rpc_fails(
        lambda: sign_in(conn.client(), client.email), grpc.StatusCode.UNAUTHENTICATED, "INVALID_CREDENTIALS"
    )
    fresh = sign_in(conn.client(), client.email, NEW_PASSWORD).tokens.access_token
    rpc_fails(
        lambda: reset(conn.client(), token, "yet another long passphrase"),
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_INVALID",
    )
    events = client.users.ListAuditEvents(
        users_pb2.ListAuditEventsRequest(), metadata=client.md(fresh)
    ).events
    actions = [e.action for e in events]
    assert users_pb2.AUDIT_ACTION_PASSWORD_RESET in actions
    assert users_pb2.AUDIT_ACTION_PASSWORD_RESET_REQUESTED in actions
    assert client.mail_dir
    mailbox.wait_for(client.mail_dir, client.email, "password_changed")


def test_reset_applies_the_password_policy_and_keeps_the_token_when_refused(conn: Connection) -> None:
    client = verified_user(conn)
    token = reset_token(conn, client.email)
    rpc_fails(lambda: reset(conn.client(), token, "password1234"), grpc.StatusCode.INVALID_ARGUMENT)
    reset(conn.client(), token)
    assert sign_in(conn.client(), client.email, NEW_PASSWORD).tokens.access_token


def test_reset_clears_a_sign_in_lockout(conn: Connection) -> None:
    client = verified_user(conn)
    for _ in range(5):
        rpc_fails(
            lambda: sign_in(conn.client(), client.email, "wrong password!"), grpc.StatusCode.UNAUTHENTICATED
        )
    # Locked now: even the right password is refused.
    rpc_fails(
        lambda: sign_in(conn.client(), client.email), grpc.StatusCode.UNAUTHENTICATED, "INVALID_CREDENTIALS"
    )
    reset(conn.client(), reset_token(conn, client.email))
    assert sign_in(conn.client(), client.email, NEW_PASSWORD).tokens.access_token


def test_a_password_change_makes_outstanding_reset_tokens_useless(conn: Connection) -> None:
    client = verified_user(conn)
    token = reset_token(conn, client.email)
    client.auth.ChangePassword(
        pb.ChangePasswordRequest(current_password=PASSWORD, new_password=NEW_PASSWORD), metadata=client.md()
    )
    rpc_fails(
        lambda: reset(conn.client(), token, "an attacker's chosen passphrase"),
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_INVALID",
    )
    assert sign_in(conn.client(), client.email, NEW_PASSWORD).tokens.access_token


def test_a_reset_token_raced_by_parallel_callers_resets_once(conn: Connection) -> None:
    client = verified_user(conn)
    token = reset_token(conn, client.email)
    caller = conn.client()
    outcomes = in_parallel(6, lambda: reset(caller, token))
    assert sorted(outcomes) == ["OK"] + ["TOKEN_INVALID"] * 5


def test_expired_reset_token_is_refused(tuned: Connection) -> None:
    client = verified_user(tuned)
    token = reset_token(tuned, client.email)
    time.sleep(1.5)
    rpc_fails(lambda: reset(tuned.client(), token), grpc.StatusCode.UNAUTHENTICATED, "TOKEN_INVALID")
    assert sign_in(tuned.client(), client.email).tokens.access_token  # the password is unchanged


def test_unknown_and_unverified_addresses_get_the_same_answer_and_no_message(conn: Connection) -> None:
    known = verified_user(conn)
    unverified = conn.client().sign_up()
    unknown = f"nobody-{uuid.uuid4().hex[:10]}@example.com"
    caller = conn.client()
    replies = [
        caller.auth.RequestPasswordReset.with_call(pb.RequestPasswordResetRequest(email=address))
        for address in (known.email, unverified.email, unknown)
    ]
    assert {reply.SerializeToString() for reply, _ in replies} == {b""}
    assert {call.code() for _, call in replies} == {grpc.StatusCode.OK}
    assert known.mail_dir
    mailbox.wait_for(known.mail_dir, known.email, "password_reset")
    time.sleep(1.5)  # a resolver round later (RUPAYA_PASSWORD_RESET_INTERVAL, 1 s)
    assert conn.server.backend.count("password_reset_requests") == 0  # all were resolved
    assert mailbox.messages_to(known.mail_dir, unverified.email, "password_reset") == []
    assert mailbox.messages_to(known.mail_dir, unknown) == []


def test_a_reset_request_writes_the_same_rows_for_a_known_and_an_unknown_address(queued: Connection) -> None:
    """Timing aside (noise on a shared machine), what the RPC did is compared: for an account's
    verified address and for an address nobody has, exactly one queued row and nothing else, in
    every table; the queued rows differ only in the address. Nothing was looked up to answer."""
    known = verified_user(queued)
    unknown = f"nobody-{uuid.uuid4().hex[:10]}@example.com"
    caller = queued.client()
    backend = queued.server.backend
    changes = []
    for address in (known.email, unknown):
        before = rows_per_table(backend)
        request_reset(caller, address)
        after = rows_per_table(backend)
        changes.append(
            {table: after[table] - before[table] for table in after if after[table] != before[table]}
        )
    assert changes[0] == changes[1] == {"password_reset_requests": 1}
    queue = backend.rows(
        "SELECT email, peer_address, created_at FROM password_reset_requests ORDER BY created_at"
    )
    assert [row[0] for row in queue] == [known.email, unknown]
    assert queue[0][1] == queue[1][1] and all(row[2] is not None for row in queue)


def test_reset_requests_are_limited_per_address_alike_for_unknown_ones(conn: Connection) -> None:
    known = verified_user(conn)
    unknown = f"nobody-{uuid.uuid4().hex[:10]}@example.com"
    caller = conn.client()
    for address in (known.email, unknown):
        for _ in range(5):
            request_reset(caller, address)
        limited = rpc_fails(
            lambda address=address: request_reset(caller, address),
            grpc.StatusCode.RESOURCE_EXHAUSTED,
            "RATE_LIMITED",
        )
        assert error_info(limited).metadata["bucket"] == "recovery_mail"
    assert known.mail_dir
    time.sleep(1.5)
    assert len(mailbox.wait_for(known.mail_dir, known.email, "password_reset", count=5)) == 5


def test_mfa_user_cannot_reset_with_the_emailed_token_alone(conn: Connection) -> None:
    client = conn.client().sign_up()
    user: MfaUser = enable_mfa(client, client.email)
    token = reset_token(conn, client.email)
    rpc_fails(lambda: reset(conn.client(), token), grpc.StatusCode.FAILED_PRECONDITION, "MFA_REQUIRED")
    rpc_fails(
        lambda: reset(conn.client(), token, code="000000"),
        grpc.StatusCode.UNAUTHENTICATED,
        "MFA_CODE_INVALID",
    )
    backup = user.backup_codes[0]
    reset(conn.client(), token, code=backup)  # the token still worked: wrong codes only count
    challenge = sign_in(conn.client(), client.email, NEW_PASSWORD).mfa_challenge
    rpc_fails(  # the backup code was spent by the reset
        lambda: conn.client().auth.CompleteMfaSignIn(
            pb.CompleteMfaSignInRequest(mfa_challenge=challenge, code=backup)
        ),
        grpc.StatusCode.UNAUTHENTICATED,
        "MFA_CODE_INVALID",
    )


def test_a_reset_token_dies_after_five_wrong_mfa_codes(conn: Connection) -> None:
    client = conn.client().sign_up()
    user = enable_mfa(client, client.email)
    token = reset_token(conn, client.email)
    for _ in range(5):
        rpc_fails(
            lambda: reset(conn.client(), token, code="000000"),
            grpc.StatusCode.UNAUTHENTICATED,
            "MFA_CODE_INVALID",
        )
    rpc_fails(
        lambda: reset(conn.client(), token, code=user.backup_codes[0]),
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_INVALID",
    )


def test_a_reset_with_a_current_totp_code_works(conn: Connection) -> None:
    client = conn.client().sign_up()
    user = enable_mfa(client, client.email)
    token = reset_token(conn, client.email)
    codes = fresh_codes(user.secret)
    next(codes)
    reset(conn.client(), token, code=next(codes))
    assert sign_in(conn.client(), client.email, NEW_PASSWORD).mfa_required


# --- security notices ------------------------------------------------------------------


def test_sign_in_from_a_new_device_is_noticed_and_a_known_one_is_not(conn: Connection) -> None:
    client = verified_user(conn)
    assert client.mail_dir
    sign_in(conn.client(), client.email, device_id="test-device")  # the sign-up's device
    sign_in(conn.client(), client.email, device_id=f"new-{uuid.uuid4().hex[:6]}")
    mailbox.wait_for(client.mail_dir, client.email, "new_device")
    sign_in(conn.client(), client.email, device_id="test-device")
    time.sleep(1)
    assert len(mailbox.messages_to(client.mail_dir, client.email, "new_device")) == 1


def test_an_unverified_address_gets_no_security_notices(conn: Connection) -> None:
    client = conn.client().sign_up()
    sign_in(conn.client(), client.email, device_id=f"new-{uuid.uuid4().hex[:6]}")
    client.auth.ChangePassword(
        pb.ChangePasswordRequest(current_password=PASSWORD, new_password=NEW_PASSWORD), metadata=client.md()
    )
    assert client.mail_dir
    mailbox.wait_for(client.mail_dir, client.email, "verify_email")
    time.sleep(1)
    sent = mailbox.messages_to(client.mail_dir, client.email)
    assert sent and all(m.is_template("verify_email") for m in sent)


def test_password_change_mfa_change_and_refresh_reuse_are_noticed(conn: Connection) -> None:
    client = conn.client().sign_up()
    enable_mfa(client, client.email)
    assert client.mail_dir
    assert "turned on" in mailbox.wait_for(client.mail_dir, client.email, "mfa_changed")[0].text
    first = client.refresh_token
    client.auth.RefreshToken(pb.RefreshTokenRequest(refresh_token=first))
    rpc_fails(
        lambda: client.auth.RefreshToken(pb.RefreshTokenRequest(refresh_token=first)),
        grpc.StatusCode.UNAUTHENTICATED,
    )
    notice = mailbox.wait_for(client.mail_dir, client.email, "session_family_revoked")[0]
    assert "Test phone" in notice.text  # the device whose session ended
    other = verified_user(conn)
    other.auth.ChangePassword(
        pb.ChangePasswordRequest(current_password=PASSWORD, new_password=NEW_PASSWORD), metadata=other.md()
    )
    mailbox.wait_for(client.mail_dir, other.email, "password_changed")


def test_mfa_sign_in_from_a_new_device_is_noticed_once_completed(conn: Connection) -> None:
    client = conn.client().sign_up()
    user = enable_mfa(client, client.email)
    assert client.mail_dir
    challenger = conn.client()
    challenge = sign_in(challenger, client.email, device_id="new-laptop").mfa_challenge
    time.sleep(0.5)
    assert (
        mailbox.messages_to(client.mail_dir, client.email, "new_device") == []
    )  # the password alone is not a sign-in
    challenger.auth.CompleteMfaSignIn(
        pb.CompleteMfaSignInRequest(mfa_challenge=challenge, code=user.backup_codes[0])
    )
    mailbox.wait_for(client.mail_dir, client.email, "new_device")


# --- through the HTTP gateway ----------------------------------------------------------


def test_reset_through_the_http_gateway(conn: Connection) -> None:
    client = verified_user(conn)
    with httpx.Client(base_url=conn.server.http_url, timeout=30) as http:
        asked = http.post("/v1/auth:requestPasswordReset", json={"email": client.email})
        assert asked.status_code == 200 and asked.json() == {}
        unknown = http.post(
            "/v1/auth:requestPasswordReset", json={"email": f"x-{uuid.uuid4().hex[:8]}@example.com"}
        )
        assert (unknown.status_code, unknown.json()) == (200, {})
        assert client.mail_dir
        token = mailbox.wait_for(client.mail_dir, client.email, "password_reset")[0].token
        done = http.post("/v1/auth:resetPassword", json={"token": token, "newPassword": NEW_PASSWORD})
        assert done.status_code == 200, done.text
        again = http.post("/v1/auth:resetPassword", json={"token": token, "newPassword": NEW_PASSWORD})
        assert again.status_code == 401
        infos = [d for d in again.json()["details"] if d["@type"].endswith("google.rpc.ErrorInfo")]
        assert infos[0]["reason"] == "TOKEN_INVALID"
    assert sign_in(conn.client(), client.email, NEW_PASSWORD).tokens.access_token
