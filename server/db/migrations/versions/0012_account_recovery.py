"""Account recovery (issue 16): e-mail verification state, the password's version, single-use
e-mailed tokens (stored as hashes only) and the queue of password-reset requests.

Revision ID: 0012_account_recovery
Revises: 0011_mail_outbox
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_account_recovery"
down_revision = "0011_mail_outbox"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    # Accounts from before this revision start unverified: nothing proved their address.
    op.add_column("users", sa.Column("email_verified_at", TS, nullable=True))
    op.add_column("users", sa.Column("pending_email", sa.String(254), nullable=True))
    # Bumped by every password change: a reset token remembers the version it was made for.
    op.add_column("users", sa.Column("password_version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "account_tokens",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("purpose", sa.String(16), nullable=False),
        # SHA-256 of the token; the token itself exists only in the message.
        sa.Column("token_hash", sa.LargeBinary(32), nullable=False, unique=True),
        # Verification: the address the message went to. Reset: "".
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("password_version", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("used_at", TS, nullable=True),
    )
    op.create_index("ix_account_tokens_user_id", "account_tokens", ["user_id"])
    op.create_table(
        "password_reset_requests",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("peer_address", sa.String(128), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("password_reset_requests")
    op.drop_index("ix_account_tokens_user_id", "account_tokens")
    op.drop_table("account_tokens")
    with op.batch_alter_table("users") as batch:  # SQLite drops columns by copying the table
        for column in ("password_version", "pending_email", "email_verified_at"):
            batch.drop_column(column)
