"""One pooled, thread-safe SQLAlchemy engine per database, set up for durability.

SQLite: WAL journal (readers never block the writer), ``synchronous=FULL`` (a committed submission
survives a power cut, not only a crash of the process), foreign keys on, and a busy timeout so that
concurrent writers wait their turn instead of failing. PostgreSQL: psycopg 3, pre-pinged connections.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.pool import QueuePool, StaticPool

SUPPORTED_BACKENDS = ("sqlite", "postgresql")

# Execution option naming how a SQLite transaction begins: "DEFERRED" (the default) or "IMMEDIATE",
# which takes the write lock up front (used by migrations, so that two starting processes queue).
SQLITE_BEGIN = "frontdoor_sqlite_begin"


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that writes, committed when the block ends. SQLite takes its write
    lock up front (``BEGIN IMMEDIATE``), so the busy timeout applies rather than a snapshot error."""
    with engine.connect() as connection:
        connection = connection.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
        with connection.begin():
            yield connection


def normalize_url(url: str | URL) -> URL:
    """Parse a database URL, choosing psycopg 3 for PostgreSQL URLs that name no driver.

    ``postgres://`` and ``postgresql://`` (as cloud platforms hand them out) become
    ``postgresql+psycopg://``. Any backend other than SQLite or PostgreSQL is refused.
    """
    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise ValueError(
            f"feedback store: unsupported database {parsed.get_backend_name()!r} in "
            f"{parsed.render_as_string(hide_password=True)!r}; expected a sqlite:/// or postgresql:// URL"
        )
    return parsed


def create_store_engine(
    url: str | URL,
    *,
    pool_size: int = 5,
    max_overflow: int = 10,
    busy_timeout_ms: int = 30_000,
) -> Engine:
    """Create the engine for `url`: SQLite (its folder created on demand) or PostgreSQL.

    The pool holds `pool_size` connections and opens up to `max_overflow` more under load; callers
    beyond that wait for a free connection.
    """
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, pool_size, max_overflow, busy_timeout_ms)
    return create_engine(parsed, pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True)


def _sqlite_engine(url: URL, pool_size: int, max_overflow: int, busy_timeout_ms: int) -> Engine:
    database = url.database or ""
    in_memory = database in ("", ":memory:") or url.query.get("mode") == "memory"
    pool_options: dict[str, Any]
    if in_memory:
        # One shared connection: a pool of in-memory connections would be separate, empty databases.
        pool_options = {"poolclass": StaticPool}
    else:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        pool_options = {"poolclass": QueuePool, "pool_size": pool_size, "max_overflow": max_overflow}
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
        **pool_options,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy (see _begin): the sqlite3 module's legacy mode
        # would run DDL outside any transaction and leave SELECTs unisolated.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if not in_memory:
            _enable_wal(cursor, busy_timeout_ms / 1000)
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
        if mode not in ("DEFERRED", "IMMEDIATE"):
            raise ValueError(f"feedback store: {SQLITE_BEGIN} must be DEFERRED or IMMEDIATE, not {mode!r}")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _enable_wal(cursor: Any, timeout_seconds: float) -> None:
    """Switch the database file to WAL (a persistent setting), retrying while others hold locks.

    Changing the journal mode does not wait on the busy handler: when processes open a new
    database together, one of them can get "database is locked" here, so it waits and retries.
    """
    deadline = time.monotonic() + timeout_seconds
    delay = 0.005
    while True:
        try:
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
            continue
        if mode.lower() != "wal":
            raise RuntimeError(f"feedback store: SQLite refused WAL journal mode (it is {mode!r})")
        return
