"""Turning values into HTML: escaping what templates output, and a component's outer attributes."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

try:  # The C escaper behind markupsafe.escape, without the Markup wrapper around its result.
    from markupsafe._speedups import _escape_inner as escape_str
except ImportError:  # pragma: no cover - markupsafe without its speedups, or a later layout
    escape_str = escape


def escape_output(value: Any) -> str:
    """Escape a value a template outputs, as :func:`markupsafe.escape` does, but give plain text.

    Output pieces are only joined, so they need not be ``Markup``; building one per ``{{ }}`` cost
    more than the escaping itself.
    """
    if type(value) is str:
        return escape_str(value)
    if type(value) is Markup:
        return value
    return escape(value)


def escape_text(value: Any) -> Markup:
    """:func:`markupsafe.escape`, with a quicker way for the usual case, a plain ``str``."""
    if type(value) is str:
        return str.__new__(Markup, escape_str(value))
    return escape(value)


def markup(text: str) -> Markup:
    """``Markup(text)`` for a ``str``, without ``Markup.__new__``'s checks for other kinds of value."""
    return str.__new__(Markup, text)
