"""Fetch the third-party files we serve or run, by npm package name and pinned version.

They are never committed: this puts them in ignored folders inside the packages, checking each
tarball against its pinned integrity hash, and the wheel build then carries them. Run it again at
any time: a file already fetched at the pinned version is left alone.

    python scripts/fetch_vendor.py          # fetch what is missing
    python scripts/fetch_vendor.py --check  # exit 1 if anything is missing or stale
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".vendor-cache"


@dataclass(frozen=True)
class Vendored:
    """One npm package we take files from: pinned version, integrity, and file -> destination."""

    package: str
    version: str
    integrity: str
    files: dict[str, str]


PINNED = [
    # htmx 4.x: 13.4 KB gzipped against 16.9 KB for 2.0.11, which keeps our whole bundle well under
    # GOV.UK Frontend's; its indicator CSS uses a constructed stylesheet, so it needs no inline style
    # under our Content-Security-Policy. Licence 0BSD. Components never depend on it.
    Vendored(
        "htmx.org",
        "4.0.1",
        "sha512-oF7JgXhDW9UXCy/k1ZYFUQgzu/rm19ORWPSPNL91vPluB2PB9+MV55tyQdH/w7o2EAbTYUG5SDW1R60mdkdqGg==",
        {
            "dist/htmx.min.js": "components/static/vendor/htmx.min.js",
            "LICENSE": "components/static/vendor/htmx.LICENSE.txt",
        },
    ),
    # axe-core: the accessibility rules engine our browser checks inject; licence MPL-2.0.
    Vendored(
        "axe-core",
        "4.14.1",
        "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==",
        {"axe.min.js": "a11y_tests/vendor/axe.min.js", "LICENSE": "a11y_tests/vendor/axe-core.LICENSE.txt"},
    ),
    # vnu-jar: the Nu HTML Checker (the W3C validator's engine) that `a11y_tests.html_validation` runs
    # with Java; licence MIT. About 32 MB: only the accessibility checker uses it.
    Vendored(
        "vnu-jar",
        "26.9.27",
        "sha512-TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0SghgBX6RJRNea0KA==",
        {
            "build/dist/vnu.jar": "a11y_tests/vendor/vnu.jar",
            "LICENSE": "a11y_tests/vendor/vnu-jar.LICENSE.txt",
        },
    ),
]


def _stamp(item: Vendored) -> Path:
    return ROOT / Path(next(iter(item.files.values()))).parent / f".{item.package}.version"


def is_current(item: Vendored) -> bool:
    """True when every file of ``item`` is in place at the pinned version."""
    stamp = _stamp(item)
    return (
        stamp.exists()
        and stamp.read_text().strip() == item.version
        and all((ROOT / dest).exists() for dest in item.files.values())
    )


def _integrity_of(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def pack(package: str, version: str, integrity: str) -> Path:
    """Download ``package@version`` with npm into the cache and check it against ``integrity``."""
    if shutil.which("npm") is None:
        sys.exit("npm is needed to fetch htmx, axe-core and vnu-jar: apt-get install -y npm")
    CACHE.mkdir(exist_ok=True)
    out = subprocess.run(
        ["npm", "pack", f"{package}@{version}", "--json", "--pack-destination", str(CACHE)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    tarball = CACHE / json.loads(out)[0]["filename"]
    actual = _integrity_of(tarball)
    if actual != integrity:
        tarball.unlink()
        sys.exit(f"{package}@{version}: integrity mismatch ({actual} != pinned {integrity})")
    return tarball


def read_member(tarball: Path, name: str) -> bytes:
    """The bytes of ``name`` (a path inside the npm package) from a packed tarball."""
    with tarfile.open(tarball) as archive:
        member = archive.extractfile(f"package/{name}")
        if member is None:
            sys.exit(f"{tarball.name} has no {name}")
        return member.read()


def fetch(item: Vendored) -> None:
    """Fetch ``item`` with its integrity checked and copy out the files we use."""
    tarball = pack(item.package, item.version, item.integrity)
    for source, dest in item.files.items():
        target = ROOT / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(read_member(tarball, source))
    _stamp(item).write_text(item.version + "\n")
    print(f"fetched {item.package}@{item.version} (integrity checked)")


def main() -> int:
    """Fetch what is missing, or with ``--check`` only report it."""
    missing = [item for item in PINNED if not is_current(item)]
    if "--check" in sys.argv:
        for item in missing:
            print(f"missing or stale: {item.package}@{item.version}")
        return 1 if missing else 0
    for item in missing:
        fetch(item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
