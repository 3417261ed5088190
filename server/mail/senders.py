"""Where composed messages go: an SMTP server (aiosmtplib), or `.eml` files in development."""

from __future__ import annotations

import asyncio
import os
import pathlib
import ssl
import tempfile
from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING, Protocol

from server.mail_config import MailSettings

if TYPE_CHECKING:
    import aiosmtplib


class SendFailure(Exception):
    """A message was not handed over. `kind` labels the failure metric; `detail` is short and
    safe to store and log (an error class and SMTP code, never the server's text or a value);
    `permanent` means the server refused this message for good (5xx), so retrying is pointless."""

    def __init__(self, kind: str, detail: str, *, permanent: bool = False) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.permanent = permanent


class Sender(Protocol):
    async def send(self, message: EmailMessage) -> None:
        """Hands `message` over, or raises SendFailure."""
        ...

    def describe(self) -> str:
        """Where messages go, for the start-up log line (no credentials)."""
        ...


@dataclass
class SmtpSender:
    settings: MailSettings

    def describe(self) -> str:
        s = self.settings
        return f"smtp://{s.smtp_host}:{s.smtp_port} ({s.smtp_security}{', auth' if s.smtp_username else ''})"

    def _tls_context(self) -> ssl.SSLContext:
        # The system's trust store, plus a private CA when one is named; hostnames always checked.
        return ssl.create_default_context(cafile=self.settings.smtp_ca_file or None)

    async def send(self, message: EmailMessage) -> None:
        # Imported on the first message sent, not at start (~0.9 MB resident): the development
        # default writes files, and a worker may never send.
        import aiosmtplib

        s = self.settings
        try:
            await aiosmtplib.send(
                message,
                hostname=s.smtp_host,
                port=s.smtp_port,
                username=s.smtp_username or None,
                password=s.smtp_password or None,
                use_tls=s.smtp_security == "tls",
                start_tls=s.smtp_security == "starttls",  # required, never opportunistic
                tls_context=self._tls_context() if s.smtp_security != "none" else None,
                timeout=s.smtp_timeout_s,
            )
        except aiosmtplib.SMTPException as error:
            raise _classify(error) from None
        except ssl.SSLError as error:
            raise SendFailure("tls", type(error).__name__) from None
        except OSError as error:
            raise SendFailure("connect", type(error).__name__) from None


def _classify(error: aiosmtplib.SMTPException) -> SendFailure:
    import aiosmtplib  # loaded by SmtpSender.send, which raised `error`

    name = type(error).__name__
    code = getattr(error, "code", None)
    if isinstance(error, aiosmtplib.SMTPTimeoutError | aiosmtplib.SMTPConnectTimeoutError):
        return SendFailure("timeout", name)
    if isinstance(error, aiosmtplib.SMTPConnectError | aiosmtplib.SMTPServerDisconnected):
        return SendFailure("connect", name)
    if isinstance(error, aiosmtplib.SMTPAuthenticationError):
        return SendFailure("auth", f"{name} {code}")  # a wrong password is a setting to fix: retried
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        codes = [refused.code for refused in error.recipients]
        return SendFailure("refused", f"{name} {codes}", permanent=all(c >= 500 for c in codes))
    if isinstance(error, aiosmtplib.SMTPDataError):
        return SendFailure("refused", f"{name} {code}", permanent=isinstance(code, int) and code >= 500)
    if isinstance(error, aiosmtplib.SMTPSenderRefused):  # our From address: a setting to fix, retried
        return SendFailure("refused", f"{name} {code}")
    if "TLS" in name:
        return SendFailure("tls", name)
    return SendFailure("protocol", f"{name} {code}" if code else name)


@dataclass
class FileSender:
    """Development default: each message as `<row id>.eml` in `folder`, owner-only (links and
    tokens in it work). A retried message overwrites its own file, so it appears once."""

    folder: pathlib.Path

    def describe(self) -> str:
        return f"{self.folder} (.eml files; set RUPAYA_SMTP_HOST to send)"

    async def send(self, message: EmailMessage) -> None:
        try:
            await asyncio.to_thread(self._write, message)
        except OSError as error:
            raise SendFailure("file", type(error).__name__) from None

    def _write(self, message: EmailMessage) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = str(message["Message-ID"]).strip("<>").partition("@")[0]
        fd, draft = tempfile.mkstemp(dir=self.folder, prefix=".draft-")  # created 0600
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(message.as_bytes())
            os.replace(draft, self.folder / f"{stem}.eml")
        except BaseException:
            pathlib.Path(draft).unlink(missing_ok=True)
            raise


def make_sender(settings: MailSettings, data_dir: pathlib.Path) -> Sender:
    if settings.smtp_host:
        return SmtpSender(settings)
    return FileSender(data_dir / "mail")
