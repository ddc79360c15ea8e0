"""Real servers on loopback for tests and benchmarks: a uvicorn worker serving an app (in its own
process, or in a thread of this one), a throwaway PostgreSQL cluster, a throwaway Redis. Each is a
context manager that starts the server, waits until it answers, and stops and removes it at the
end; a server that cannot start raises :class:`ServerError` with its log. Free of pytest, so
``bench/`` can use it too (with the repository root on ``sys.path``).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2

ROOT = Path(__file__).resolve().parent.parent
INITDB_GLOB = "usr/lib/postgresql/*/bin/initdb"


class ServerError(RuntimeError):
    """A server did not start; the message says why, with its log."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- uvicorn -------------------------------------------------------------------------------------------


@contextlib.contextmanager
def serve(app: Any, port: int | None = None, **options: Any) -> Iterator[str]:
    """Run the ASGI ``app`` with uvicorn (``options``: more of its settings) in a thread of this
    process on 127.0.0.1 until the block ends; yields its base URL. For tests that share the app's
    objects with the test."""
    import uvicorn

    port = port or free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise ServerError(f"the test server did not start on port {port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class UvicornServer:
    """One uvicorn worker serving ``app`` (``module:factory``) from the repository root, as a child.

    ``environment`` is added to this process's environment with every ``FRONTDOOR_*`` variable
    taken out first, so the app sees only the settings given. The server is ready when ``POST
    ready_path`` with an empty JSON object answers 201.
    """

    def __init__(
        self,
        app: str,
        log: Path,
        environment: Mapping[str, str],
        *,
        options: tuple[str, ...] = (),
        ready_path: str = "/bare",
        start_seconds: float = 30,
    ) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = {
            **{name: value for name, value in os.environ.items() if not name.startswith("FRONTDOOR_")},
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            **environment,
        }
        command = [
            *(sys.executable, "-m", "uvicorn", app, "--factory"),
            *("--host", "127.0.0.1", "--port", str(self.port), "--workers", "1"),
            # As the demo runs: forwarded headers are the app's to judge (FRONTDOOR_TRUSTED_PROXIES).
            *("--no-access-log", "--no-proxy-headers", "--log-level", "warning", *options),
        ]
        with log.open("ab") as out:
            self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            self._wait_until_ready(ready_path, start_seconds)
        except BaseException:
            self.stop()
            raise

    @property
    def pid(self) -> int:
        """The server's process id."""
        return self.process.pid

    def output(self) -> str:
        """What the server has written to its log."""
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def _wait_until_ready(self, path: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            if self.process.poll() is not None:
                raise ServerError(f"the server exited ({self.process.returncode}):\n{self.output()}")
            with contextlib.suppress(httpx2.TransportError):
                if httpx2.post(self.base_url + path, json={}, timeout=2).status_code == 201:
                    return
            if time.monotonic() > deadline:
                raise ServerError(f"the server did not start in {seconds:.0f} s:\n{self.output()}")
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 10 s), if it still runs."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextlib.contextmanager
def uvicorn_server(
    app: str, log: Path, environment: Mapping[str, str], *, options: tuple[str, ...] = ()
) -> Iterator[UvicornServer]:
    """A running :class:`UvicornServer`, stopped at the end."""
    running = UvicornServer(app, log, environment, options=options)
    try:
        yield running
    finally:
        running.stop()


# --- PostgreSQL ----------------------------------------------------------------------------------------


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
        import psycopg
        from psycopg import sql

        name = f"fd_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(self.url(driver="postgresql"), autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)


def postgres_bin_dir() -> Path | None:
    """The folder of the newest Debian PostgreSQL's programs, or None when none is installed."""
    found = sorted(Path("/").glob(INITDB_GLOB), key=lambda path: _version_key(path.parent.parent.name))
    return found[-1].parent if found else None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _run(command: list[str], what: str, log: Path | None = None) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        details = result.stdout + result.stderr
        if log is not None and log.exists():
            details += "\n--- server log ---\n" + log.read_text(errors="replace")
        raise ServerError(f"Could not {what} the throwaway PostgreSQL cluster:\n{details}")


@contextlib.contextmanager
def postgres_cluster(
    *, durable: bool = False, max_connections: int | None = None
) -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL cluster in a temporary folder, listening on 127.0.0.1 on a free port.

    ``durable=False`` turns fsync off (for tests: nothing kept can be lost); ``True`` keeps
    PostgreSQL's durable defaults (for benchmarks of durable commits). Runs as ``postgres`` when
    this process is root (PostgreSQL refuses to run as root).
    """
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        raise ServerError(
            f"PostgreSQL is not installed (no /{INITDB_GLOB}): as root, apt-get install -y postgresql"
        )
    started = time.perf_counter()
    base = Path(tempfile.mkdtemp(prefix="fd-pg-"))
    as_owner: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(base, owner.pw_uid, owner.pw_gid)
        as_owner = ["runuser", "-u", "postgres", "--"]
    data, log, port = base / "data", base / "server.log", free_port()
    pg_ctl = [*as_owner, str(bin_dir / "pg_ctl"), "-D", str(data)]
    initdb_options = ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-instructions"]
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1"
    if not durable:
        initdb_options.append("--no-sync")
        options += " -c fsync=off -c full_page_writes=off"
    if max_connections is not None:
        options += f" -c max_connections={max_connections}"
    try:
        _run([*as_owner, str(bin_dir / "initdb"), "-D", str(data), *initdb_options], "create")
        _run([*pg_ctl, "-l", str(log), "-o", options, "-w", "start"], "start", log)
        yield PostgresServer(port=port, data_dir=data, start_seconds=time.perf_counter() - started)
    finally:
        subprocess.run([*pg_ctl, "-m", "fast", "-w", "stop"], capture_output=True, check=False)
        shutil.rmtree(base, ignore_errors=True)


# --- Redis ---------------------------------------------------------------------------------------------


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway Redis (Debian's redis-server) on 127.0.0.1 without persistence; yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise ServerError("redis-server is not installed: as root, apt-get install -y redis-server")
    port = free_port()
    folder = tempfile.mkdtemp(prefix="fd-redis-")
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", folder],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise ServerError("redis-server did not start") from None
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
