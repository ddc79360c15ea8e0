"""``frontdoor demo`` as a person (or a process manager) runs and stops it: the test provider it
starts beside the site stops with it, on Ctrl+C and on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.oidc_provider import node

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True, check=False
    )
    return [int(line) for line in found.stdout.split()]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}/stat").exists() else "X"
    return state != "Z"


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "ctrl-c"])
def test_stopping_the_demo_stops_its_test_provider(stop: signal.Signals, tmp_path: Path) -> None:
    node()  # Node and the provider's packages must be there (an error, never a skip, when missing)
    port = _free_port()
    env = {**os.environ, "FRONTDOOR_DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}"}
    env.pop("FRONTDOOR_OIDC_ISSUER", None)
    demo = subprocess.Popen(
        [sys.executable, "-m", "components.cli", "demo", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/sign-in/", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("the demo did not answer within 30 s")
        providers = _children(demo.pid)
        assert providers, "no test provider was started beside the site"
        demo.send_signal(stop)
        demo.wait(timeout=20)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in providers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in providers), "the test provider outlived the demo"
    finally:
        if demo.poll() is None:
            demo.kill()
        for pid in _children(demo.pid):
            os.kill(pid, signal.SIGKILL)
