"""Account-recovery messages through a real SMTP server started by the test (aiosmtpd with
STARTTLS and AUTH, tests/smtp_sink.py): they arrive, their tokens work once, an unknown address
gets nothing, and a mail server that is down delays them without failing or losing anything."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterator
from email.message import EmailMessage

import grpc
import pytest

from rupaya.v1 import auth_pb2 as pb
from tests.identity import sign_in
from tests.rpc_errors import rpc_fails
from tests.servers import Backend, Connection, connect, start_server
from tests.smtp_sink import SmtpSink

NEW_PASSWORD = "a passphrase sent by smtp"
SUBJECTS = {"verify_email": "Confirm your e-mail address", "password_reset": "Reset your"}


@pytest.fixture(scope="module")
def mail_server(
    backend: Backend, smtp_sink: SmtpSink, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Connection]:
    """A server delivering to the sink, on a database of its own (a server sharing it would
    deliver the outbox's rows too, through its own sender)."""
    folder = tmp_path_factory.mktemp("recovery-smtp")
    own = Backend.fresh_like(backend, folder)
    server = start_server(own, folder, extra_env=smtp_sink.server_env())
    try:
        yield from connect(server)
    finally:
        server.stop()
        own.drop()


def to(address: str, template: str) -> Callable[[EmailMessage], bool]:
    return lambda m: m["To"] == address and SUBJECTS[template] in str(m["Subject"])


def token_in(message: EmailMessage) -> str:
    found = re.search(r"#token=([A-Za-z0-9_-]{16,})", SmtpSink.text(message))
    assert found, "no link with a token"
    return found.group(1)


def test_verification_and_reset_arrive_by_smtp_and_their_tokens_work_once(
    mail_server: Connection, smtp_sink: SmtpSink
) -> None:
    client = mail_server.client().sign_up()
    verify = token_in(smtp_sink.wait_for(to(client.email, "verify_email")))
    client.auth.VerifyEmail(pb.VerifyEmailRequest(token=verify))
    rpc_fails(
        lambda: client.auth.VerifyEmail(pb.VerifyEmailRequest(token=verify)),
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_INVALID",
    )
    client.auth.RequestPasswordReset(pb.RequestPasswordResetRequest(email=client.email))
    reset = token_in(smtp_sink.wait_for(to(client.email, "password_reset")))
    client.auth.ResetPassword(pb.ResetPasswordRequest(token=reset, new_password=NEW_PASSWORD))
    rpc_fails(
        lambda: client.auth.ResetPassword(pb.ResetPasswordRequest(token=reset, new_password=NEW_PASSWORD)),
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_INVALID",
    )
    assert sign_in(mail_server.client(), client.email, NEW_PASSWORD).tokens.access_token


def test_a_reset_for_an_unknown_address_sends_nothing(mail_server: Connection, smtp_sink: SmtpSink) -> None:
    known = mail_server.client().sign_up()
    unknown = f"nobody-{uuid.uuid4().hex[:10]}@example.com"
    known.auth.VerifyEmail(
        pb.VerifyEmailRequest(token=token_in(smtp_sink.wait_for(to(known.email, "verify_email"))))
    )
    for address in (unknown, known.email):
        reply = known.auth.RequestPasswordReset(pb.RequestPasswordResetRequest(email=address))
        assert reply == pb.RequestPasswordResetResponse()
    smtp_sink.wait_for(to(known.email, "password_reset"))  # the later request was resolved
    time.sleep(1.5)
    assert [m for m in smtp_sink.received() if m["To"] == unknown] == []


def test_with_the_mail_server_down_the_rpcs_succeed_and_the_messages_come_later(
    mail_server: Connection, smtp_sink: SmtpSink
) -> None:
    verified = mail_server.client().sign_up()
    verified.auth.VerifyEmail(
        pb.VerifyEmailRequest(token=token_in(smtp_sink.wait_for(to(verified.email, "verify_email"))))
    )
    received = len(smtp_sink.received())
    smtp_sink.stop()
    try:
        newcomer = mail_server.client().sign_up()  # its verification message cannot go out
        verified.auth.RequestPasswordReset(pb.RequestPasswordResetRequest(email=verified.email))
        time.sleep(2)  # several delivery attempts fail meanwhile (fast retries in server_env)
        assert len(smtp_sink.received()) == received
    finally:
        smtp_sink.start()
    welcome = token_in(smtp_sink.wait_for(to(newcomer.email, "verify_email")))
    reset = token_in(smtp_sink.wait_for(to(verified.email, "password_reset")))
    newcomer.auth.VerifyEmail(pb.VerifyEmailRequest(token=welcome))
    verified.auth.ResetPassword(pb.ResetPasswordRequest(token=reset, new_password=NEW_PASSWORD))
    log = mail_server.server.log()  # failed attempts were logged: with no token or password in them
    assert "mail send failed; will retry" in log
    for secret in (welcome, reset, NEW_PASSWORD):
        assert secret not in log
