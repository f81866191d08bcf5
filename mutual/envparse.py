"""Strict parsers for settings taken from environment variables.

Each parser raises ImproperlyConfigured naming the variable and the bad value,
so a typo stops the server at start-up instead of running with a wrong default.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _raw(name: str) -> str | None:
    """Return the variable, or the contents of the file named by NAME_FILE (for secrets)."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={file_path!r} cannot be read: {exc}") from exc
    return os.environ.get(name)


def env_str(name: str, default: str) -> str:
    value = _raw(name)
    return default if value is None else value


def env_bool(name: str, default: bool) -> bool:
    value = _raw(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a yes/no value (use true or false)")


def env_int(name: str, default: int) -> int:
    value = _raw(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    value = _raw(name)
    if value is None:
        return default
    items = [item.strip() for item in value.split(",")]
    if any(not item for item in items):
        raise ImproperlyConfigured(f"{name}={value!r} has an empty item; separate items by commas")
    return items


def env_database(name: str, default: str) -> dict[str, Any]:
    url = env_str(name, default)
    if not url.startswith(("sqlite://", "postgres://", "postgresql://")):
        raise ImproperlyConfigured(
            f"{name}={url!r} is not supported; use sqlite:///path or postgresql://user@host/db"
        )
    try:
        config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60))
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={url!r} cannot be parsed: {exc}") from exc
    if config["ENGINE"].endswith("sqlite3"):
        # SQLite: wait on locks instead of failing, and write-ahead logging so the job
        # worker and the web server can share the file.
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
    config["TEST"] = {"NAME": os.environ.get("TEST_DATABASE_NAME") or None}
    return config


def env_secret_key(path: Path) -> str:
    """SECRET_KEY from the environment, else a key generated once into ./var/ (never committed)."""
    value = _raw("SECRET_KEY")
    if value is not None:
        if len(value) < 50:
            raise ImproperlyConfigured("SECRET_KEY is too short: use at least 50 random characters")
        return value
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    key = secrets.token_urlsafe(64)
    path.write_text(key, encoding="utf-8")
    path.chmod(0o600)
    return key
