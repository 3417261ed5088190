"""Analytics: per-user ledger data version (cache invalidation), exchange rates, and a
covering index for aggregating live transactions by user and day.

Revision ID: 0005_analytics
Revises: 0003_ledger
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_analytics"
down_revision = "0003_ledger"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_versions",
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        # Bumped in the same database transaction as every change to the user's ledger.
        sa.Column("version", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "exchange_rates",
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("base_currency_code", sa.String(3), primary_key=True),
        sa.Column("currency_code", sa.String(3), primary_key=True),
        sa.Column("effective_on", sa.Date(), primary_key=True),
        # Units of the base currency per unit of the currency, times 10^9: exact, no floats.
        sa.Column("rate_nanos", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("rate_nanos > 0", name="ck_exchange_rates_rate_positive"),
    )
    # Every analytics aggregate filters live transactions of one user by day and reads only
    # these columns: PostgreSQL answers from the index alone (index-only scan).
    op.create_index(
        "ix_transactions_analytics",
        "transactions",
        ["user_id", "occurred_on", "kind", "currency_code", "category_id", "amount_minor"],
        postgresql_where=sa.text("deleted_at IS NULL"),
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_transactions_analytics", "transactions")
    op.drop_table("exchange_rates")
    op.drop_table("ledger_versions")
