"""Real databases for the feedback widget's tests: a SQLite file, or a fresh database in the
session's throwaway PostgreSQL cluster (``tests/postgres.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.postgres import PostgresServer


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file, or a fresh database in the session's PostgreSQL cluster."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'feedback.db'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database()
