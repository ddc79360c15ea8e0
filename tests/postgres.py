"""A throwaway PostgreSQL cluster for the tests that need a real PostgreSQL (the fixture
``postgres_server``, shared by the whole session through the root ``conftest.py``).

The cluster is created once per test session in a temporary folder (Debian's PostgreSQL binaries,
as the ``postgres`` user when running as root), listens on 127.0.0.1 on a free port, and is stopped
and removed at the end. Each test gets a fresh database in it. Without PostgreSQL installed the
tests fail, never skip: ``make test`` installs it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

INITDB_GLOB = "/usr/lib/postgresql/*/bin/initdb"


@dataclass(frozen=True)
class PostgresServer:
    """A running throwaway PostgreSQL cluster, reachable over TCP on 127.0.0.1 as ``postgres``."""

    port: int
    data_dir: Path
    start_seconds: float

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        """The URL of `database` in this cluster (``driver="postgresql"`` for libpq/psycopg)."""
        return f"{driver}://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """Create a fresh, empty database and return its SQLAlchemy URL."""
        name = f"fd_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(self.url(driver="postgresql"), autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)


def _postgres_bin_dir() -> Path:
    found = sorted(Path("/").glob(INITDB_GLOB.lstrip("/")), key=lambda p: _version_key(p.parent.parent.name))
    if found:
        return found[-1].parent
    if os.environ.get("CI"):
        pytest.fail(
            f"PostgreSQL is not installed on this CI machine (no {INITDB_GLOB}). The feedback store's "
            "tests need it: run `make test`, whose scripts/system_deps.sh installs Debian's postgresql.",
            pytrace=False,
        )
    pytest.fail(
        f"PostgreSQL is not installed (no {INITDB_GLOB}); the feedback store is tested against it. "
        "Run `make test`, which installs it (as root: apt-get install -y postgresql), then run again.",
        pytrace=False,
    )


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(command: list[str], what: str, log: Path | None = None) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        details = result.stdout + result.stderr
        if log is not None and log.exists():
            details += "\n--- server log ---\n" + log.read_text(errors="replace")
        pytest.fail(f"Could not {what} the test PostgreSQL cluster:\n{details}", pytrace=False)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster for this test session (started on first use, removed at the end)."""
    bin_dir = _postgres_bin_dir()
    started = time.perf_counter()
    base = Path(tempfile.mkdtemp(prefix="fd-pg-"))
    as_owner: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        owner = pwd.getpwnam("postgres")
        os.chown(base, owner.pw_uid, owner.pw_gid)
        as_owner = ["runuser", "-u", "postgres", "--"]
    data, log = base / "data", base / "server.log"
    initdb_options = ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--no-instructions"]
    _run([*as_owner, str(bin_dir / "initdb"), "-D", str(data), *initdb_options], "create")
    port = _free_port()
    # fsync off: this cluster is thrown away, so a crash of the machine cannot lose anything we keep.
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    _run(
        [*as_owner, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start"],
        "start",
        log,
    )
    try:
        yield PostgresServer(port=port, data_dir=data, start_seconds=time.perf_counter() - started)
    finally:
        subprocess.run(
            [*as_owner, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(base, ignore_errors=True)
