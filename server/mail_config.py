"""Mail settings from the environment (RUPAYA_SMTP_*, RUPAYA_MAIL_*); server/config.py reads them.

No SMTP host means the development sender: `.eml` files in `<data dir>/mail/`. Production
refuses to start without a host and an explicit From address (config.py), since a reset link
written to a local file reaches nobody."""

from __future__ import annotations

import pathlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parseaddr

from server.tls_config import is_loopback

SECURITIES = ("starttls", "tls", "none")
# The port each security mode is conventionally served on (RFC 8314: 465 implicit TLS, 587 submission).
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
DEVELOPMENT_FROM = "RUPAYA <no-reply@localhost>"


class MailConfigError(Exception):
    """The RUPAYA_SMTP_* / RUPAYA_MAIL_* settings do not describe a usable mail path."""


@dataclass(frozen=True)
class MailSettings:
    smtp_host: str = ""  # "" = the development sender (.eml files)
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_username: str = ""
    smtp_password: str = field(default="", repr=False)  # a secret: never in logs
    smtp_ca_file: str = ""  # a private CA to trust beside the system's
    smtp_timeout_s: float = 30.0
    mail_from: str = DEVELOPMENT_FROM
    mail_from_set: bool = False  # named in the environment (production requires it)
    poll_interval_s: float = 10.0
    retry_base_s: float = 30.0
    retry_cap_s: float = 3600.0
    max_attempts: int = 12
    give_up_after_s: float = 24 * 3600.0
    batch_size: int = 20
    # Sent and given-up rows (addresses, no values) are deleted after this long.
    retention_s: float = 7 * 24 * 3600.0

    @property
    def lease_s(self) -> float:
        """How long a claimed batch is kept from other deliverers: the sends a batch may take
        (each bounded by the timeout) plus a margin, so a claim never runs out mid-send."""
        return self.batch_size * (self.smtp_timeout_s + 1) + 30


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise MailConfigError(f"{name} must be a number of seconds, got {raw!r}") from None
    if not value > 0:
        raise MailConfigError(f"{name} must be positive, got {raw!r}")
    return value


def _count(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise MailConfigError(f"{name} must be a whole number of at least 1, got {raw!r}")
    return int(raw)


def _password(env: Mapping[str, str]) -> str:
    password = env.get("RUPAYA_SMTP_PASSWORD", "")
    password_file = env.get("RUPAYA_SMTP_PASSWORD_FILE", "")
    if not password and password_file:
        password = pathlib.Path(password_file).read_text().strip()
    return password


def mail_settings(env: Mapping[str, str]) -> MailSettings:
    security = env.get("RUPAYA_SMTP_SECURITY", "").strip().lower() or "starttls"
    if security not in SECURITIES:
        raise MailConfigError(f"RUPAYA_SMTP_SECURITY must be starttls, tls or none, got {security!r}")
    port = _count(env, "RUPAYA_SMTP_PORT", DEFAULT_PORTS[security])
    if port > 65535:
        raise MailConfigError(f"RUPAYA_SMTP_PORT must be a port number, got {port}")
    mail_from = env.get("RUPAYA_MAIL_FROM", "").strip()
    settings = MailSettings(
        smtp_host=env.get("RUPAYA_SMTP_HOST", "").strip(),
        smtp_port=port,
        smtp_security=security,
        smtp_username=env.get("RUPAYA_SMTP_USERNAME", ""),
        smtp_password=_password(env),
        smtp_ca_file=env.get("RUPAYA_SMTP_CA_FILE", ""),
        smtp_timeout_s=_number(env, "RUPAYA_SMTP_TIMEOUT", 30.0),
        mail_from=mail_from or DEVELOPMENT_FROM,
        mail_from_set=bool(mail_from),
        poll_interval_s=_number(env, "RUPAYA_MAIL_POLL_INTERVAL", 10.0),
        retry_base_s=_number(env, "RUPAYA_MAIL_RETRY_BASE", 30.0),
        retry_cap_s=_number(env, "RUPAYA_MAIL_RETRY_CAP", 3600.0),
        max_attempts=_count(env, "RUPAYA_MAIL_MAX_ATTEMPTS", 12),
        give_up_after_s=_number(env, "RUPAYA_MAIL_GIVE_UP_AFTER", 24 * 3600.0),
        batch_size=_count(env, "RUPAYA_MAIL_BATCH_SIZE", 20),
        retention_s=_number(env, "RUPAYA_MAIL_RETENTION", 7 * 24 * 3600.0),
    )
    _check(settings)
    return settings


def _check(settings: MailSettings) -> None:
    _, address = parseaddr(settings.mail_from)
    if "@" not in address:
        raise MailConfigError(
            f"RUPAYA_MAIL_FROM must be an address (Name <a@b.example>), got {settings.mail_from!r}"
        )
    if bool(settings.smtp_username) != bool(settings.smtp_password):
        raise MailConfigError("RUPAYA_SMTP_USERNAME and RUPAYA_SMTP_PASSWORD go together")
    if settings.smtp_ca_file and not pathlib.Path(settings.smtp_ca_file).is_file():
        raise MailConfigError(f"RUPAYA_SMTP_CA_FILE {settings.smtp_ca_file!r} is not a file")
    if settings.retry_cap_s < settings.retry_base_s:
        raise MailConfigError("RUPAYA_MAIL_RETRY_CAP must not be below RUPAYA_MAIL_RETRY_BASE")
    plaintext_off_host = settings.smtp_security == "none" and not is_loopback(settings.smtp_host)
    if settings.smtp_username and plaintext_off_host:
        raise MailConfigError(
            "RUPAYA_SMTP_SECURITY=none would send the SMTP password in clear text: use starttls or tls "
            "(or a relay on a loopback address)"
        )


def production_refusal(settings: MailSettings) -> list[str]:
    """The mail settings a production start lacks (config.py adds them to its refusal)."""
    missing = []
    if not settings.smtp_host:
        missing.append("RUPAYA_SMTP_HOST")
    if not settings.mail_from_set:
        missing.append("RUPAYA_MAIL_FROM")
    if settings.smtp_host and settings.smtp_security == "none" and not is_loopback(settings.smtp_host):
        missing.append("RUPAYA_SMTP_SECURITY=starttls or tls (none only for a relay on a loopback address)")
    return missing
