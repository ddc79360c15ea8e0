"""Print uv's pinned requirement, with every hash from ``uv.lock``, for pip's hash-checking mode.

The Makefile bootstraps uv with it (`pip install --require-hashes -r ...`), so the tool that installs
from the lock is itself the version the lock names, checked against the lock's hashes.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

LOCK = Path(__file__).resolve().parent.parent / "uv.lock"


def requirement(name: str = "uv", lock: Path = LOCK) -> str:
    """The ``name==version --hash=...`` line for ``name`` as ``lock`` pins it."""
    packages = tomllib.loads(lock.read_text(encoding="utf-8"))["package"]
    entry = next((p for p in packages if p["name"] == name), None)
    if entry is None:
        raise SystemExit(f"{lock.name} does not pin {name}: run `make lock`")
    files = [*entry.get("wheels", []), *([entry["sdist"]] if "sdist" in entry else [])]
    hashes = " ".join(f"--hash={file['hash']}" for file in files)
    return f"{name}=={entry['version']} {hashes}"


if __name__ == "__main__":
    print(requirement(*sys.argv[1:2]))
