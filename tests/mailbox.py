"""Reading what a test server sent: the development sender's `.eml` files (in the server's data
folder, mail/) or the messages a test SMTP server received, parsed as a mail client would.
Messages are told apart by subject (server/mail/templates/*.txt); tokens are read from the
link in the plain-text part, as a person would follow it."""

from __future__ import annotations

import email
import email.policy
import pathlib
import re
import time
from dataclasses import dataclass
from email.message import EmailMessage

# A distinctive part of each template's subject.
SUBJECTS = {
    "verify_email": "Confirm your e-mail address",
    "password_reset": "Reset your",
    "new_device": "New sign-in",
    "password_changed": "password was changed",
    "mfa_changed": "Two-step verification changed",
    "session_family_revoked": "signed out for your safety",
    "email_change_notice": "e-mail address is being changed",
    "budget_alert": "budget alert:",
}
TOKEN_IN_LINK = re.compile(r"#token=([A-Za-z0-9_-]{16,})")


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    text: str  # the plain-text part
    raw: bytes

    def is_template(self, template: str) -> bool:
        return SUBJECTS[template] in self.subject

    @property
    def token(self) -> str:
        found = TOKEN_IN_LINK.search(self.text)
        assert found, f"no token link in {self.subject!r}"
        return found.group(1)


def parse(raw: bytes) -> Mail:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    part = message.get_body(preferencelist=("plain",))
    text = part.get_content() if part is not None else ""
    return Mail(str(message["To"]), str(message["Subject"]), text, raw)


# Each .eml file parsed once: a session's shared folder holds every sign-up's message, and
# wait_for looks ten times a second.
_parsed: dict[pathlib.Path, Mail] = {}


def eml_files(folder: pathlib.Path) -> list[Mail]:
    """In the order they were written to the outbox (the file names are the rows' UUIDv7s)."""
    if not folder.is_dir():
        return []
    mails = []
    for path in sorted(folder.glob("*.eml")):
        if path not in _parsed:
            _parsed[path] = parse(path.read_bytes())
        mails.append(_parsed[path])
    return mails


def messages_to(folder: pathlib.Path, to: str, template: str | None = None) -> list[Mail]:
    return [m for m in eml_files(folder) if m.to == to and (template is None or m.is_template(template))]


def wait_for(
    folder: pathlib.Path, to: str, template: str, count: int = 1, timeout_s: float = 20
) -> list[Mail]:
    """The first `count` messages of `template` to `to`, waiting for the deliverer to write them."""
    deadline = time.monotonic() + timeout_s
    while True:
        found = messages_to(folder, to, template)
        if len(found) >= count or time.monotonic() > deadline:
            assert len(found) >= count, f"{len(found)} of {count} {template} message(s) to {to} arrived"
            return found
        time.sleep(0.1)
