"""Helpers for identity tests: e-mail verification through the real message, MFA set-up with
fresh TOTP codes, sign-in and RPC shortcuts."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import pyotp

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import auth_pb2 as pb
from rupaya.v1 import common_pb2, users_pb2
from tests import mailbox
from tests.servers import PASSWORD, Client

STEP_S = 30
MIN_LEFT_IN_STEP_S = 3


def device(
    device_id: str, name: str = "Phone", platform: int = common_pb2.PLATFORM_IOS
) -> common_pb2.DeviceInfo:
    return common_pb2.DeviceInfo(device_id=device_id, device_name=name, platform=platform)  # type: ignore[arg-type]


def list_accounts(client: Client, token: str | None = None) -> acc.ListAccountsResponse:
    return client.accounts.ListAccounts(acc.ListAccountsRequest(), metadata=client.md(token))


def refresh(client: Client, refresh_token: str) -> pb.AuthTokens:
    return client.auth.RefreshToken(pb.RefreshTokenRequest(refresh_token=refresh_token)).tokens


def sign_in(client: Client, email: str, password: str = PASSWORD, device_id: str = "") -> pb.SignInResponse:
    request = pb.SignInRequest(email=email, password=password, device=device(device_id or "laptop"))
    return client.auth.SignIn(request)  # type: ignore[no-any-return]


def fresh_codes(secret: str) -> Iterator[str]:
    """TOTP codes of three consecutive steps (previous, current, next), each usable once.

    Only the first (previous step) needs the clock to stay in the current step, and it is
    used at once; the other two stay inside the server's +-1 step window for 30 s or more."""
    if STEP_S - time.time() % STEP_S < MIN_LEFT_IN_STEP_S:
        time.sleep(STEP_S - time.time() % STEP_S + 0.5)
    totp, now = pyotp.TOTP(secret), time.time()
    yield from (totp.at(now - STEP_S), totp.at(now), totp.at(now + STEP_S))


@dataclass
class MfaUser:
    email: str
    secret: str
    backup_codes: list[str]
    codes: Iterator[str]  # the two unused fresh codes left after confirmation


def verify_email(client: Client, address: str = "") -> None:
    """Verifies the client's address the way its owner would: the token from the message the
    server sent (the development sender's .eml files; tests/mailbox.py)."""
    assert client.mail_dir is not None, "a Client from Connection.client() knows its server's mail"
    message = mailbox.wait_for(client.mail_dir, address or client.email, "verify_email")[-1]
    client.auth.VerifyEmail(pb.VerifyEmailRequest(token=message.token))


def enable_mfa(client: Client, email: str) -> MfaUser:
    """Turning MFA on needs a verified address (docs/security.md "Account recovery"): verified first."""
    if not client.users.GetProfile(
        users_pb2.GetProfileRequest(), metadata=client.md()
    ).profile.email_verified:
        verify_email(client, email)
    enrolment = client.auth.EnrollMfa(pb.EnrollMfaRequest(), metadata=client.md())
    secret = enrolment.secret
    codes = fresh_codes(secret)
    confirmed = client.auth.ConfirmMfa(pb.ConfirmMfaRequest(code=next(codes)), metadata=client.md())
    return MfaUser(email, secret, list(confirmed.backup_codes), codes)
