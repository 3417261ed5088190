"""Turns a template and its values into a MIME message: plain text and HTML alternatives.

Templates live in server/mail/templates/: `<name>.txt` (its first line is `Subject: ...`) and
`<name>.html` (the body only; the page around it is here). Values are `${name}` placeholders;
in the HTML part every value is HTML-escaped. No images, styles or links to anything but the
link the caller passes: nothing in a message can tell anyone that it was opened."""

from __future__ import annotations

import datetime as dt
import functools
import html
import pathlib
import uuid
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from string import Template

PRODUCT = "RUPAYA"
TEMPLATE_DIR = pathlib.Path(__file__).resolve().parent / "templates"

_PAGE = Template(
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${subject}</title></head>\n'
    "<body>\n${body}\n<p>&mdash; ${product}</p>\n</body>\n</html>\n"
)


@functools.cache
def _parts(template: str) -> tuple[Template, Template, Template]:
    """(subject, text body, HTML body) of `template`, read once."""
    subject_line, _, text = (TEMPLATE_DIR / f"{template}.txt").read_text().partition("\n\n")
    if not subject_line.startswith("Subject: "):
        raise ValueError(f"{template}.txt must start with a Subject: line")
    markup = (TEMPLATE_DIR / f"{template}.html").read_text()
    return Template(subject_line.removeprefix("Subject: ")), Template(text), Template(markup)


def placeholders(template: str) -> set[str]:
    """Every value the template's files use (tests check them against outbox.TEMPLATES)."""
    return {
        name
        for part in _parts(template)
        for match in part.pattern.finditer(part.template)
        for name in [match.group("named") or match.group("braced")]
        if name
    }


def compose(
    template: str,
    values: Mapping[str, str],
    *,
    message_id: uuid.UUID,
    sender: str,
    to: str,
    now: dt.datetime,
) -> EmailMessage:
    """The message for one outbox row; its Message-ID comes from the row, so a retry that
    reaches the recipient twice is recognisably the same message."""
    subject, text, markup = _parts(template)
    plain = {**values, "product": PRODUCT}
    escaped = {name: html.escape(value) for name, value in plain.items()}
    message = EmailMessage()
    message["Subject"] = subject.substitute(plain)
    message["From"] = sender
    message["To"] = to
    message["Date"] = format_datetime(now)
    domain = parseaddr(sender)[1].rpartition("@")[2] or "localhost"
    message["Message-ID"] = f"<{message_id}@{domain}>"
    message.set_content(text.substitute(plain))
    body = markup.substitute(escaped)
    page = _PAGE.substitute(subject=html.escape(message["Subject"]), body=body.strip(), product=PRODUCT)
    message.add_alternative(page, subtype="html")
    return message
