"""Turning values into HTML: escaping what templates output, and a component's outer attributes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

from markupsafe import Markup, escape

try:  # The C escaper behind markupsafe.escape, without the Markup wrapper around its result.
    from markupsafe._speedups import _escape_inner as escape_str
except ImportError:  # pragma: no cover - markupsafe without its speedups, or a later layout
    escape_str = escape


def escape_output(value: Any) -> str:
    """Escape a value a template outputs, as :func:`markupsafe.escape` does, but give plain text:
    the pieces of a template's output are only joined, so they need not be ``Markup``."""
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


ATTRIBUTE_NAME = re.compile(r"^[A-Za-z_:][A-Za-z0-9_:.\-]*$")
"""An HTML attribute name we accept in params: letters, digits, ``_ : . -``, not starting with a digit."""


def check_attribute_name(name: object) -> str:
    """``name`` if it is a valid attribute name, else a ``ValueError`` saying so."""
    if not isinstance(name, str) or not ATTRIBUTE_NAME.match(name):
        raise ValueError(f"{name!r} is not a valid HTML attribute name")
    return name


class HasOuterAttributes(Protocol):
    """What :func:`outer_attributes` reads: a component's (or a nested group's) extra classes and
    attributes for its outer element."""

    @property
    def classes(self) -> str: ...

    @property
    def attributes(self) -> Mapping[str, Any] | None: ...


def outer_attributes(params: HasOuterAttributes, block: str, *modifiers: object) -> Markup:
    """The ``fd_attributes`` template filter: `` class="..."`` and then ``params.attributes``, for
    the end of a component's outer start tag.

    The class list is the BEM ``block`` (``fd-alert``), a ``block--modifier`` class for each of
    ``modifiers`` that is not false or empty (``params.slim and "slim"`` gives ``fd-alert--slim``
    only when it applies), then ``params.classes``. Everything is escaped as text; attribute names
    are checked, and an attribute whose value is ``None`` is left out, as Jinja's ``xmlattr`` does.
    """
    names = block
    for modifier in modifiers:
        if modifier:
            names += f" {block}--{modifier}"
    if params.classes:
        names += " " + params.classes
    html = ' class="' + escape_str(names) + '"'
    if params.attributes:
        html += "".join(
            f' {check_attribute_name(name)}="{escape_output(value)}"'
            for name, value in params.attributes.items()
            if value is not None
        )
    return str.__new__(Markup, html)
