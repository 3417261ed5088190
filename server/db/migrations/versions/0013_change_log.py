"""Offline sync (issue 18): the per-user change log and the cursor that orders it.

`ledger_versions.change_cursor` is each user's sync sequencer: every write that changes
something a device syncs bumps it in the same statement that bumps the ledger version, on the
same row, so its row lock hands out cursors in commit order. `sync_changes` keeps, per entity,
its latest change (cursor, upsert or tombstone, etag); `sync_horizons` the newest cursor whose
tombstones the retention job pruned (a device behind it must resync).

Revision ID: 0013_change_log
Revises: 0012_account_recovery, 0008_fx_ids_profile_etag (the etag columns it fills from)
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_change_log"
down_revision = ("0012_account_recovery", "0008_fx_ids_profile_etag")
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)

# What each kind of entity is read from when the log is first filled (kind numbers: sync.proto).
_EXISTING = (
    (1, "accounts", "id", "user_id", "version", "deleted_at IS NOT NULL"),
    (2, "categories", "id", "user_id", "version", "1 = 0"),
    (3, "transactions", "id", "user_id", "version", "deleted_at IS NOT NULL"),
    (4, "budgets", "id", "user_id", "version", "1 = 0"),
    (5, "exchange_rates", "id", "user_id", "version", "1 = 0"),
    (6, "users", "id", "id", "version", "1 = 0"),
    (7, "sessions", "id", "user_id", "0", "revoked_at IS NOT NULL"),
)


def upgrade() -> None:
    op.add_column(
        "ledger_versions", sa.Column("change_cursor", sa.BigInteger(), nullable=False, server_default="0")
    )
    op.create_table(
        "sync_changes",
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("entity_type", sa.SmallInteger(), primary_key=True),
        sa.Column("entity_id", sa.Uuid(), primary_key=True),
        sa.Column("change_cursor", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("etag_version", sa.BigInteger(), nullable=False),
        sa.Column("changed_at", TS, nullable=False),
    )
    # ListChanges reads a user's log from a cursor on; the retention job finds old tombstones.
    op.create_index("ix_sync_changes_cursor", "sync_changes", ["user_id", "change_cursor"], unique=True)
    op.create_index(
        "ix_sync_changes_tombstones", "sync_changes", ["changed_at"], postgresql_where=sa.text("deleted")
    )
    op.create_table(
        "sync_horizons",
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("pruned_through", sa.BigInteger(), nullable=False),
    )
    _fill_from_existing_rows()


def _fill_from_existing_rows() -> None:
    """Everything that exists gets one change, numbered per user from 1, so a snapshot from
    cursor 0 covers data written before the log existed."""
    selects = " UNION ALL ".join(
        f"SELECT {owner} AS user_id, {kind} AS entity_type, {key} AS entity_id, "
        f"{etag} AS etag_version, {deleted} AS deleted FROM {table} WHERE {owner} IS NOT NULL"
        for kind, table, key, owner, etag, deleted in _EXISTING
    )
    op.execute(
        "INSERT INTO sync_changes (user_id, entity_type, entity_id, change_cursor, deleted, etag_version, changed_at) "
        "SELECT user_id, entity_type, entity_id, "
        "ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY entity_type, entity_id), deleted, etag_version, "
        f"CURRENT_TIMESTAMP FROM ({selects}) existing"
        # Only for users that exist: a row whose owner is gone (possible only where foreign
        # keys were off when it was written) has nobody's feed to be in.
        " WHERE user_id IN (SELECT id FROM users)"
    )
    op.execute(
        "INSERT INTO ledger_versions (user_id, version, change_cursor) SELECT id, 1, 0 FROM users "
        "WHERE id NOT IN (SELECT user_id FROM ledger_versions)"
    )
    op.execute(
        "UPDATE ledger_versions SET change_cursor = (SELECT COUNT(*) FROM sync_changes "
        "WHERE sync_changes.user_id = ledger_versions.user_id)"
    )


def downgrade() -> None:
    op.drop_table("sync_horizons")
    op.drop_index("ix_sync_changes_tombstones", "sync_changes")
    op.drop_index("ix_sync_changes_cursor", "sync_changes")
    op.drop_table("sync_changes")
    op.drop_column("ledger_versions", "change_cursor")
