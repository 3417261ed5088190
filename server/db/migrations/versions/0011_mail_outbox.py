"""The mail outbox (server/mail/): messages written in their cause's transaction, sent after commit.

Revision ID: 0011_mail_outbox
Revises: 0010_refuse_function
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_mail_outbox"
down_revision = "0010_refuse_function"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
PENDING = "sent_at IS NULL AND given_up_at IS NULL"


def upgrade() -> None:
    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("template", sa.String(64), nullable=False),
        sa.Column("recipient", sa.String(254), nullable=False),
        # AES-GCM ciphertext of the template values (they carry tokens), bound to the row;
        # NULL once the message is sent or given up.
        sa.Column("payload_encrypted", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("given_up_at", TS, nullable=True),
        # Why the last attempt failed, short and free of secrets (the error's kind and code).
        sa.Column("last_error", sa.String(200), nullable=False),
    )
    # Deliverers claim the due pending messages, oldest due first; finished rows stay out of it.
    op.create_index(
        "ix_mail_outbox_pending_due",
        "mail_outbox",
        ["next_attempt_at"],
        postgresql_where=sa.text(PENDING),
        sqlite_where=sa.text(PENDING),
    )


def downgrade() -> None:
    op.drop_table("mail_outbox")
