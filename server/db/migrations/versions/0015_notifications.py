"""Notifications (budget alerts), the e-mail preference for them, and the audit trail's
metadata of destructive actions.

A budget alert is claimed by a statement of the ledger write that crossed it (server/
notifications/alerts.py), so its id is made by the database: rupaya_uuid7() here on
PostgreSQL, a function of each connection on SQLite (server/db/engine.py).

Revision ID: 0015_notifications
Revises: 0014_schedules
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_notifications"
down_revision = "0014_schedules"
branch_labels = None
depends_on = "0002_identity"  # audit_events (a branch of its own off 0001)

TS = sa.DateTime(timezone=True)
MAIL_PENDING = "mail_state = 1"

# A version 7 UUID: 48 bits of Unix milliseconds, then the random bits of a version 4 UUID
# with its version nibble turned from 0100 into 0111 (RFC 9562).
UUID7_FUNCTION = """
CREATE OR REPLACE FUNCTION rupaya_uuid7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid()) PLACING
        substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
        FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(UUID7_FUNCTION)
    op.create_table(
        "notifications",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.SmallInteger(), nullable=False),  # notifications.proto NotificationKind
        # The budget alert: no foreign key, a deleted budget's alerts stay as history.
        sa.Column("budget_id", sa.Uuid(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("level_percent", sa.Integer(), nullable=False),
        sa.Column("spent_minor", sa.BigInteger(), nullable=False),
        sa.Column("limit_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency_code", sa.String(3), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("read_at", TS, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        # The ledger write that raised it: that write's change-log steps find it by this.
        sa.Column("write_id", sa.Uuid(), nullable=False),
        # 1: its e-mail is still to be decided (and queued), 2: done.
        sa.Column("mail_state", sa.SmallInteger(), nullable=False),
    )
    # Once per budget, period and level: the claim a crossing write makes.
    op.create_index(
        "ux_notifications_budget_period_kind",
        "notifications",
        ["budget_id", "period_start", "kind"],
        unique=True,
    )
    op.create_index("ix_notifications_user_id_id", "notifications", ["user_id", "id"])
    op.create_index("ix_notifications_write_id", "notifications", ["write_id"])
    op.create_index(
        "ix_notifications_mail_pending",
        "notifications",
        ["id"],
        postgresql_where=sa.text(MAIL_PENDING),
        sqlite_where=sa.text(MAIL_PENDING),
    )
    # Plain ADD COLUMN (SQLite has it): a batch copy of `users` would cascade its deletes.
    op.add_column(
        "users", sa.Column("budget_alert_emails", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column("audit_events", sa.Column("metadata_json", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("audit_events") as events:
        events.drop_column("metadata_json")
    with op.batch_alter_table("users") as users:
        users.drop_column("budget_alert_emails")
    op.drop_table("notifications")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS rupaya_uuid7()")
