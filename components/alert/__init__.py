"""Alert: a message that stands out from the page, for information, success, a warning or an error."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from components.base import Component, HasContent, Text, TrustedHtml


class Alert(Component, HasContent):
    """A message set apart from the page, with an icon and a hidden prefix so color is not the only cue.

    Give content as ``text``, ``html`` or ``{% call %}`` block content.
    """

    block_param = "html"

    variant: Literal["info", "success", "warning", "error", "emergency"] = Field(
        "info",
        description="info for something useful to know, success when something worked, warning for a "
        "risk, error when something went wrong, emergency for an urgent threat to safety or service.",
    )
    slim: bool = Field(False, description="A compact alert with no heading, for a short message.")
    heading_text: Text | None = Field(None, description="An optional heading; not with slim.")
    heading_html: TrustedHtml | None = Field(
        None, description="An optional heading as trusted HTML; not with slim."
    )
    heading_level: int = Field(
        2, ge=2, le=6, description="The heading's level, 2 to 6, to fit the page's outline."
    )
    role: Literal["status", "alert"] | None = Field(
        None,
        description="Leave empty for an alert that is on the page when it loads. Use status for one "
        "added later that should be read out politely, alert for one added later that is urgent.",
    )
    id: str | None = Field(None, description="The alert's id.")

    @model_validator(mode="after")
    def _slim_has_no_heading(self) -> Alert:
        if self.slim and (self.heading_text is not None or self.heading_html is not None):
            raise ValueError("a slim alert has no heading: remove 'heading_text'/'heading_html' or 'slim'")
        return self

    @property
    def has_heading(self) -> bool:
        """Whether the alert shows a heading."""
        return self.heading_text is not None or self.heading_html is not None
