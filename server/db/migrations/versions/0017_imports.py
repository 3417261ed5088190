"""Statement import (issue 20): imports, their uploaded chunks and each row's outcome.

Revision ID: 0017_imports
Revises: 0016_rules
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_imports"
down_revision = "0016_rules"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("account_id", sa.Uuid(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("currency_code", sa.String(3), nullable=False),
        sa.Column("format", sa.SmallInteger(), nullable=False),
        sa.Column("mode", sa.SmallInteger(), nullable=False),
        sa.Column("state", sa.SmallInteger(), nullable=False),
        sa.Column("options", sa.LargeBinary(), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False, server_default=""),
        sa.Column("chunks_received", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("bytes_received", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("rows_total", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("rows_created", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("rows_matched", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("rows_skipped", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("rows_failed", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("failure_reason", sa.String(64), nullable=False, server_default=""),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("committed_at", TS, nullable=True),
        sa.Column("undone_at", TS, nullable=True),
    )
    op.create_index("ix_imports_user", "imports", ["user_id"])
    # The import's fingerprint match reads transfers into an account by day (server/imports/).
    op.create_index(
        "ix_transactions_to_account_date",
        "transactions",
        ["to_account_id", "occurred_on"],
        postgresql_where=sa.text("to_account_id IS NOT NULL"),
        sqlite_where=sa.text("to_account_id IS NOT NULL"),
    )
    op.create_table(
        "import_chunks",
        sa.Column("import_id", sa.Uuid(), sa.ForeignKey("imports.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("chunk_index", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.LargeBinary(32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "import_rows",
        sa.Column("import_id", sa.Uuid(), sa.ForeignKey("imports.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("row_number", sa.Integer(), primary_key=True),
        sa.Column("outcome", sa.SmallInteger(), nullable=False),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(256), nullable=False, server_default=""),
        sa.Column("external_id", sa.String(255), nullable=False, server_default=""),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("amount_minor", sa.BigInteger(), nullable=True),
        sa.Column("payee", sa.String(128), nullable=False, server_default=""),
        sa.Column("previous_status", sa.SmallInteger(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("import_rows")
    op.drop_table("import_chunks")
    op.drop_index("ix_transactions_to_account_date", table_name="transactions")
    op.drop_index("ix_imports_user", table_name="imports")
    op.drop_table("imports")
