"""Backups of the database a server uses, and restores of them (`python -m server backup|restore`).

One backup file is a tar archive of `manifest.json` (what it holds, its SHA-256) and `payload`:
a pg_dump custom-format archive for PostgreSQL, a SQLite database file for the embedded
default. archive.py owns the file format, postgres.py and sqlite.py the two engines,
command.py the checks a restore makes before it changes anything."""
