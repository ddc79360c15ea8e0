"""Bytes on the wire: our CSS bundle + our script + htmx, gzipped, beside GOV.UK Frontend's bundle.

GOV.UK Frontend is fetched in the same run from npm at a pinned version (integrity checked) and its
minified CSS and JS are gzipped the same way.

    make bench            # or: python bench/size.py
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from fetch_vendor import pack, read_member  # noqa: E402

from components.assets import HTMX, css_bundle, script_bundle  # noqa: E402
from components.registry import registry  # noqa: E402

GOVUK = (
    "govuk-frontend",
    "6.6.0",
    "sha512-xctkWrQvLnvQt7fyjQ3MGX9S0wz0x0RQuLxCeoXF+s8EjGICG81/DYQGKN5qgO+0KVT12UAaRwUsGY6fulRcRg==",
    ["dist/govuk/govuk-frontend.min.css", "dist/govuk/govuk-frontend.min.js"],
)


def gz(data: bytes) -> int:
    """Gzipped size at the highest level, as a server with static compression would send it."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


# Question pages as form steps serves them: the page layout (banner, header, footer), a back link,
# an error summary, the question, Continue; and with the session timeout warning and language choice.
QUESTION_PAGES = {
    "a text question": ["page", "back_link", "error_summary", "text_input", "button"],
    "a radios question": ["page", "back_link", "error_summary", "radios", "button"],
    "a radios question, timeout and languages": [
        *["page", "back_link", "error_summary", "radios", "button", "timeout_warning", "language_selector"]
    ],
}


def main() -> None:
    """Print each part's raw and gzipped bytes, the totals, and the ratio to GOV.UK Frontend."""
    ours = {
        "frontdoor.css (bundle)": css_bundle().encode(),
        "frontdoor.js (bundle)": script_bundle().encode(),
        "htmx.min.js (4.0.1)": HTMX.read_bytes(),
    }
    package, version, integrity, files = GOVUK
    tarball = pack(package, version, integrity)
    theirs = {f"{package} {version} {Path(name).name}": read_member(tarball, name) for name in files}
    print(f"{'file':<48}{'bytes':>10}{'gzipped':>10}")
    totals = {}
    for label, parts in (("Front Door", ours), ("GOV.UK Frontend", theirs)):
        for name, data in parts.items():
            print(f"{name:<48}{len(data):>10,}{gz(data):>10,}")
        totals[label] = sum(gz(data) for data in parts.values())
        print(f"{label + ' total':<48}{'':>10}{totals[label]:>10,}")
    ratio = totals["Front Door"] / totals["GOV.UK Frontend"]
    print(f"Front Door sends {ratio:.0%} of GOV.UK Frontend's gzipped bytes (USWDS 3.x: 83,357 gzipped)")
    whole = gz(css_bundle().encode()) + gz(script_bundle().encode())
    print(f"\nOur CSS + script for all {len(registry())} components: {whole:,} B gzipped (budget 14,000)")
    print("Only what a page uses (frontdoor assets --components), CSS + script gzipped (budget 4,000):")
    for label, names in QUESTION_PAGES.items():
        css, script = gz(css_bundle(names).encode()), gz(script_bundle(names).encode())
        print(f"  {label:<44}{css:>7,} + {script:>5,} = {css + script:>6,}")


if __name__ == "__main__":
    main()
