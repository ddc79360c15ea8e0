"""Inset text: a short passage set off from the text around it, such as a note or a quote."""

from pydantic import Field

from components.base import Component, HasContent


class InsetText(Component, HasContent):
    """Text set apart from the rest of the page by a border on its start side.

    Use it for a note the reader should not miss. Give content as ``text``, ``html`` or
    ``{% call %}`` block content.
    """

    block_param = "html"

    id: str | None = Field(None, description="The element's id.")
