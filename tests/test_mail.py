"""The mail path (issue 16): the outbox written in the caller's transaction, delivered after
commit by real servers to a real SMTP server (aiosmtpd: STARTTLS with a throwaway CA, AUTH),
retried while that server is down or refuses the login, never sent twice by two servers, and
leaving no token in the database once sent. Messages are enqueued by this process through
`outbox.enqueue` on the servers' database, with their data key."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import html.parser
import pathlib
import re
import time
import uuid
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy

import pytest
import sqlalchemy as sa

from server.config import ConfigError, load_settings, normalize_database_url
from server.crypto import DataKey
from server.db import migrate
from server.db.engine import Database
from server.db.tables import MailOutboxRow
from server.mail import compose, outbox
from server.mail.deliverer import Deliverer, mask, retry_delay
from server.mail.senders import SmtpSender
from server.mail_config import mail_settings
from tests.ops import eventually, sample, scrape
from tests.servers import Backend, ServerProcess, free_port, start_server
from tests.smtp_sink import SmtpSink


class RolledBack(Exception):
    """Raised inside a transaction to roll it back."""


Message = tuple[str, str, dict[str, str]]  # to, template, values


def data_key(backend: Backend) -> DataKey:
    return DataKey(base64.b64decode(backend.env["RUPAYA_DATA_KEY"]))


async def _enqueue(backend: Backend, messages: list[Message], roll_back: bool) -> None:
    outbox.install(data_key(backend))
    db = Database(normalize_database_url(backend.sync_db_url))
    try:
        async with db.transaction() as session:
            for to, template, values in messages:
                outbox.enqueue(session, to=to, template=template, values=values)
            if roll_back:
                raise RolledBack
    except RolledBack:
        pass
    finally:
        await db.close()


def enqueue(backend: Backend, *messages: Message, roll_back: bool = False) -> None:
    asyncio.run(_enqueue(backend, list(messages), roll_back))


def reset_mail(to: str | None = None, name: str = "Asha") -> Message:
    """A password_reset message with a token of its own (also the marker to find it by)."""
    token = uuid.uuid4().hex
    values = {
        "display_name": name,
        "link": f"https://app.rupaya.test/reset#token={token}",
        "token": token,
        "expires_in": "30 minutes",
    }
    return (to or f"user-{token[:8]}@example.com", "password_reset", values)


def carrying(token: str) -> Callable[[EmailMessage], bool]:
    return lambda message: token in SmtpSink.text(message)


def outbox_rows(backend: Backend) -> list[tuple[object, ...]]:
    """(recipient, attempts, sent_at, given_up_at, payload_encrypted, last_error) per row."""
    return backend.rows(
        "SELECT recipient, attempts, sent_at, given_up_at, payload_encrypted, last_error FROM mail_outbox"
    )


def row_for(backend: Backend, to: str) -> tuple[object, ...]:
    (row,) = [row for row in outbox_rows(backend) if row[0] == to]
    return row


@pytest.fixture(scope="module")
def mail_backend(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    """A database of the run's kind that only this module's servers use: a server on the shared
    one (the `server` fixture) would deliver these messages to its own .eml folder."""
    fresh = Backend.fresh_like(backend, tmp_path_factory.mktemp("mail-db"))
    try:
        yield fresh
    finally:
        fresh.drop()


@pytest.fixture(scope="module")
def mail_server(
    mail_backend: Backend, smtp_sink: SmtpSink, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    server = start_server(
        mail_backend, tmp_path_factory.mktemp("mail-logs"), extra_env=smtp_sink.server_env()
    )
    try:
        yield server
    finally:
        server.stop()


class _Markup(html.parser.HTMLParser):
    """Every tag and attribute of an HTML part."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_message_arrives_over_starttls_and_auth_as_text_and_html_without_tracking(
    mail_server: ServerProcess, mail_backend: Backend, smtp_sink: SmtpSink
) -> None:
    to, template, values = reset_mail(name='<b>Eve</b> & "co"')
    enqueue(mail_backend, (to, template, values))
    message = smtp_sink.wait_for(carrying(values["token"]))

    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["To"] == to and message["From"] == "RUPAYA <no-reply@rupaya.test>"
    assert message["Subject"] == "Reset your RUPAYA password"
    assert message["Date"] and re.fullmatch(r"<[0-9a-f-]{36}@rupaya\.test>", message["Message-ID"])
    text, markup = SmtpSink.text(message), SmtpSink.html(message)
    assert values["link"] in text and '<b>Eve</b> & "co"' in text  # plain text carries values as they are
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;co&quot;" in markup and "<b>Eve" not in markup
    parser = _Markup()
    parser.feed(markup)
    tags = {tag for tag, _ in parser.tags}
    assert not tags & {"img", "script", "link", "iframe", "object", "embed", "style", "form"}, tags
    assert all("src" not in attrs and "style" not in attrs for _, attrs in parser.tags)
    assert [attrs["href"] for tag, attrs in parser.tags if tag == "a"] == [values["link"]]  # untouched
    assert "url(" not in markup and "RUPAYA" in markup


def test_payload_is_encrypted_while_pending_and_cleared_once_sent(
    mail_server: ServerProcess, mail_backend: Backend, smtp_sink: SmtpSink
) -> None:
    smtp_sink.stop()  # keep the message pending long enough to look at it
    try:
        to, template, values = reset_mail()
        enqueue(mail_backend, (to, template, values))
        _, _, sent_at, _, payload, _ = row_for(mail_backend, to)
        assert sent_at is None and isinstance(payload, bytes)
        assert values["token"].encode() not in payload and b"reset#token" not in payload
    finally:
        smtp_sink.start()
    smtp_sink.wait_for(carrying(values["token"]))
    eventually(lambda: row_for(mail_backend, to)[2] is not None, timeout_s=20, what="row marked sent")
    _, attempts, sent_at, given_up_at, payload, last_error = row_for(mail_backend, to)
    assert payload is None and given_up_at is None and int(str(attempts)) >= 1
    assert values["token"] not in str(outbox_rows(mail_backend))


def test_smtp_down_delays_messages_which_arrive_once_each_when_it_is_back(
    mail_server: ServerProcess, mail_backend: Backend, smtp_sink: SmtpSink
) -> None:
    failures_before = sample(
        scrape(mail_server.metrics_port), "rupaya_mail_send_failures_total", kind="connect"
    )
    smtp_sink.stop()
    try:
        messages = [reset_mail() for _ in range(3)]
        enqueue(mail_backend, *messages)
        recipients = {to for to, _, _ in messages}

        def retried() -> bool:
            rows = [row for row in outbox_rows(mail_backend) if row[0] in recipients]
            return all(int(str(row[1])) >= 2 and row[2] is None for row in rows)

        eventually(retried, timeout_s=20, what="every message attempted twice")
        samples = scrape(mail_server.metrics_port)
        # A second claim comes after the first attempt's failure was counted.
        assert sample(samples, "rupaya_mail_send_failures_total", kind="connect") >= failures_before + 3
        assert sample(samples, "rupaya_mail_pending") >= 3
        assert sample(samples, "rupaya_mail_oldest_pending_age_seconds") > 0
        assert all(row[4] is not None for row in outbox_rows(mail_backend) if row[0] in recipients)
    finally:
        smtp_sink.start()
    for _, _, values in messages:
        smtp_sink.wait_for(carrying(values["token"]))
    eventually(
        lambda: all(row[2] is not None for row in outbox_rows(mail_backend) if row[0] in recipients),
        timeout_s=20,
        what="every row marked sent",
    )
    time.sleep(1.5)  # a few more poll rounds: nothing is sent again
    for _, _, values in messages:
        assert len([m for m in smtp_sink.received() if carrying(values["token"])(m)]) == 1
    assert "connect: SMTPConnectError" in mail_server.log()  # the failure is logged, without values


def test_wrong_smtp_password_is_a_counted_failure_and_the_message_follows_once_fixed(
    mail_server: ServerProcess, mail_backend: Backend, smtp_sink: SmtpSink
) -> None:
    before = sample(scrape(mail_server.metrics_port), "rupaya_mail_send_failures_total", kind="auth")
    smtp_sink.password = "rotated on the mail server"
    try:
        to, template, values = reset_mail()
        enqueue(mail_backend, (to, template, values))
        eventually(
            lambda: str(row_for(mail_backend, to)[5]).startswith("auth: SMTPAuthenticationError 535"),
            timeout_s=20,
            what="an auth failure recorded",
        )
        assert (
            sample(scrape(mail_server.metrics_port), "rupaya_mail_send_failures_total", kind="auth") > before
        )
        assert mail_server.process.poll() is None  # still serving
    finally:
        smtp_sink.password = "sink password for tests"
    smtp_sink.wait_for(carrying(values["token"]))


def test_a_permanently_refused_recipient_is_given_up_at_once_and_its_payload_cleared(
    mail_server: ServerProcess, mail_backend: Backend, smtp_sink: SmtpSink
) -> None:
    before = sample(scrape(mail_server.metrics_port), "rupaya_mail_given_up_total", template="password_reset")
    to, template, values = reset_mail()
    smtp_sink.refuse.add(to)
    enqueue(mail_backend, (to, template, values))
    eventually(lambda: row_for(mail_backend, to)[3] is not None, timeout_s=20, what="message given up")
    _, attempts, sent_at, _, payload, last_error = row_for(mail_backend, to)
    assert sent_at is None and payload is None and attempts == 1
    assert str(last_error) == "refused: SMTPRecipientsRefused [550]"
    after = sample(scrape(mail_server.metrics_port), "rupaya_mail_given_up_total", template="password_reset")
    assert after == before + 1


def test_no_value_token_or_password_reaches_the_log_and_recipients_are_masked(
    mail_server: ServerProcess, mail_backend: Backend, smtp_sink: SmtpSink
) -> None:
    to, template, values = reset_mail(to=f"secret-person-{uuid.uuid4().hex[:6]}@example.com")
    enqueue(mail_backend, (to, template, values))
    smtp_sink.wait_for(carrying(values["token"]))
    eventually(lambda: mask(to) in mail_server.log(), timeout_s=20, what="the sent line")
    log = mail_server.log()
    assert values["token"] not in log and to not in log and "sink password" not in log
    assert mask(to) == "s***@example.com"


def test_two_servers_on_one_database_never_send_a_message_twice(
    mail_server: ServerProcess,
    mail_backend: Backend,
    smtp_sink: SmtpSink,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    env = smtp_sink.server_env(RUPAYA_MAIL_BATCH_SIZE="4")
    other = start_server(mail_backend, tmp_path_factory.mktemp("mail-logs-2"), extra_env=env)
    try:
        sent_before = [sample(scrape(s.metrics_port), "rupaya_mail_sent_total") for s in (mail_server, other)]
        messages = [reset_mail() for _ in range(80)]
        enqueue(mail_backend, *messages)
        for _, _, values in messages:
            smtp_sink.wait_for(carrying(values["token"]), timeout_s=60)
        time.sleep(1.5)  # more poll rounds on both servers: nothing goes out again
        received = [SmtpSink.text(m) for m in smtp_sink.received()]
        for _, _, values in messages:
            assert sum(values["token"] in text for text in received) == 1
        sent = [
            sample(scrape(s.metrics_port), "rupaya_mail_sent_total") - before
            for s, before in zip((mail_server, other), sent_before, strict=True)
        ]
        assert sum(sent) == 80 and all(count > 0 for count in sent), sent  # both took a share
    finally:
        other.stop()


# In this process: a deliverer on a database no server polls, so only the commit can wake it.


@pytest.fixture(scope="module")
def quiet_backend(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    fresh = Backend.fresh_like(backend, tmp_path_factory.mktemp("quiet-db"))
    migrate.upgrade(normalize_database_url(fresh.sync_db_url))
    try:
        yield fresh
    finally:
        fresh.drop()


async def _deliver_while(
    backend: Backend, sink: SmtpSink, work: Callable[[Database], object], **env: str
) -> None:
    """Runs `work(db)` while a deliverer (polling only once a minute unless `env` says) serves `backend`."""
    settings = mail_settings(sink.server_env(**{"RUPAYA_MAIL_POLL_INTERVAL": "60", **env}))
    outbox.install(data_key(backend))
    db = Database(normalize_database_url(backend.sync_db_url))
    deliverer = Deliverer(db, SmtpSender(settings), settings)
    deliverer.start()
    try:
        await asyncio.sleep(0.3)  # its first round (an empty outbox) is over: it now waits
        result = work(db)
        if asyncio.iscoroutine(result):
            await result
    finally:
        await deliverer.stop(5)
        await db.close()


def test_a_commit_wakes_the_deliverer_at_once(quiet_backend: Backend, smtp_sink: SmtpSink) -> None:
    to, template, values = reset_mail()

    async def commit(db: Database) -> None:
        async with db.transaction() as session:
            outbox.enqueue(session, to=to, template=template, values=values)
        started = time.monotonic()
        while not any(carrying(values["token"])(m) for m in smtp_sink.received()):
            assert time.monotonic() - started < 10, "not delivered: the commit did not wake the deliverer"
            await asyncio.sleep(0.05)

    asyncio.run(_deliver_while(quiet_backend, smtp_sink, commit))


def test_a_rolled_back_enqueue_writes_and_sends_nothing(quiet_backend: Backend, smtp_sink: SmtpSink) -> None:
    to, template, values = reset_mail()

    async def roll_back(db: Database) -> None:
        with pytest.raises(RolledBack):
            async with db.transaction() as session:
                outbox.enqueue(session, to=to, template=template, values=values)
                raise RolledBack
        await asyncio.sleep(1.5)

    asyncio.run(_deliver_while(quiet_backend, smtp_sink, roll_back))
    assert not [row for row in outbox_rows(quiet_backend) if row[0] == to]
    assert not [m for m in smtp_sink.received() if carrying(values["token"])(m)]


def test_a_payload_moved_to_another_recipient_does_not_decrypt_and_is_not_sent(
    quiet_backend: Backend, smtp_sink: SmtpSink
) -> None:
    """An attacker who can write the database redirects a reset mail to their own address."""
    victim, template, values = reset_mail()
    attacker = f"attacker-{uuid.uuid4().hex[:6]}@example.com"
    enqueue(quiet_backend, (victim, template, values))
    engine = sa.create_engine(quiet_backend.sync_db_url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE mail_outbox SET recipient = :attacker WHERE recipient = :victim"),
            {"attacker": attacker, "victim": victim},
        )
    engine.dispose()

    async def deliver(db: Database) -> None:
        # Its first round picks the message up; on a loaded machine that may take a while.
        deadline = time.monotonic() + 30
        while row_for(quiet_backend, attacker)[3] is None and time.monotonic() < deadline:
            await asyncio.sleep(0.1)

    asyncio.run(_deliver_while(quiet_backend, smtp_sink, deliver))
    _, _, sent_at, given_up_at, payload, last_error = row_for(quiet_backend, attacker)
    assert sent_at is None and given_up_at is not None and payload is None
    assert last_error == "payload does not decrypt under this data key"
    assert not [m for m in smtp_sink.received() if m["To"] == attacker]


def test_a_message_is_given_up_after_the_attempt_limit_and_its_payload_cleared(
    quiet_backend: Backend, smtp_sink: SmtpSink
) -> None:
    to, template, values = reset_mail()
    enqueue(quiet_backend, (to, template, values))

    async def wait(db: Database) -> None:
        await asyncio.sleep(2)

    nobody_listens = str(free_port())
    limits = {
        "RUPAYA_SMTP_PORT": nobody_listens,
        "RUPAYA_MAIL_MAX_ATTEMPTS": "3",
        "RUPAYA_MAIL_POLL_INTERVAL": "0.1",
    }
    asyncio.run(_deliver_while(quiet_backend, smtp_sink, wait, **limits))
    _, attempts, sent_at, given_up_at, payload, last_error = row_for(quiet_backend, to)
    assert (attempts, sent_at, payload) == (3, None, None) and given_up_at is not None
    assert str(last_error).startswith("connect: ")


def test_a_message_older_than_the_give_up_age_is_not_sent(
    quiet_backend: Backend, smtp_sink: SmtpSink
) -> None:
    to, template, values = reset_mail()
    enqueue(quiet_backend, (to, template, values))
    time.sleep(1.2)

    async def wait(db: Database) -> None:
        await asyncio.sleep(0.5)

    asyncio.run(_deliver_while(quiet_backend, smtp_sink, wait, RUPAYA_MAIL_GIVE_UP_AFTER="1"))
    _, attempts, sent_at, given_up_at, payload, last_error = row_for(quiet_backend, to)
    assert sent_at is None and given_up_at is not None and payload is None and last_error == "older than 1s"
    assert not [m for m in smtp_sink.received() if carrying(values["token"])(m)]


def test_finished_messages_past_the_retention_are_deleted_and_pending_ones_kept(
    quiet_backend: Backend, smtp_sink: SmtpSink
) -> None:
    (old, template, old_values), fresh = reset_mail(), reset_mail()
    enqueue(quiet_backend, (old, template, old_values))
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)
    engine = sa.create_engine(quiet_backend.sync_db_url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:  # sent ten days ago
        conn.execute(
            sa.update(MailOutboxRow)
            .where(MailOutboxRow.recipient == old)
            .values(created_at=long_ago, sent_at=long_ago, payload_encrypted=None)
        )
    engine.dispose()
    enqueue(quiet_backend, fresh)

    async def wait(db: Database) -> None:
        await asyncio.sleep(0.5)

    asyncio.run(_deliver_while(quiet_backend, smtp_sink, wait, RUPAYA_MAIL_RETENTION=str(9 * 24 * 3600)))
    recipients = [row[0] for row in outbox_rows(quiet_backend)]
    assert old not in recipients and fresh[0] in recipients
    assert row_for(quiet_backend, fresh[0])[2] is not None  # and it was sent


def test_retry_delays_double_up_to_the_cap_with_up_to_half_taken_off() -> None:
    settings = mail_settings({"RUPAYA_MAIL_RETRY_BASE": "2", "RUPAYA_MAIL_RETRY_CAP": "60"})
    for attempts, ceiling in ((1, 2), (2, 4), (3, 8), (5, 32), (6, 60), (40, 60), (500, 60)):
        delays = {retry_delay(settings, attempts) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays), (attempts, delays)
        assert len(delays) > 1  # jittered


# The development default: no SMTP host, so messages are .eml files in the data folder.


def test_without_smtp_host_messages_are_written_as_eml_files_to_the_data_folder(
    backend: Backend, tmp_path_factory: pytest.TempPathFactory
) -> None:
    data_dir = tmp_path_factory.mktemp("eml-data")
    fresh = Backend.fresh_like(backend, data_dir)
    env = {"RUPAYA_DATA_DIR": str(data_dir), "RUPAYA_MAIL_POLL_INTERVAL": "0.3"}
    server = start_server(fresh, tmp_path_factory.mktemp("eml-logs"), extra_env=env)
    try:
        folder = data_dir / "mail"
        assert "DEVELOPMENT MAIL" in server.log() and str(folder) in server.log()
        to, template, values = reset_mail()
        enqueue(fresh, (to, template, values))
        eventually(lambda: any(folder.glob("*.eml")), timeout_s=20, what="an .eml file")
        (path,) = list(folder.glob("*.eml"))
        assert (path.stat().st_mode & 0o777) == 0o600  # it holds a working reset link
        message = BytesParser(policy=default_policy).parsebytes(path.read_bytes())
        assert isinstance(message, EmailMessage)
        assert message["To"] == to and values["link"] in SmtpSink.text(message)
        assert message["From"] == "RUPAYA <no-reply@localhost>"
        eventually(lambda: row_for(fresh, to)[2] is not None, timeout_s=20, what="row marked sent")
    finally:
        server.stop()
        fresh.drop()


# The outbox's interface and the templates: programming errors, caught at once.


def test_enqueue_refuses_an_unknown_template_or_other_values_and_writes_nothing(
    quiet_backend: Backend,
) -> None:
    to, _, values = reset_mail()
    for template, given in (
        ("password_rest", values),
        ("password_reset", {k: v for k, v in values.items() if k != "token"}),
        ("password_reset", {**values, "product": "SOMETHING ELSE"}),
    ):
        with pytest.raises(ValueError):
            enqueue(quiet_backend, (to, template, given))
    assert not [row for row in outbox_rows(quiet_backend) if row[0] == to]


@pytest.mark.parametrize("template", sorted(outbox.TEMPLATES))
def test_every_template_has_text_and_html_using_only_its_values(template: str) -> None:
    used = compose.placeholders(template)
    assert used <= outbox.TEMPLATES[template] | {"product"}
    assert "product" in used
    for value in ("link", "token"):
        if value in outbox.TEMPLATES[template]:
            assert value in used
    values = {name: f"«{name}»" for name in outbox.TEMPLATES[template]}
    message = compose.compose(
        template,
        values,
        message_id=uuid.uuid4(),
        sender="RUPAYA <a@b.test>",
        to="c@d.test",
        now=dt.datetime.now(dt.UTC),
    )
    assert "RUPAYA" in message["Subject"] and "${" not in message.as_string()


# Configuration: what a production start requires.

PRODUCTION = {
    "RUPAYA_ENV": "production",
    "RUPAYA_JWT_PRIVATE_KEY": "pem",
    "RUPAYA_JWT_KEY_ID": "k1",
    "RUPAYA_DATA_KEY": "A" * 43 + "=",
    "RUPAYA_DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/postgres",
    "RUPAYA_REDIS_URL": "redis://127.0.0.1:6379/0",
}


def test_production_refuses_to_start_without_an_smtp_host_and_from_address() -> None:
    with pytest.raises(ConfigError, match="RUPAYA_SMTP_HOST, RUPAYA_MAIL_FROM"):
        load_settings(PRODUCTION)
    smtp = {"RUPAYA_SMTP_HOST": "smtp.example.com", "RUPAYA_MAIL_FROM": "RUPAYA <no-reply@example.com>"}
    assert load_settings(PRODUCTION | smtp).mail.smtp_port == 587  # STARTTLS on submission by default


def test_smtp_without_tls_is_refused_off_loopback_in_production_and_for_a_password_anywhere() -> None:
    plaintext = {"RUPAYA_SMTP_HOST": "smtp.example.com", "RUPAYA_SMTP_SECURITY": "none"}
    smtp = plaintext | {"RUPAYA_MAIL_FROM": "RUPAYA <no-reply@example.com>"}
    with pytest.raises(ConfigError, match="RUPAYA_SMTP_SECURITY=starttls or tls"):
        load_settings(PRODUCTION | smtp)
    assert load_settings(PRODUCTION | smtp | {"RUPAYA_SMTP_HOST": "127.0.0.1"}).mail.smtp_port == 25
    login = {"RUPAYA_SMTP_USERNAME": "mailer", "RUPAYA_SMTP_PASSWORD": "pw"}
    with pytest.raises(ConfigError, match="password in clear text"):
        load_settings(plaintext | login)
    with pytest.raises(ConfigError, match="go together"):
        load_settings({"RUPAYA_SMTP_HOST": "smtp.example.com", "RUPAYA_SMTP_USERNAME": "mailer"})


def test_smtp_password_never_shows_in_the_settings_repr(tmp_path: pathlib.Path) -> None:
    secret = tmp_path / "smtp-password"
    secret.write_text("from a secret store\n")
    settings = load_settings({"RUPAYA_SMTP_USERNAME": "mailer", "RUPAYA_SMTP_PASSWORD_FILE": str(secret)})
    assert settings.mail.smtp_password == "from a secret store"
    assert "from a secret store" not in repr(settings)
