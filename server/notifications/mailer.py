"""E-mail for budget alerts: a background task of each server process moves the alerts raised
for users who opted in (Profile.budget_alert_emails, decided when the alert is raised) into the
mail outbox, which sends them (server/mail/).

An alert is raised by a SQL statement at the commit of a ledger write (alerts.py), where no
message can be encrypted into the outbox; it is raised with `mail_state` pending instead, and
this task enqueues its message and marks it done in one transaction: each alert mails once,
also with several replicas (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one writer at a time),
and none is lost when a process dies. As the security notices, it goes only to a verified
address (server/notices.py)."""

from __future__ import annotations

import asyncio

import structlog
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server import currencies, money, notices
from server.db.engine import Database
from server.db.tables import Category, Notification, User
from server.mail import outbox
from server.notifications.alerts import MAIL_DONE, MAIL_PENDING

log = structlog.get_logger("rupaya.notifications")
BATCH = 50
POLL_S = 2.0  # alerts are rare and the query reads a partial index of the pending ones


class AlertMailer:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def run_forever(self, interval_s: float = POLL_S) -> None:
        while True:
            try:
                while await self.queue_pending() == BATCH:
                    pass
            except Exception as error:  # the database is away: try again next round
                log.warning("budget alert mail round failed", error=type(error).__name__)
            await asyncio.sleep(min(interval_s, POLL_S))

    async def queue_pending(self) -> int:
        """Enqueues the pending alerts' messages; how many alerts it settled."""
        async with self._db.transaction() as s:
            pending = (
                await s.execute(
                    select(Notification, User, Category.name)
                    .join(User, User.id == Notification.user_id)
                    .outerjoin(Category, Category.id == Notification.category_id)
                    .where(Notification.mail_state == MAIL_PENDING)
                    .order_by(Notification.id)
                    .limit(BATCH)
                    .with_for_update(of=Notification, skip_locked=True)
                )
            ).all()
            for alert, user, category in pending:
                _enqueue(s, alert, user, category or "a deleted category")
            if pending:
                # Core UPDATE: not a change a device syncs (the notification looks the same).
                await s.execute(
                    update(Notification)
                    .where(Notification.id.in_([alert.id for alert, _user, _name in pending]))
                    .values(mail_state=MAIL_DONE)
                )
        return len(pending)


def _enqueue(s: AsyncSession, alert: Notification, user: User, category: str) -> None:
    if user.email_verified_at is None:
        return
    exponent = currencies.exponents()[alert.currency_code]

    def amount(minor: int) -> str:
        return f"{money.format_minor(minor, exponent)} {alert.currency_code}"

    outbox.enqueue(
        s,
        to=user.email,
        template="budget_alert",
        values={
            "display_name": notices.greeting_name(user),
            "category": category,
            "level": f"{alert.level_percent}%",
            "period": f"{alert.period_start.isoformat()} to {alert.period_end.isoformat()}",
            "spent": amount(alert.spent_minor),
            "limit": amount(alert.limit_minor),
        },
    )
