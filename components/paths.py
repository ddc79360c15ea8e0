"""Where the component library's files are: its package folder (templates, CSS) and static files."""

from __future__ import annotations

from pathlib import Path

COMPONENTS_DIR = Path(__file__).parent
"""The package folder: one subfolder per component, shared templates beside them."""

STATIC_DIR = COMPONENTS_DIR / "static"
"""Base CSS, design tokens, our script and the vendored htmx."""
