"""Details: a short summary that opens to show more, using the browser's own <details> element."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, HasContent, Text, TrustedHtml


class Details(Component, HasContent):
    """Extra help that most people do not need, hidden behind a summary the person can open.

    Native ``<details>``: works without JavaScript. Give content as ``text``, ``html`` or
    ``{% call %}`` block content.
    """

    block_param = "html"

    summary_text: Text | None = Field(None, description="The summary, always shown, as plain text.")
    summary_html: TrustedHtml | None = Field(None, description="The summary as trusted HTML.")
    open: bool = Field(False, description="Show the content when the page loads.")
    id: str | None = Field(None, description="The element's id.")

    @model_validator(mode="after")
    def _has_summary(self) -> Details:
        if self.summary_text is None and self.summary_html is None:
            raise ValueError("give 'summary_text' or 'summary_html'")
        return self
