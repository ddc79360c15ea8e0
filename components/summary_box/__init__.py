"""Summary box: the key points of a page, or the next steps, in a box with a heading."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, HasContent, Text, TrustedHtml


class SummaryBox(Component, HasContent):
    """A box with a heading that sums up a page or lists what to do next.

    It is a region named by its heading, so screen reader users can find it in the page's
    landmarks. Give content as ``text``, ``html`` or ``{% call %}`` block content.
    """

    block_param = "html"

    heading_text: Text | None = Field(None, description="The box's heading, as plain text.")
    heading_html: TrustedHtml | None = Field(None, description="The box's heading, as trusted HTML.")
    heading_level: int = Field(
        2, ge=2, le=6, description="The heading's level, 2 to 6, to fit the page's outline."
    )
    id: str = Field(
        "summary-box",
        description="The box's id; its heading's id adds \"-heading\". Make it unique on the page.",
    )

    @model_validator(mode="after")
    def _has_heading(self) -> SummaryBox:
        if self.heading_text is None and self.heading_html is None:
            raise ValueError("give 'heading_text' or 'heading_html'")
        return self

    @property
    def heading_id(self) -> str:
        """The id of the heading, which names the box's region."""
        return f"{self.id}-heading"
