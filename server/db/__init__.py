"""Database access: engine and sessions, table mappings, Alembic migrations."""
