"""Panel: a highlighted box with a large heading, to confirm that something is done."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, Text, TrustedHtml


class Panel(Component):
    """A box in a strong color with a large heading and a short text, such as "Application complete"
    and a reference number, at the top of a confirmation or results page.

    The heading is usually the page's main heading, so its level is 1 unless you say otherwise. The
    words carry the meaning; the color only makes the box stand out. Give the text under the heading
    as ``text``, ``html`` or ``{% call %}`` block content, or none at all.
    """

    block_param = "html"

    heading_text: Text | None = Field(None, description="The panel's heading, as plain text.")
    heading_html: TrustedHtml | None = Field(None, description="The panel's heading, as trusted HTML.")
    heading_level: int = Field(
        1,
        ge=1,
        le=6,
        description="The heading's level, 1 to 6. Keep 1 when the panel heads the page, as on a "
        "confirmation page; use 2 to 6 to fit the page's outline when the page has its own h1.",
    )
    text: Text | None = Field(None, description="The text under the heading, as plain text; it is escaped.")
    html: TrustedHtml | None = Field(
        None, description="The text under the heading, as trusted HTML; used as it is, never escaped."
    )
    id: str | None = Field(None, description="The panel's id.")

    @model_validator(mode="after")
    def _has_heading(self) -> Panel:
        if self.heading_text is None and self.heading_html is None:
            raise ValueError("give 'heading_text' or 'heading_html'")
        return self
