"""Start-up refuses an unsafe production configuration with a clear message."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

from server.config import ConfigError, load_settings
from tests.servers import ROOT


def run_serve(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("RUPAYA_")}
    base["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "gen" / "python")])
    return subprocess.run(
        [sys.executable, "-m", "server", "serve"],
        cwd=ROOT,
        env=base | env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_without_keys_or_postgres_refuses_to_start() -> None:
    result = run_serve({"RUPAYA_ENV": "production"})
    assert result.returncode == 2
    for missing in (
        "RUPAYA_JWT_PRIVATE_KEY",
        "RUPAYA_JWT_KEY_ID",
        "RUPAYA_DATA_KEY",
        "RUPAYA_DATABASE_URL",
        "RUPAYA_REDIS_URL",
        "RUPAYA_SMTP_HOST",
        "RUPAYA_MAIL_FROM",
    ):
        assert missing in result.stderr


def test_production_with_sqlite_url_is_refused_even_with_keys() -> None:
    result = run_serve(
        {
            "RUPAYA_ENV": "production",
            "RUPAYA_JWT_PRIVATE_KEY": "pem",
            "RUPAYA_JWT_KEY_ID": "k1",
            "RUPAYA_REDIS_URL": "redis://127.0.0.1:6379/0",
            "RUPAYA_DATABASE_URL": "sqlite:///tmp/x.db",
        }
    )
    assert result.returncode == 2
    assert "postgresql" in result.stderr


def test_malformed_setting_is_a_configuration_error() -> None:
    result = run_serve({"RUPAYA_GRPC_PORT": "fifty"})
    assert result.returncode == 2
    assert "RUPAYA_GRPC_PORT" in result.stderr


def test_data_key_that_is_not_32_bytes_of_base64_is_refused() -> None:
    for bad in ("not base64!", "c2hvcnQ="):
        result = run_serve({"RUPAYA_DATA_KEY": bad})
        assert result.returncode == 2
        assert "RUPAYA_DATA_KEY" in result.stderr


def test_rotate_keys_without_a_data_key_is_refused(tmp_path: pathlib.Path) -> None:
    base = {k: v for k, v in os.environ.items() if not k.startswith("RUPAYA_")}
    base["RUPAYA_DATA_DIR"] = str(tmp_path)
    base["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "gen" / "python")])
    result = subprocess.run(
        [sys.executable, "-m", "server", "rotate-keys"],
        cwd=ROOT,
        env=base,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "RUPAYA_DATA_KEY" in result.stderr


def test_production_without_keys_writes_no_development_key_file(tmp_path: pathlib.Path) -> None:
    result = run_serve({"RUPAYA_ENV": "production", "RUPAYA_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2 and "RUPAYA_DATA_KEY" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_page_token_lifetime_outside_one_second_to_seven_days_is_refused() -> None:
    for bad in ("0", "604801"):
        result = run_serve({"RUPAYA_PAGE_TOKEN_TTL": bad})
        assert result.returncode == 2
        assert "RUPAYA_PAGE_TOKEN_TTL" in result.stderr


def test_idempotency_retention_outside_one_hour_to_ninety_days_is_refused() -> None:
    for bad in ("3599", "7776001"):
        result = run_serve({"RUPAYA_IDEMPOTENCY_RETENTION": bad})
        assert result.returncode == 2
        assert "RUPAYA_IDEMPOTENCY_RETENTION" in result.stderr


def test_a_retention_shorter_than_the_offline_window_is_refused() -> None:
    # The default offline window is 30 days: every record a replay needs must outlive it.
    for name in ("RUPAYA_IDEMPOTENCY_RETENTION", "RUPAYA_REFRESH_TOKEN_TTL", "RUPAYA_SYNC_RETENTION"):
        result = run_serve({name: str(29 * 24 * 3600)})
        assert result.returncode == 2
        assert name in result.stderr and "RUPAYA_OFFLINE_WINDOW" in result.stderr


def test_unreadable_development_key_file_is_a_configuration_error(tmp_path: pathlib.Path) -> None:
    (tmp_path / "development-keys.json").write_text("{not json")
    result = run_serve({"RUPAYA_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "development-keys.json" in result.stderr and "Traceback" not in result.stderr


def test_password_hash_concurrency_is_set_or_the_cores_shared_among_workers() -> None:
    cores = len(os.sched_getaffinity(0))
    assert load_settings({"RUPAYA_PASSWORD_HASH_CONCURRENCY": "3"}).hash_concurrency == 3
    assert load_settings({}).hash_concurrency == cores
    assert load_settings({"RUPAYA_WORKERS": str(cores * 2)}).hash_concurrency == 1
    result = run_serve({"RUPAYA_PASSWORD_HASH_CONCURRENCY": "-1"})
    assert result.returncode == 2
    assert "RUPAYA_PASSWORD_HASH_CONCURRENCY" in result.stderr


def test_database_prepared_statements_are_on_unless_turned_off_for_a_pooler() -> None:
    assert load_settings({}).database_prepared_statements is True
    assert load_settings({"RUPAYA_DATABASE_PREPARED_STATEMENTS": "off"}).database_prepared_statements is False
    result = run_serve({"RUPAYA_DATABASE_PREPARED_STATEMENTS": "sometimes"})
    assert result.returncode == 2
    assert "RUPAYA_DATABASE_PREPARED_STATEMENTS" in result.stderr


def test_links_in_messages_open_the_web_app_this_process_serves_unless_configured() -> None:
    assert load_settings({}).public_web_url == "http://127.0.0.1:8080"  # `make run`'s web app
    assert load_settings({"RUPAYA_HTTP_ADDR": "0.0.0.0:9000"}).public_web_url == "http://localhost:9000"
    assert load_settings({"RUPAYA_HTTP_ADDR": "[::1]:9000"}).public_web_url == "http://[::1]:9000"
    assert load_settings({"RUPAYA_HTTP_ADDR": "off"}).public_web_url == "http://localhost:8080"
    configured = {"RUPAYA_PUBLIC_WEB_URL": "https://app.example.com/", "RUPAYA_HTTP_ADDR": "0.0.0.0:9000"}
    assert load_settings(configured).public_web_url == "https://app.example.com"


def test_a_read_replica_needs_postgresql_and_redis_and_a_sane_lag_bound() -> None:
    pg, replica = "postgresql://db/rupaya", "postgresql://replica/rupaya"
    with_redis = {"RUPAYA_DATABASE_URL": pg, "RUPAYA_REDIS_URL": "redis://cache:6379/0"}
    settings = load_settings({**with_redis, "RUPAYA_DATABASE_READ_URL": replica})
    assert settings.database_read_url == "postgresql+psycopg://replica/rupaya"
    assert settings.database_read_max_lag_s == 1.0
    assert load_settings({}).database_read_url == ""
    result = run_serve({"RUPAYA_DATABASE_READ_URL": replica})  # the embedded SQLite default
    assert result.returncode == 2
    assert "RUPAYA_DATABASE_READ_URL must be a postgresql:// URL" in result.stderr
    refused = (
        ({"RUPAYA_DATABASE_URL": pg, "RUPAYA_DATABASE_READ_URL": replica}, "needs RUPAYA_REDIS_URL"),
        ({**with_redis, "RUPAYA_DATABASE_READ_URL": "sqlite:///x.db"}, "must be a postgresql:// URL"),
        (
            {**with_redis, "RUPAYA_DATABASE_READ_URL": replica, "RUPAYA_DATABASE_READ_MAX_LAG": "0"},
            "0.1 to 3600",
        ),
    )
    for env, message in refused:
        with pytest.raises(ConfigError, match=message):
            load_settings(env)
