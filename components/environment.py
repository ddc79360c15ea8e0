"""The one Jinja environment that renders every component template, compiled once and shared."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

import i18n

COMPONENTS_DIR = Path(__file__).parent


def configure(env: Environment) -> None:
    """Give ``env`` what our templates expect: gettext bound to the per-request locale and ``fd``."""
    from components.namespace import fd

    # Plain functions rather than Jinja's i18n extension: a call costs a fraction of the extension's.
    if "_" not in env.globals:
        env.globals.update(_=template_gettext, gettext=template_gettext, ngettext=template_ngettext)
    env.globals["fd"] = fd


def template_gettext(message: str, **variables: Any) -> str | Markup:
    """Translate for a template. The translation is text (escaped); placeholders are filled with
    escaped text or, where a value is ``Markup`` (an icon, a link), with that markup."""
    text = i18n.gettext(message)
    return escape(text) % variables if variables else text


def template_ngettext(singular: str, plural: str, n: int, **variables: Any) -> Markup:
    """The plural form of a message that fits ``n``, for a template; ``%(num)s`` is ``n``."""
    return escape(i18n.translations_for(i18n.current_locale()).ngettext(singular, plural, n)) % {
        "num": n,
        **variables,
    }


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
