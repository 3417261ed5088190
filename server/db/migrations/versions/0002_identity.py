"""Identity in depth: profile columns, MFA, backup codes, audit trail, signing keyring.

Revision ID: 0002_identity
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_identity"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
PROFILE_COLUMNS = (
    sa.Column("base_currency", sa.String(3), nullable=False, server_default="USD"),
    sa.Column("time_zone", sa.String(64), nullable=False, server_default="UTC"),
    sa.Column("locale", sa.String(35), nullable=False, server_default="en"),
)


def upgrade() -> None:
    for column in PROFILE_COLUMNS:
        op.add_column("users", column)
    op.create_table(
        "mfa_credentials",
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        # AES-GCM ciphertext of the TOTP secret (nonce || ciphertext+tag); never plaintext.
        sa.Column("secret_encrypted", sa.LargeBinary(), nullable=False),
        sa.Column("confirmed_at", TS, nullable=True),
        # Highest TOTP time step accepted so far: a code is never accepted twice.
        sa.Column("last_used_step", sa.BigInteger(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "backup_codes",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("code_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("used_at", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_backup_codes_user_id_code_hash", "backup_codes", ["user_id", "code_hash"])
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Uuid(), primary_key=True),
        # NULL for operator events (key rotation), which belong to no user.
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
        sa.Column("action", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(128), nullable=False),
        sa.Column("peer_address", sa.String(128), nullable=False),
        sa.Column("detail", sa.String(128), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    # Keyset pagination walks (user_id, id) newest first; ids are time-ordered UUIDv7.
    op.create_index("ix_audit_events_user_id_id", "audit_events", ["user_id", "id"])
    op.create_table(
        "signing_keys",
        sa.Column("kid", sa.String(64), primary_key=True),
        # AES-GCM ciphertext of the Ed25519 private key (raw 32 bytes); never plaintext.
        sa.Column("private_key_encrypted", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(32), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("retired_at", TS, nullable=True),
    )


def downgrade() -> None:
    for table in ("signing_keys", "audit_events", "backup_codes", "mfa_credentials"):
        op.drop_table(table)
    with op.batch_alter_table("users") as batch:
        for column in PROFILE_COLUMNS:
            batch.drop_column(column.name)
