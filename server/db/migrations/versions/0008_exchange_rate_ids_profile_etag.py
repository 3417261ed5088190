"""Exchange rates get a stable id (for DeleteExchangeRate) and a version (their etag); users
get a version (the profile's etag). Existing rates are given ids here, on both backends.

Revision ID: 0008_fx_ids_profile_etag
Revises: 0005_analytics
"""

import sqlalchemy as sa
from alembic import op

from server.ids import uuid7

revision = "0008_fx_ids_profile_etag"  # alembic_version holds 32 characters
down_revision = "0005_analytics"
branch_labels = None
depends_on = None

RATES = sa.table(
    "exchange_rates",
    sa.column("user_id", sa.Uuid()),
    sa.column("base_currency_code", sa.String()),
    sa.column("currency_code", sa.String()),
    sa.column("effective_on", sa.Date()),
    sa.column("id", sa.Uuid()),
)
KEY = ("user_id", "base_currency_code", "currency_code", "effective_on")


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("exchange_rates") as batch:
        batch.add_column(sa.Column("id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    connection = op.get_bind()
    for row in connection.execute(sa.select(*(RATES.c[name] for name in KEY))).all():
        match = [RATES.c[name] == value for name, value in zip(KEY, row, strict=True)]
        connection.execute(sa.update(RATES).where(*match).values(id=uuid7()))
    with op.batch_alter_table("exchange_rates") as batch:
        batch.alter_column("id", existing_type=sa.Uuid(), nullable=False)
        batch.create_unique_constraint("uq_exchange_rates_id", ["id"])


def downgrade() -> None:
    with op.batch_alter_table("exchange_rates") as batch:
        batch.drop_constraint("uq_exchange_rates_id", type_="unique")
        batch.drop_column("version")
        batch.drop_column("id")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("version")
