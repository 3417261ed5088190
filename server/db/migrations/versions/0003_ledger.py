"""Ledger: categories, transactions (+ split lines, tags), budgets; overdraft flag on accounts.

Revision ID: 0003_ledger
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_ledger"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(
            sa.Column("allow_overdraft", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "categories",
        sa.Column("id", sa.Uuid(), primary_key=True),
        # NULL owner = a system default category, visible to everyone, read only.
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
        sa.Column("parent_id", sa.Uuid(), sa.ForeignKey("categories.id"), nullable=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.Column("icon", sa.String(64), nullable=False),
        sa.Column("color", sa.String(7), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_categories_user_id", "categories", ["user_id"])
    op.create_index("ix_categories_parent_id", "categories", ["parent_id"])
    op.create_table(
        "transactions",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Uuid(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency_code", sa.String(3), nullable=False),
        sa.Column("to_account_id", sa.Uuid(), sa.ForeignKey("accounts.id"), nullable=True),
        sa.Column("to_amount_minor", sa.BigInteger(), nullable=True),
        sa.Column("to_currency_code", sa.String(3), nullable=True),
        sa.Column("category_id", sa.Uuid(), sa.ForeignKey("categories.id"), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("occurred_time", sa.Time(), nullable=True),
        sa.Column("payee", sa.String(128), nullable=False),
        sa.Column("description", sa.String(256), nullable=False),
        sa.Column("notes", sa.String(2000), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("deleted_at", TS, nullable=True),
        sa.CheckConstraint("amount_minor > 0", name="ck_transactions_amount_positive"),
        sa.CheckConstraint(
            "to_amount_minor IS NULL OR to_amount_minor > 0", name="ck_transactions_to_amount_positive"
        ),
    )
    # Lists walk (user, date, id) newest first; per-account lists and the
    # balance invariant walk (account, date, id) on either side of a transfer.
    op.create_index("ix_transactions_user_date_id", "transactions", ["user_id", "occurred_on", "id"])
    op.create_index("ix_transactions_account_date_id", "transactions", ["account_id", "occurred_on", "id"])
    op.create_index(
        "ix_transactions_to_account_date_id", "transactions", ["to_account_id", "occurred_on", "id"]
    )
    op.create_index("ix_transactions_category_id", "transactions", ["category_id"])
    op.create_table(
        "transaction_splits",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "transaction_id", sa.Uuid(), sa.ForeignKey("transactions.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Uuid(), sa.ForeignKey("categories.id"), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.String(256), nullable=False),
        sa.CheckConstraint("amount_minor > 0", name="ck_transaction_splits_amount_positive"),
    )
    op.create_index("ix_transaction_splits_transaction_id", "transaction_splits", ["transaction_id"])
    op.create_index("ix_transaction_splits_category_id", "transaction_splits", ["category_id"])
    op.create_table(
        "transaction_tags",
        sa.Column(
            "transaction_id",
            sa.Uuid(),
            sa.ForeignKey("transactions.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("tag", sa.String(32), primary_key=True),
    )
    op.create_index("ix_transaction_tags_tag", "transaction_tags", ["tag", "transaction_id"])
    op.create_table(
        "budgets",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("category_id", sa.Uuid(), sa.ForeignKey("categories.id"), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency_code", sa.String(3), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("rollover", sa.Boolean(), nullable=False),
        sa.Column("alert_threshold_percent", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint("amount_minor > 0", name="ck_budgets_amount_positive"),
    )
    op.create_index("ix_budgets_user_id_id", "budgets", ["user_id", "id"])
    op.create_index("ix_budgets_category_id", "budgets", ["category_id"])


def downgrade() -> None:
    for table in ("budgets", "transaction_tags", "transaction_splits", "transactions", "categories"):
        op.drop_table(table)
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("allow_overdraft")
