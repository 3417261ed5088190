"""Transactions: statement-import and reconciliation fields. external_id (the bank's id,
unique per account among all its transactions, deleted ones included), import_batch_id and
status (existing rows: CLEARED, no external id).

Revision ID: 0007_transaction_import_fields
Revises: 0005_analytics
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_transaction_import_fields"
down_revision = "0005_analytics"
branch_labels = None
depends_on = None

CLEARED = 2  # rupaya.v1.TransactionStatus


def upgrade() -> None:
    # Server defaults: rows written without these columns (older code, bulk loads) get the
    # same values the API would give them.
    op.add_column("transactions", sa.Column("external_id", sa.String(255), nullable=False, server_default=""))
    op.add_column("transactions", sa.Column("import_batch_id", sa.Uuid(), nullable=True))
    op.add_column(
        "transactions", sa.Column("status", sa.Integer(), nullable=False, server_default=str(CLEARED))
    )
    # The uniqueness itself, not only a lookup aid: of two writers claiming one external id
    # on one account, only the first to commit succeeds.
    op.create_index(
        "uq_transactions_account_external_id",
        "transactions",
        ["account_id", "external_id"],
        unique=True,
        postgresql_where=sa.text("external_id <> ''"),
        sqlite_where=sa.text("external_id <> ''"),
    )
    op.create_index(
        "ix_transactions_user_import_batch",
        "transactions",
        ["user_id", "import_batch_id"],
        postgresql_where=sa.text("import_batch_id IS NOT NULL"),
        sqlite_where=sa.text("import_batch_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_transactions_user_import_batch", "transactions")
    op.drop_index("uq_transactions_account_external_id", "transactions")
    with op.batch_alter_table("transactions") as batch:
        for column in ("status", "import_batch_id", "external_id"):
            batch.drop_column(column)
