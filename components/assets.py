"""The static files a page needs: one CSS bundle, our small script, and htmx.

The bundle is the design tokens, the page basics, the styles components share and every
component's own CSS, joined in Python (no Node build chain) once per process, and minified.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import rcssmin

from components.paths import COMPONENTS_DIR, STATIC_DIR
from components.registry import registry

SCRIPT = STATIC_DIR / "frontdoor.js"
HTMX = STATIC_DIR / "vendor" / "htmx.min.js"
BUNDLE_NAME = "frontdoor.css"


def minify_css(css: str) -> str:
    """Remove comments and spare whitespace from CSS, with rcssmin: strings are kept as they are.

    Like every CSS minifier, it also strips whitespace inside ``url(...)`` (a raw space is not
    valid in a URL there; write ``%20``), except in a quoted ``data:`` URL that is not base64.
    """
    return rcssmin.cssmin(css)


def css_sources() -> list[Path]:
    """The CSS files that make up the bundle, in cascade order: the design tokens, the page
    basics, the styles components share (a file at the top of ``components/``, such as
    ``choice_list.css``), then each component's own."""
    shared = sorted(COMPONENTS_DIR.glob("*.css"))
    return [STATIC_DIR / "tokens.css", STATIC_DIR / "base.css", *shared] + [
        info.css_path for info in registry().values()
    ]


@cache
def css_bundle() -> str:
    """The whole stylesheet, built once per process."""
    return minify_css("\n".join(path.read_text(encoding="utf-8") for path in css_sources()))


def missing_vendor_files() -> list[Path]:
    """Third-party files that set-up has not fetched yet (``scripts/fetch_vendor.py``)."""
    return [path for path in (HTMX,) if not path.exists()]


def write_assets(folder: Path) -> list[Path]:
    """Write the CSS bundle, our script and htmx into ``folder``, for sites that serve static files.

    Point ``Page(asset_url=...)`` at the URL where ``folder`` is served.
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vendor").mkdir(exist_ok=True)
    written = [folder / BUNDLE_NAME, folder / SCRIPT.name, folder / "vendor" / HTMX.name]
    written[0].write_text(css_bundle(), encoding="utf-8")
    written[1].write_bytes(SCRIPT.read_bytes())
    written[2].write_bytes(HTMX.read_bytes())
    return written
