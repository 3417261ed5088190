"""Migration 0008 on a database that already holds rates: each existing rate gets its own id,
every rate and user starts at version 1, and the id is then required and unique."""

from __future__ import annotations

import datetime as dt
import pathlib
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from server.db import migrate
from tests.servers import Backend

USERS = sa.table(
    "users",
    sa.column("id", sa.Uuid()),
    sa.column("email", sa.String()),
    sa.column("password_hash", sa.String()),
    sa.column("display_name", sa.String()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)
RATES = sa.table(
    "exchange_rates",
    sa.column("user_id", sa.Uuid()),
    sa.column("base_currency_code", sa.String()),
    sa.column("currency_code", sa.String()),
    sa.column("effective_on", sa.Date()),
    sa.column("rate_nanos", sa.BigInteger()),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


@pytest.fixture
def empty(backend: Backend, tmp_path: pathlib.Path) -> Iterator[Backend]:
    """A new, unmigrated database of the same kind as `backend`."""
    fresh = Backend.embedded(tmp_path) if backend.name == "embedded" else Backend.postgres()
    try:
        yield fresh
    finally:
        fresh.drop()


def test_existing_rates_get_distinct_ids_and_versions(empty: Backend) -> None:
    migrate.upgrade(empty.sync_db_url, "0005_analytics")
    user_id, now = uuid.uuid4(), dt.datetime.now(dt.UTC)
    engine = sa.create_engine(empty.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.insert(USERS).values(
                    id=user_id,
                    email="old@example.com",
                    password_hash="x",
                    display_name="",
                    created_at=now,
                    updated_at=now,
                )
            )
            for currency, day in (("USD", 1), ("USD", 2), ("EUR", 1)):
                conn.execute(
                    sa.insert(RATES).values(
                        user_id=user_id,
                        base_currency_code="INR",
                        currency_code=currency,
                        effective_on=dt.date(2026, 3, day),
                        rate_nanos=83 * 10**9,
                        updated_at=now,
                    )
                )
        migrate.upgrade(empty.sync_db_url, "0008_fx_ids_profile_etag")
        with engine.begin() as conn:
            rates = conn.execute(sa.text("SELECT id, version FROM exchange_rates")).all()
            assert len({uuid.UUID(str(rate_id)) for rate_id, _ in rates}) == 3
            assert {version for _, version in rates} == {1}
            assert conn.execute(sa.text("SELECT version FROM users")).scalar_one() == 1
            with pytest.raises(sa.exc.IntegrityError):  # ids are unique from now on
                conn.execute(sa.text("UPDATE exchange_rates SET id = :id"), {"id": rates[0][0]})
    finally:
        engine.dispose()
