"""Development keys kept in the data folder, so restarting `make run` keeps sessions and MFA.

Used only outside production, and only for the keys the environment leaves unset
(RUPAYA_DATA_KEY, RUPAYA_JWT_PRIVATE_KEY). The file is created once, owner-only (0600), and
published with a hard link, which fails if another process got there first: workers of
`serve --workers N` starting together all end up with the first writer's keys. Every start
that uses the file says so in one warning line. Production never reads or writes it."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import pathlib
import secrets
import stat
import tempfile

import structlog

from server.auth.signing_key import SigningKey
from server.config import ConfigError, Settings

log = structlog.get_logger("rupaya.keys")
FILE_NAME = "development-keys.json"
OWNER_ONLY = 0o600
KEY_NAMES = ("RUPAYA_DATA_KEY", "RUPAYA_JWT_KEY_ID", "RUPAYA_JWT_PRIVATE_KEY")  # as in the environment


def _new_keys() -> dict[str, str]:
    signing = SigningKey.generate()
    return {
        "RUPAYA_DATA_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
        "RUPAYA_JWT_KEY_ID": signing.key_id,
        "RUPAYA_JWT_PRIVATE_KEY": signing.private_pem(),
    }


def _publish(path: pathlib.Path) -> bool:
    """Writes new keys to `path` unless it exists; True when this process wrote them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, draft = tempfile.mkstemp(dir=path.parent, prefix=f".{FILE_NAME}.")  # created 0600
    try:
        with os.fdopen(fd, "w") as out:
            json.dump(_new_keys(), out)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(draft, path)  # atomic, and never replaces keys another process published
        except FileExistsError:
            return False
        return True
    finally:
        os.unlink(draft)


def _read(path: pathlib.Path) -> dict[str, str]:
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(OWNER_ONLY)  # the keys decrypt every stored secret: owner only
    try:
        keys = json.loads(path.read_text())
        if len(base64.b64decode(keys["RUPAYA_DATA_KEY"], validate=True)) != 32:
            raise ValueError("the data key is not 32 bytes")
        return {name: str(keys[name]) for name in KEY_NAMES}
    except (ValueError, KeyError, TypeError):
        raise ConfigError(
            f"{path} is not a development key file; delete it to generate new keys "
            "(secrets stored under the old ones are then lost)"
        ) from None


def with_development_keys(settings: Settings) -> Settings:
    """`settings` with the keys it lacks taken from (or first written to) the data folder."""
    if settings.production or (settings.data_key and settings.jwt_private_key_pem):
        return settings
    path = settings.data_dir / FILE_NAME
    created = not path.exists() and _publish(path)
    keys = _read(path)
    log.warning(
        "DEVELOPMENT KEYS in use: RUPAYA_DATA_KEY / RUPAYA_JWT_PRIVATE_KEY not set, so the keys "
        "in this file encrypt secrets and sign tokens; never use them for anything real",
        file=str(path),
        created=created,
    )
    signing = (
        {}
        if settings.jwt_private_key_pem
        else {
            "jwt_private_key_pem": keys["RUPAYA_JWT_PRIVATE_KEY"],
            "jwt_key_id": keys["RUPAYA_JWT_KEY_ID"],
        }
    )
    data_key = settings.data_key or base64.b64decode(keys["RUPAYA_DATA_KEY"])
    return dataclasses.replace(settings, data_key=data_key, **signing)
