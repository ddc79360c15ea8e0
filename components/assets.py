"""The static files a page needs: one CSS bundle, our small script, and htmx.

The bundle is the design tokens, the page basics and every component's CSS, joined in Python
(no Node build chain) once per process, with comments and extra whitespace removed.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from components.paths import STATIC_DIR
from components.registry import registry

SCRIPT = STATIC_DIR / "frontdoor.js"
HTMX = STATIC_DIR / "vendor" / "htmx.min.js"
BUNDLE_NAME = "frontdoor.css"

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_SPACE = re.compile(r"\s+")
_AROUND_PUNCTUATION = re.compile(r"\s*([{};,>])\s*")
_AFTER_COLON = re.compile(r":\s+")


def minify_css(css: str) -> str:
    """Remove comments and spare whitespace from CSS (keeps spaces inside values such as margins)."""
    css = _SPACE.sub(" ", _COMMENT.sub("", css))
    css = _AFTER_COLON.sub(":", _AROUND_PUNCTUATION.sub(r"\1", css))
    return css.replace(";}", "}").strip()


def css_sources() -> list[Path]:
    """The CSS files that make up the bundle, in cascade order."""
    return [STATIC_DIR / "tokens.css", STATIC_DIR / "base.css"] + [
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
