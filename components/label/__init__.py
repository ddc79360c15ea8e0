"""Label: names a form field; can be the page's heading when the field is the page's one question."""

from typing import Any, Literal

from markupsafe import Markup
from pydantic import Field

from components.base import Component, HasContent


class Label(Component, HasContent):
    """The visible name of a form field, tied to it by ``for``."""

    for_id: str | None = Field(
        None, description="The id of the field it names; set for you inside a field component."
    )
    is_page_heading: bool = Field(
        False, description="Wrap the label in the page's h1 (one question per page)."
    )
    size: Literal["s", "m", "l", "xl"] | None = Field(
        None, description="Text size, for a label that is also the page heading."
    )

    def render(self, **context: Any) -> Markup:
        """Render the label; a field that shows it gives its own ``for_id`` in ``context``."""
        return super().render(**{"for_id": self.for_id, **context})
