"""Fixtures shared by both test folders (``tests`` and ``a11y_tests``), and the markers that let a
developer select tests: ``browser``, ``postgres``, ``redis`` and ``slow`` (``make test-fast`` runs
everything else)."""

from __future__ import annotations

import pytest

from tests.postgres import postgres_server

__all__ = ["postgres_server"]

# A test that uses one of these fixtures gets the marker, so a new test cannot forget it.
MARKER_FIXTURES = {
    "browser": {"browser", "a11y_browser"},
    "postgres": {"postgres_server"},
    "redis": {"redis_url"},
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by the real servers it needs: a browser, PostgreSQL, Redis."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        callspec = getattr(item, "callspec", None)
        params = set(map(str, callspec.params.values())) if callspec else set()
        for marker, names in MARKER_FIXTURES.items():
            if fixtures & names:
                item.add_marker(marker)
        if "postgresql" in params:  # the database_url fixture's PostgreSQL half
            item.add_marker("postgres")
