"""The ``postgres_server`` fixture: a throwaway PostgreSQL cluster for the tests that need a real
PostgreSQL, shared by the whole session through the root ``conftest.py``.

The cluster (``tests/servers.py``: Debian's PostgreSQL binaries, as the ``postgres`` user when
running as root, on 127.0.0.1, fsync off) is started on first use and removed at the end of the
session. Each test makes a fresh database in it. Without PostgreSQL installed the tests fail, never
skip: ``make test`` installs it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pytest

from tests.servers import INITDB_GLOB, PostgresServer, ServerError, postgres_bin_dir, postgres_cluster

__all__ = ["PostgresServer", "postgres_server"]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster for this test session (started on first use, removed at the end)."""
    if postgres_bin_dir() is None:
        where = "on this CI machine " if os.environ.get("CI") else ""
        pytest.fail(
            f"PostgreSQL is not installed {where}(no /{INITDB_GLOB}); the feedback store is tested "
            "against it. Run `make test`, whose scripts/system_deps.sh installs Debian's postgresql "
            "(as root: apt-get install -y postgresql), then run again.",
            pytrace=False,
        )
    with contextlib.ExitStack() as stack:
        try:
            server = stack.enter_context(postgres_cluster())
        except ServerError as error:
            pytest.fail(str(error), pytrace=False)
        yield server
