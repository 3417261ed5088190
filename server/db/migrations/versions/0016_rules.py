"""Rules (issue 20): a user's ordered auto-categorisation rules, and a per-user rule-set
version every rule write bumps, so a replica's cache of compiled rules knows when it is stale.

A rule keeps its conditions as a JSON array (a small document read and written whole; amounts
in it are integers of minor units) and its actions as columns.

Revision ID: 0016_rules
Revises: 0015_notifications
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_rules"
down_revision = "0015_notifications"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "rules",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("match_any", sa.Boolean(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        # No foreign key: a category may be deleted while a rule names it; the rule then
        # sets no category (server/rule_engine/engine.py).
        sa.Column("set_category_id", sa.Uuid(), nullable=True),
        sa.Column("set_payee", sa.String(128), nullable=False),
        sa.Column("set_tags", sa.Text(), nullable=False),
        sa.Column("set_notes", sa.String(2000), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    # A user's rules are always read in order.
    op.create_index("ix_rules_user_position", "rules", ["user_id", "position"])
    op.create_table(
        "rule_sets",
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("rule_sets")
    op.drop_index("ix_rules_user_position", "rules")
    op.drop_table("rules")
