"""rupaya_refuse(step): raises SQLSTATE RY001 with the step's number as its message. The end of
a ledger write is sent with its COMMIT in one round trip (server/db/pipeline.py); a step that
decides whether the write may commit (a balance that may not move, an idempotency key already
recorded, a day total past the limit) calls it, so PostgreSQL itself fails the transaction and
the COMMIT becomes a rollback. PostgreSQL only: SQLite runs the steps one by one and checks
each in Python.

Revision ID: 0010_refuse_function
Revises: 0009_ledger_daily_key
"""

from alembic import op

revision = "0010_refuse_function"
down_revision = "0009_ledger_daily_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE OR REPLACE FUNCTION rupaya_refuse(step text) RETURNS integer LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION USING ERRCODE = 'RY001', MESSAGE = step;
            END
            $$
            """
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS rupaya_refuse(text)")
