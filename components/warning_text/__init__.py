"""Warning text: an important warning, in bold beside an icon, such as a fine for not doing something."""

from __future__ import annotations

from pydantic import Field

from components.base import Component, HasContent, Text


class WarningText(Component, HasContent):
    """A warning in bold text beside an exclamation mark icon, for something with serious results,
    such as a legal duty or a penalty.

    The icon is decorative: screen readers skip it and read a hidden prefix instead, "Warning:" in the
    current language unless ``prefix_text`` says otherwise. The words are in a ``strong`` element, so
    ``html`` and ``{% call %}`` block content must be phrasing content (text, links, ``em``), not
    paragraphs or lists.
    """

    block_param = "html"

    prefix_text: Text | None = Field(
        None,
        min_length=1,
        description='The hidden words screen readers read first; "Warning:" in the current language '
        "when not given. End it as the language ends a label, such as with a colon.",
    )
    id: str | None = Field(None, description="The element's id.")
