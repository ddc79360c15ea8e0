"""The one Jinja environment that renders every component template, compiled once and shared."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

import i18n

COMPONENTS_DIR = Path(__file__).parent


def configure(env: Environment) -> None:
    """Give ``env`` what our templates expect: gettext bound to the per-request locale and ``fd``."""
    from components.namespace import fd

    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")
    if "gettext" not in env.globals:
        env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals["fd"] = fd


@cache
def environment() -> Environment:
    """Return the shared component environment (templates are compiled on first use, then kept)."""
    env = Environment(
        loader=FileSystemLoader(COMPONENTS_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        auto_reload=False,
        cache_size=-1,
    )
    configure(env)
    return env
