"""uv.lock agrees with pyproject.toml, and the environment the suite runs in is the one it pins."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UV = Path(sys.prefix) / "bin" / "uv"


def test_lock_agrees_with_pyproject() -> None:
    result = subprocess.run(
        [UV, "lock", "--check", "--offline"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, (
        "pyproject.toml and uv.lock disagree: run `make lock` and commit uv.lock.\n" + result.stderr
    )


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_installed_package_is_the_version_the_lock_pins() -> None:
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    # A package may be pinned at two versions, each for its own Python (axe-selenium-python).
    pinned = {(_name(package["name"]), package["version"]) for package in lock["package"]}
    installed = {(_name(d.metadata["Name"]), d.version) for d in distributions()}
    # pip is seeded by `python -m venv` to bootstrap uv; it is not a dependency.
    off_lock = sorted(item for item in installed - pinned if item[0] != "pip")
    assert not off_lock, f"installed but not as uv.lock pins them (run `make test` to sync): {off_lock}"
