"""Account reconciliation: the statement date the user reconciled up to and the statement
balance then. Both NULL until first set, and always set together.

Revision ID: 0006_account_reconciliation
Revises: 0005_analytics
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_account_reconciliation"
down_revision = "0005_analytics"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("last_reconciled_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("reconciled_balance_minor", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("reconciled_balance_minor")
        batch.drop_column("last_reconciled_on")
