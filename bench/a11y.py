"""Accessibility checking speed: ``frontdoor a11y check`` and, in the same run, ``@axe-core/cli``.

The demo site runs as ``frontdoor demo`` in a process of its own (a fresh SQLite file), and each
checker checks the same thirty demo pages across the twelve languages (the sample of the comparison
test, ``a11y_tests/tests/reference_checker.py``), as a command of its own, timed from start to exit:

- ours, axe-core only (``--checks axe --no-javascript-pass --no-validate``), in one browser;
- ours, every check (axe-core, keyboard, reflow, text spacing, forced colours, reduced motion, page
  basics, no JavaScript, the Nu HTML Checker, unique titles), in one browser;
- the reference, all thirty pages given to one run (it checks them in turn in one Chromium);
- the reference, one run per page (a new Chromium for each, as a loop over pages runs it).

Both run axe-core 4.14.1 in Debian's headless Chromium. ``make setup-test`` installs the reference
(``a11y_tests/tests/reference``). Figures are printed, not asserted; other work on the machine
slows every side: compare the ratios within one run.

    python bench/a11y.py [--browsers 1] [--no-per-page]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the reference checker and the demo sample live in a11y_tests/tests

from a11y_tests.axe import axe_script_version  # noqa: E402
from a11y_tests.tests import reference_checker  # noqa: E402
from tests.servers import ServerError, free_port  # noqa: E402


@dataclass(frozen=True)
class Timing:
    """One checker's run over the pages: its wall-clock time and the pages it found rules broken on."""

    name: str
    pages: int
    seconds: float
    pages_with_violations: int

    @property
    def pages_per_second(self) -> float:
        """Pages checked per second of wall-clock time."""
        return self.pages / self.seconds


@contextlib.contextmanager
def demo_server(folder: Path) -> Iterator[str]:
    """``frontdoor demo`` on a free loopback port with a fresh SQLite file; yields its base URL."""
    port = free_port()
    environment = {
        **{name: value for name, value in os.environ.items() if not name.startswith("FRONTDOOR_")},
        "FRONTDOOR_DATABASE_URL": f"sqlite:///{folder / 'demo.db'}",
        "FRONTDOOR_SECRET_KEY": "bench-secret-key",
    }
    command = [sys.executable, "-m", "components.cli", "demo", "--port", str(port)]
    with (folder / "demo.log").open("wb") as log:
        server = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(httpx2.TransportError):
                if httpx2.get(url + "/", timeout=2).status_code == 200:
                    break
            if server.poll() is not None or time.monotonic() > deadline:
                raise ServerError(f"the demo did not start:\n{(folder / 'demo.log').read_text()}")
            time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def ours(name: str, urls: list[str], folder: Path, options: list[str]) -> Timing:
    """Time ``frontdoor a11y check URLS OPTIONS`` (exit 0 or 1: clean or rules broken)."""
    report = folder / f"{name.replace(' ', '-')}.json"
    command = [sys.executable, "-m", "components.cli", "a11y", "check", *urls, *options]
    command += ["--json", str(report), "--html", str(report.with_suffix(".html"))]
    began = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    if done.returncode not in (0, 1):
        sys.exit(f"{name}: exit {done.returncode}\n{done.stdout}\n{done.stderr}")
    pages = json.loads(report.read_text(encoding="utf-8"))["pages"]
    return Timing(name, len(urls), seconds, sum(1 for page in pages if page["violations"]))


def reference(name: str, urls: list[str], batch: int) -> Timing:
    """Time the reference checker over ``urls``, ``batch`` pages per run of its command."""
    began = time.perf_counter()
    found = reference_checker.run_reference(urls, batch=batch)
    seconds = time.perf_counter() - began
    return Timing(name, len(urls), seconds, sum(1 for page in found.values() if page.rules))


def main() -> None:
    """Print pages per second for each checker and ours against the reference's."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--browsers", type=int, default=1, help="browsers for our command (default 1)")
    parser.add_argument("--no-per-page", action="store_true", help="skip the reference's run per page")
    args = parser.parse_args()
    try:
        reference_checker.ensure_installed()
    except reference_checker.ReferenceUnavailable as error:
        sys.exit(str(error))
    paths = reference_checker.demo_sample()
    browsers = ["--browsers", str(args.browsers)]
    print(f"pages:  {len(paths)} demo pages in 12 languages (a11y_tests/tests/reference_checker.py)")
    print(f"ours:   frontdoor a11y check, {args.browsers} browser(s); axe-core {axe_script_version()}")
    print(f"peer:   @axe-core/cli {reference_checker.locked_version('@axe-core/cli')}, one Chromium a run")
    print(f"cores:  {os.cpu_count()}")
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()), flush=True)
    timings = []
    with tempfile.TemporaryDirectory(prefix="fd-bench-a11y-") as temp, demo_server(Path(temp)) as url:
        folder = Path(temp)
        urls = [url + path for path in paths]
        checks = ["--checks", "axe", "--no-javascript-pass", "--no-validate", *browsers]
        runs = [
            lambda: ours("ours, axe only", urls, folder, checks),
            lambda: ours("ours, every check", urls, folder, browsers),
            lambda: reference("reference, one run", urls, len(urls)),
        ]
        if not args.no_per_page:
            runs.append(lambda: reference("reference, a run per page", urls, 1))
        for run in runs:
            timings.append(run())
            print(f"  {timings[-1].name}: {timings[-1].seconds:.1f} s", flush=True)
    print("load average after:  {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print()
    print(f"{'checker':<28}{'seconds':>10}{'pages/s':>10}{'pages with violations':>24}")
    for timing in timings:
        print(
            f"{timing.name:<28}{timing.seconds:>10.1f}{timing.pages_per_second:>10.2f}"
            f"{timing.pages_with_violations:>24}"
        )
    print()
    for mine in timings[:2]:
        for peer in timings[2:]:
            ratio = mine.pages_per_second / peer.pages_per_second
            print(f"{mine.name} / {peer.name}: {ratio:.2f}x the pages per second")


if __name__ == "__main__":
    main()
