"""Access logs: one JSON line per RPC with the request id, and never a secret from a request
(nor from the account-recovery messages)."""

from __future__ import annotations

import datetime
import uuid

import grpc

from rupaya.v1 import accounts_pb2, auth_pb2
from tests import mailbox
from tests.identity import enable_mfa
from tests.ops import eventually, json_lines
from tests.rpc_errors import rpc_fails
from tests.servers import Connection, ServerProcess


def _rpc_lines(server: ServerProcess, request_id: str) -> list[dict[str, object]]:
    return [line for line in json_lines(server.log()) if line.get("request_id") == request_id]


def test_access_line_is_json_with_the_callers_request_id(conn: Connection, server: ServerProcess) -> None:
    client = conn.client().sign_up()
    request_id = f"req-{uuid.uuid4()}"
    _, call = client.accounts.ListAccounts.with_call(
        accounts_pb2.ListAccountsRequest(), metadata=[*client.md(), ("x-request-id", request_id)]
    )
    assert ("x-request-id", request_id) in tuple(call.trailing_metadata())
    eventually(lambda: bool(_rpc_lines(server, request_id)), what="access line written")
    [line] = _rpc_lines(server, request_id)
    assert line["event"] == "rpc"
    assert line["method"] == "/rupaya.v1.AccountService/ListAccounts"
    assert line["code"] == "OK"
    assert line["user_id"] == client.user_id
    assert isinstance(line["duration_ms"], float | int)
    assert "127.0.0.1" in str(line["peer"])
    assert line["level"] == "info" and line["pid"] == server.process.pid
    written = datetime.datetime.fromisoformat(str(line["timestamp"]))  # structlog's ISO UTC form
    assert written.tzinfo == datetime.UTC
    assert abs(datetime.datetime.now(datetime.UTC) - written) < datetime.timedelta(minutes=5)


def test_a_token_sent_as_request_id_is_not_written(conn: Connection, server: ServerProcess) -> None:
    client = conn.client().sign_up()
    leaked = client.token[:100]  # ids over 128 characters are replaced anyway
    request_id = f"Bearer {leaked}"  # a client that puts its credential in the wrong header
    client.accounts.ListAccounts(
        accounts_pb2.ListAccountsRequest(), metadata=[*client.md(), ("x-request-id", request_id)]
    )
    eventually(lambda: client.user_id in server.log(), what="access line written")
    assert leaked not in server.log()


def test_a_request_without_id_gets_a_generated_one_back(conn: Connection) -> None:
    client = conn.client().sign_up()
    _, call = client.accounts.ListAccounts.with_call(accounts_pb2.ListAccountsRequest(), metadata=client.md())
    returned = dict(call.trailing_metadata())["x-request-id"]
    assert uuid.UUID(returned)


def test_an_error_carries_the_request_id_beside_its_details(conn: Connection, server: ServerProcess) -> None:
    client = conn.client().sign_up()
    request_id = f"req-{uuid.uuid4()}"
    error = rpc_fails(
        lambda: client.accounts.GetAccount(
            accounts_pb2.GetAccountRequest(id="not-a-uuid"),
            metadata=[*client.md(), ("x-request-id", request_id)],
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    trailers = dict(error.trailing_metadata())
    assert trailers["x-request-id"] == request_id
    assert "grpc-status-details-bin" in trailers and "ratelimit-remaining" in trailers
    eventually(lambda: bool(_rpc_lines(server, request_id)), what="access line written")
    assert _rpc_lines(server, request_id)[0]["code"] == "INVALID_ARGUMENT"


def test_logs_never_contain_passwords_or_tokens(conn: Connection, server: ServerProcess) -> None:
    password = f"Secret-{uuid.uuid4().hex}"
    email = f"log-{uuid.uuid4().hex[:10]}@example.com"
    client = conn.client()
    signed_up = client.auth.SignUp(auth_pb2.SignUpRequest(email=email, password=password))
    rpc_fails(
        lambda: client.auth.SignIn(auth_pb2.SignInRequest(email=email, password=password + "-wrong")),
        grpc.StatusCode.UNAUTHENTICATED,
    )
    refreshed = client.auth.RefreshToken(
        auth_pb2.RefreshTokenRequest(refresh_token=signed_up.tokens.refresh_token)
    )
    request_id = f"req-{uuid.uuid4()}"
    client.accounts.ListAccounts(
        accounts_pb2.ListAccountsRequest(),
        metadata=[("authorization", f"Bearer {refreshed.tokens.access_token}"), ("x-request-id", request_id)],
    )
    stale = signed_up.tokens.refresh_token  # reuse of a spent token: an error path that names it
    rpc_fails(
        lambda: client.auth.RefreshToken(auth_pb2.RefreshTokenRequest(refresh_token=stale)),
        grpc.StatusCode.UNAUTHENTICATED,
    )
    eventually(lambda: bool(_rpc_lines(server, request_id)), what="access line written")
    log = server.log()
    json_lines(log)  # every line is JSON
    for secret in (
        password,
        signed_up.tokens.access_token,
        signed_up.tokens.refresh_token,
        refreshed.tokens.access_token,
        refreshed.tokens.refresh_token,
    ):
        assert secret not in log


def test_redaction_scrubs_secret_fields_and_bearer_tokens_in_text() -> None:
    from server.logs import REDACTED, redact_secrets

    event = redact_secrets(
        None,
        "info",
        {
            "event": "failed with Authorization: Bearer abc.def-123",
            "password": "hunter2hunter2",
            "request": {"email": "a@example.com", "refresh_token": "r-123", "totp_code": "123456"},
            "note": "jwt eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl leaked",
            "totp": 123456,  # not text, still a secret by its name
            "request_id": "Bearer abc.def-123",  # comes from the caller
            "method": "/rupaya.v1.AuthService/WhoAmI",  # the server's own field, kept as is
        },
    )
    assert event["totp"] == REDACTED and "abc.def-123" not in event["request_id"]
    assert event["method"] == "/rupaya.v1.AuthService/WhoAmI"
    assert event["password"] == REDACTED
    assert event["request"] == {"email": "a@example.com", "refresh_token": REDACTED, "totp_code": REDACTED}
    assert "abc.def-123" not in event["event"] and REDACTED in event["event"]
    assert "eyJzdWIiOi" not in event["note"]


def test_a_reply_grpc_could_not_deliver_is_one_warning_without_traceback() -> None:
    """grpc logs ExecuteBatchError with a traceback when the call was over before its reply
    (client cancelled, deadline passed): the client's doing, so the server log keeps one line."""
    import logging

    from server.logs import _undeliverable_reply

    try:
        raise RuntimeError('Failed "execute_batch"')
    except RuntimeError:
        import sys

        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "grpc._cython.cygrpc",
        logging.ERROR,
        "server.pyx",
        1,
        "ExecuteBatchError raised in core by servicer method [%s]",
        ("/rupaya.v1.X/Y",),
        exc_info,
    )
    assert _undeliverable_reply(record)
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "already over" in record.getMessage()
    other = logging.LogRecord("grpc._cython.cygrpc", logging.ERROR, "x", 1, "something else", (), exc_info)
    assert _undeliverable_reply(other) and other.exc_info is not None and other.levelno == logging.ERROR


def test_account_recovery_writes_no_token_code_or_password_to_the_log(
    conn: Connection, server: ServerProcess
) -> None:
    """Verification, change of address and a reset with an MFA backup code: none of the tokens,
    links, codes or passwords they carry appears in any log line (mail delivery included)."""
    password = f"Recover-{uuid.uuid4().hex}"
    new_password = f"Recovered-{uuid.uuid4().hex}"
    client = conn.client()
    client.email = f"log-recovery-{uuid.uuid4().hex[:8]}@example.com"
    signed_up = client.auth.SignUp(auth_pb2.SignUpRequest(email=client.email, password=password))
    client.token = signed_up.tokens.access_token
    assert client.mail_dir
    verification = mailbox.wait_for(client.mail_dir, client.email, "verify_email")[0].token
    client.auth.VerifyEmail(auth_pb2.VerifyEmailRequest(token=verification))
    moved = f"log-moved-{uuid.uuid4().hex[:8]}@example.com"
    client.auth.ChangeEmail(
        auth_pb2.ChangeEmailRequest(new_email=moved, current_password=password), metadata=client.md()
    )
    change = mailbox.wait_for(client.mail_dir, moved, "verify_email")[0].token
    client.auth.VerifyEmail(auth_pb2.VerifyEmailRequest(token=change))
    mfa = enable_mfa(client, moved)
    client.auth.RequestPasswordReset(auth_pb2.RequestPasswordResetRequest(email=moved))
    reset = mailbox.wait_for(client.mail_dir, moved, "password_reset")[0].token
    wrong = auth_pb2.ResetPasswordRequest(token=reset, new_password=new_password, mfa_code="123456")
    rpc_fails(lambda: client.auth.ResetPassword(wrong), grpc.StatusCode.UNAUTHENTICATED)
    client.auth.ResetPassword(
        auth_pb2.ResetPasswordRequest(token=reset, new_password=new_password, mfa_code=mfa.backup_codes[0])
    )
    rpc_fails(  # the spent token again: an error path that has it in hand
        lambda: client.auth.ResetPassword(
            auth_pb2.ResetPasswordRequest(
                token=reset, new_password=new_password, mfa_code=mfa.backup_codes[1]
            )
        ),
        grpc.StatusCode.UNAUTHENTICATED,
    )
    mailbox.wait_for(client.mail_dir, moved, "password_changed")
    log = server.log()
    json_lines(log)
    for secret in (password, new_password, verification, change, reset, *mfa.backup_codes[:2], mfa.secret):
        assert secret not in log
