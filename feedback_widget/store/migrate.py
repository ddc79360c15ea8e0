"""Bring a database to the latest schema with the Alembic migrations shipped inside this package.

No ``alembic.ini`` is needed: the configuration is built in code. Migrating runs in one transaction
that holds a lock (PostgreSQL: an advisory lock; SQLite: ``BEGIN IMMEDIATE``), so several processes
starting together migrate once and the others wait, then find nothing to do.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL

from feedback_widget.store.engine import SQLITE_BEGIN, create_store_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Our own version table, so the store can share a database with an application that uses Alembic too.
VERSION_TABLE = "feedback_alembic_version"
# An arbitrary constant naming the PostgreSQL advisory lock taken while migrating.
_ADVISORY_LOCK_KEY = 0x46445F4D4947  # "FD_MIG"


def alembic_config(connection: Connection | None = None) -> Config:
    """The Alembic configuration of the store, for `alembic.command` functions.

    With `connection`, migrations run on it (inside its transaction). Maintainers write a new
    revision with ``alembic.command.revision(alembic_config(), message="...")``.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("version_table", VERSION_TABLE)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def migrate(url: str | URL | Engine) -> None:
    """Upgrade the database at `url` (or behind an engine) to the latest schema. Idempotent."""
    engine = url if isinstance(url, Engine) else create_store_engine(url, pool_size=1, max_overflow=0)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK_KEY}
                    )
                command.upgrade(alembic_config(connection), "head")
    finally:
        if engine is not url:
            engine.dispose()


def current_revision(connection: Connection) -> str | None:
    """The schema revision the database is at (None before the first migration)."""
    return MigrationContext.configure(
        connection, opts={"version_table": VERSION_TABLE}
    ).get_current_revision()


def head_revision() -> str | None:
    """The latest schema revision shipped with this package."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
