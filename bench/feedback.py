"""Feedback submissions under concurrent load on loopback, SQLite and PostgreSQL, beside a bare endpoint.

One uvicorn worker serves ``tests.feedback_widget.server_app:create_app``: the widget's routes and
``POST /bare``, which parses the JSON body and stores nothing. For each database (a fresh SQLite
file, then a throwaway PostgreSQL cluster with its durable defaults) the same server process is
loaded first on ``POST /bare``, then on ``POST /api/feedback/demo-benefits`` with a valid answer,
each for a fixed time. A submission is validated, redacted, then counted against the rate limit
and stored in one transaction before its 201, by the server's store process. Concurrent
submissions share that transaction (group commit), so a durable commit (SQLite in WAL mode with
``synchronous=FULL``, PostgreSQL with ``fsync=on``) is shared by many. The server and the cluster
are started by the launchers the tests use (``tests/servers.py``).

The load generator is Debian's ``wrk`` (installed here with apt-get when missing and running as
root); without it, a bounded asyncio client with httpx (slower, so the figures are lower). The
generator shares the machine's cores with the server: compare the ratios within one run.
Target: submissions at least half the bare endpoint's throughput. Figures are printed, not
asserted.

    python bench/feedback.py [--seconds 10] [--connections 32] [--threads 2]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parent.parent
TOUCHPOINT = "demo-benefits"
SUBMIT_PATH = f"/api/feedback/{TOUCHPOINT}"
BARE_PATH = "/bare"
BODY = {
    "answers": {"trust": "up", "positive_drivers": ["ease", "efficiency"], "comment": "Quick and clear."},
    "locale": "en",
    "page_url": "https://benefits.example.gov/apply/done",
}
WARMUP_SECONDS = 3  # the store process starts on first use and compiles the redaction patterns then
APP = "tests.feedback_widget.server_app:create_app"


@dataclass(frozen=True)
class Result:
    """One load run's figures."""

    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx: int
    socket_errors: int  # connect, read, write errors and timeouts (wrk gives up after 2 s)


# --- the server ----------------------------------------------------------------------------------------


def server_flags() -> tuple[tuple[str, ...], str]:
    """uvloop + httptools when both are installed, else uvicorn's defaults; and a description."""
    if importlib.util.find_spec("uvloop") and importlib.util.find_spec("httptools"):
        return ("--loop", "uvloop", "--http", "httptools"), "uvloop + httptools"
    return ("--loop", "asyncio", "--http", "h11"), "asyncio + h11 (uvloop/httptools not installed)"


def server_environment(database_url: str) -> dict[str, str]:
    """The app's settings: the database, a fixed key, and a rate limit the load never reaches."""
    return {
        "FRONTDOOR_DATABASE_URL": database_url,
        "FRONTDOOR_SECRET_KEY": "bench-secret-key",
        "FRONTDOOR_RATE_LIMIT_PER_MINUTE": "100000000",
    }


# --- load generators -------------------------------------------------------------------------------


def find_wrk() -> str | None:
    """The ``wrk`` binary; installed with apt-get when missing and running as root."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0:
        print("wrk is not installed and this is not root: run `sudo apt-get install -y wrk` for wrk figures.")
        return None
    print("wrk is not installed: apt-get install -y wrk ...", flush=True)
    quiet = {
        "capture_output": True,
        "check": False,
        "env": {**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    }
    if subprocess.run(["apt-get", "install", "-y", "wrk"], **quiet).returncode != 0:
        subprocess.run(["apt-get", "update"], **quiet)
        subprocess.run(["apt-get", "install", "-y", "wrk"], **quiet)
    found = shutil.which("wrk")
    if not found:
        print("apt-get could not install wrk.")
    return found


def _duration_ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def run_wrk(wrk: str, url: str, lua: Path, seconds: int, connections: int, threads: int) -> Result:
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(lua), url]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = _duration_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    p99 = _duration_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return Result(
        rps,
        p50,
        p99,
        requests,
        int(non_2xx.group(1)) if non_2xx else 0,
        sum(int(n) for n in socket_errors.groups()) if socket_errors else 0,
    )


def wrk_script(directory: Path) -> Path:
    """The Lua script that makes wrk send our JSON body with every request."""
    lua = directory / "post.lua"
    body = json.dumps(BODY).replace("\\", "\\\\").replace('"', '\\"')
    lua.write_text(
        'wrk.method = "POST"\n'
        f'wrk.body = "{body}"\n'
        'wrk.headers["Content-Type"] = "application/json"\n'
        'wrk.headers["User-Agent"] = "frontdoor-bench"\n'
    )
    return lua


async def _python_load(url: str, seconds: float, connections: int) -> Result:
    latencies: list[float] = []
    errors = failures = 0
    limits = httpx2.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx2.AsyncClient(limits=limits, timeout=30) as client:
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal errors, failures
            while time.perf_counter() < stop:
                started = time.perf_counter()
                try:
                    response = await client.post(url, json=BODY)
                    if response.status_code >= 300:
                        errors += 1
                except httpx2.HTTPError:
                    failures += 1
                latencies.append(time.perf_counter() - started)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - began
    latencies.sort()

    def pick(share: float) -> float:
        return latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000 if latencies else 0.0

    return Result(len(latencies) / elapsed, pick(0.50), pick(0.99), len(latencies), errors, failures)


def run_python(url: str, seconds: int, connections: int) -> Result:
    return asyncio.run(_python_load(url, seconds, connections))


# --- the run -------------------------------------------------------------------------------------


def stored_rows(database_url: str) -> int:
    from feedback_widget.store import Store

    with Store(database_url) as store:
        return store.count(TOUCHPOINT, include_spam=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=10, help="load time per run (default 10)")
    parser.add_argument("--connections", type=int, default=32, help="concurrent connections (default 32)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--python-client", action="store_true", help="use the httpx client even with wrk")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # the launchers in tests/servers.py, the app in tests/feedback_widget
    from tests import servers

    wrk = None if args.python_client else find_wrk()
    if wrk:
        version = subprocess.run([wrk, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        generator = (
            f"wrk -t{args.threads} -c{args.connections} -d{args.seconds}s --latency ({version.strip()})"
        )
    else:
        generator = (
            f"FALLBACK: Python asyncio + httpx client, {args.connections} concurrent requests, "
            f"{args.seconds} s per run (wrk unavailable; figures lower than wrk's)"
        )
    print(f"server: uvicorn, 1 worker, {server_flags()[1]}, on 127.0.0.1")
    print(f"load:   {generator}")
    print(f"cores:  {os.cpu_count()} (shared by the load generator and the server)")
    print(
        "load average before: {:.2f} {:.2f} {:.2f} (other work on the machine skews the figures)".format(
            *os.getloadavg()
        )
    )
    print(f"body:   {json.dumps(BODY)}")
    print()

    results: dict[tuple[str, str], Result] = {}
    stored: dict[str, int] = {}
    acknowledged: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="fd-bench-") as temp:
        directory = Path(temp)
        lua = wrk_script(directory)

        def load(url: str, seconds: int) -> Result:
            if wrk:
                return run_wrk(wrk, url, lua, seconds, args.connections, args.threads)
            return run_python(url, seconds, args.connections)

        def measure(name: str, database_url: str) -> None:
            print(f"{name}: loading {BARE_PATH} then {SUBMIT_PATH} ...", flush=True)
            environment = server_environment(database_url)
            log = directory / f"{name}.log"
            with servers.uvicorn_server(APP, log, environment, options=server_flags()[0]) as server:
                for label, path in (("bare", BARE_PATH), ("submission", SUBMIT_PATH)):
                    warm_up = load(server.base_url + path, WARMUP_SECONDS)
                    results[(name, label)] = load(server.base_url + path, args.seconds)
                    if label == "submission":
                        answered = (warm_up, results[(name, label)])
                        acknowledged[name] = sum(r.requests - r.non_2xx for r in answered)
            stored[name] = stored_rows(database_url)

        measure("SQLite", f"sqlite:///{directory / 'feedback.db'}")
        # PostgreSQL's durable defaults (fsync on), as a production server has them.
        with servers.postgres_cluster(durable=True, max_connections=100) as cluster:
            measure("PostgreSQL", cluster.url())

    print("load average after:  {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print()
    names = ["SQLite", "PostgreSQL"]
    header = f"{'':<26}" + "".join(f"{n + ' ' + k:>23}" for n in names for k in ("bare", "submission"))
    print(header)
    print("-" * len(header))
    rows = [
        ("requests/s", lambda r: f"{r.requests_per_second:,.0f}"),
        ("latency p50 (ms)", lambda r: f"{r.p50_ms:.2f}"),
        ("latency p99 (ms)", lambda r: f"{r.p99_ms:.2f}"),
        ("requests", lambda r: f"{r.requests:,}"),
        ("non-2xx answers", lambda r: f"{r.non_2xx:,}"),
        ("socket errors/timeouts", lambda r: f"{r.socket_errors:,}"),
    ]
    for title, cell in rows:
        print(
            f"{title:<26}"
            + "".join(f"{cell(results[(n, k)]):>23}" for n in names for k in ("bare", "submission"))
        )
    print()
    if not wrk:
        print(
            "FALLBACK CLIENT: httpx in one Python process is likely slower than the server's bare endpoint,"
            " so the bare figure measures the client and the ratios below overstate submissions. Use wrk."
        )
    for name in names:
        bare, submission = results[(name, "bare")], results[(name, "submission")]
        ratio = submission.requests_per_second / bare.requests_per_second
        verdict = "meets" if ratio >= 0.5 else "below"
        # Requests in flight when the load stops may be stored without being counted as answered.
        lost = max(0, acknowledged[name] - stored[name])
        print(
            f"{name:<11} submission/bare throughput: {ratio:.2f} ({verdict} the target of 0.50); "
            f"acknowledged with 2xx: {acknowledged[name]:,}, stored: {stored[name]:,}, lost: {lost} "
            "(warm-up included)"
        )


if __name__ == "__main__":
    main()
