"""Schedules (issue 19): recurring transaction templates and their occurrences.

An occurrence row exists once it is due (the scheduler materializes it) or the user changed it
(skip, move, edit); its primary key (schedule_id, occurrence_on) is the idempotency key that
lets it post once. The scheduler finds due work by `schedules.next_due_at` and by
`schedule_occurrences (state, due_at)`.

Revision ID: 0014_schedules
Revises: 0013_change_log
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_schedules"
down_revision = "0013_change_log"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "schedules",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.SmallInteger(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency_code", sa.String(3), nullable=False),
        sa.Column("to_account_id", sa.Uuid(), nullable=True),
        sa.Column("to_amount_minor", sa.BigInteger(), nullable=True),
        sa.Column("to_currency_code", sa.String(3), nullable=True),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("payee", sa.String(128), nullable=False),
        sa.Column("description", sa.String(256), nullable=False),
        sa.Column("notes", sa.String(2000), nullable=False),
        sa.Column("tags", sa.String(700), nullable=False),
        sa.Column("frequency", sa.SmallInteger(), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.SmallInteger(), nullable=False),
        sa.Column("month_day", sa.SmallInteger(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("max_occurrences", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("post_time", sa.Time(), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("next_index", sa.Integer(), nullable=False),
        sa.Column("next_on", sa.Date(), nullable=True),
        sa.Column("next_due_at", TS, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_schedules_user_id", "schedules", ["user_id", "id"])
    op.create_index("ix_schedules_next_due_at", "schedules", ["next_due_at"])
    op.create_table(
        "schedule_occurrences",
        sa.Column(
            "schedule_id", sa.Uuid(), sa.ForeignKey("schedules.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("occurrence_on", sa.Date(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("state", sa.SmallInteger(), nullable=False),
        sa.Column("posts_on", sa.Date(), nullable=False),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=True),
        sa.Column("to_amount_minor", sa.BigInteger(), nullable=True),
        sa.Column("payee", sa.String(128), nullable=True),
        sa.Column("description", sa.String(256), nullable=True),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.Column("failure_reason", sa.String(64), nullable=False),
        sa.Column("failure_message", sa.String(256), nullable=False),
        sa.Column("catch_up", sa.Boolean(), nullable=False),
        sa.Column("resolved_at", TS, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    # The poster's queue: unresolved occurrences by due time.
    op.create_index("ix_schedule_occurrences_due", "schedule_occurrences", ["state", "due_at"])
    op.create_index("ix_schedule_occurrences_user", "schedule_occurrences", ["user_id", "occurrence_on"])


def downgrade() -> None:
    op.drop_table("schedule_occurrences")
    op.drop_table("schedules")
