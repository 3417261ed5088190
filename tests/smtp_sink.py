"""A real SMTP server for tests (aiosmtpd): STARTTLS with a throwaway CA's certificate, AUTH
required, every message it accepts kept for the test to read.

Use it through the `smtp_sink` fixture (tests/conftest.py), module-scoped so a module's server
fixture can be pointed at it:

    @pytest.fixture(scope="module")
    def mail_server(backend, smtp_sink, tmp_path_factory):
        # a database no other server shares: any server on it would deliver its mail too
        fresh = own_backend(backend, tmp_path_factory)
        server = start_server(fresh, tmp_path_factory.mktemp("logs"), extra_env=smtp_sink.server_env())
        ...

    def test_reset_mail_arrives(mail_server, smtp_sink):
        message = smtp_sink.wait_for(lambda m: m["To"] == email)   # an EmailMessage
        link = smtp_sink.text(message)                             # its text/plain part

`server_env()` configures a server for it (STARTTLS, AUTH, the CA, and a fast poll and backoff).
`stop()` / `start()` take it down and bring it back on the same port; `password` may be changed
to make the server's login fail; `refuse` holds recipient addresses answered with 550."""

from __future__ import annotations

import email
import email.policy
import pathlib
import ssl
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.servers import free_port
from tests.throwaway_ca import ThrowawayCa

USERNAME = "rupaya-mailer"
PASSWORD = "sink password for tests"


class SmtpSink:
    def __init__(self, folder: pathlib.Path) -> None:
        self.ca = ThrowawayCa(folder / "smtp-ca", name="RUPAYA test SMTP CA")
        self._cert = self.ca.issue("smtp")
        self.port = free_port()
        self.password = PASSWORD
        self.refuse: set[str] = set()
        self.messages: list[EmailMessage] = []
        self.logins = 0
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    @property
    def ca_file(self) -> pathlib.Path:
        return self.ca.cert_file

    def server_env(self, **overrides: str) -> dict[str, str]:
        """RUPAYA_* settings that make a server deliver here, retrying fast."""
        return {
            "RUPAYA_SMTP_HOST": "127.0.0.1",
            "RUPAYA_SMTP_PORT": str(self.port),
            "RUPAYA_SMTP_SECURITY": "starttls",
            "RUPAYA_SMTP_USERNAME": USERNAME,
            "RUPAYA_SMTP_PASSWORD": PASSWORD,
            "RUPAYA_SMTP_CA_FILE": str(self.ca_file),
            "RUPAYA_SMTP_TIMEOUT": "5",
            "RUPAYA_MAIL_FROM": "RUPAYA <no-reply@rupaya.test>",
            "RUPAYA_MAIL_POLL_INTERVAL": "0.3",
            "RUPAYA_MAIL_RETRY_BASE": "0.2",
            "RUPAYA_MAIL_RETRY_CAP": "1",
            **overrides,
        }

    def start(self) -> None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self._cert.cert_file, self._cert.key_file)
        self._controller = Controller(
            _Handler(self),
            hostname="127.0.0.1",
            port=self.port,
            tls_context=context,
            require_starttls=True,
            auth_required=True,
            auth_require_tls=True,
            authenticator=self._authenticate,
        )
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def clear(self) -> None:
        with self._lock:
            self.messages.clear()

    def received(self) -> list[EmailMessage]:
        with self._lock:
            return list(self.messages)

    def wait_for(self, match: Callable[[EmailMessage], bool], timeout_s: float = 20) -> EmailMessage:
        """The first message `match` accepts, waiting up to `timeout_s` for it to arrive."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for message in self.received():
                if match(message):
                    return message
            time.sleep(0.05)
        raise AssertionError(f"no matching message within {timeout_s}s; received {len(self.received())}")

    @staticmethod
    def text(message: EmailMessage) -> str:
        part = message.get_body(("plain",))
        assert part is not None, "no text/plain part"
        return str(part.get_content())  # type: ignore[attr-defined]

    @staticmethod
    def html(message: EmailMessage) -> str:
        part = message.get_body(("html",))
        assert part is not None, "no text/html part"
        return str(part.get_content())  # type: ignore[attr-defined]

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == USERNAME
            and auth_data.password.decode() == self.password
        )
        if ok:
            with self._lock:
                self.logins += 1
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

    def _accept(self, envelope: Envelope) -> None:
        raw = envelope.content if isinstance(envelope.content, bytes) else str(envelope.content).encode()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        with self._lock:
            self.messages.append(message)


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self._sink = sink

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self._sink.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self._sink._accept(envelope)
        return "250 OK"
