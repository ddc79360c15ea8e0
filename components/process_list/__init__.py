"""Process list: the steps of a process, in order, each with a heading and what to do in it."""

from __future__ import annotations

from markupsafe import Markup
from pydantic import Field, model_validator

from components.base import Component, Params, Text, TrustedHtml
from components.markup import escape_text


class ProcessListItem(Params):
    """One step: its heading and, when it needs more than the heading, what to do in it."""

    heading_text: Text | None = Field(None, description="The step's heading, as plain text.")
    heading_html: TrustedHtml | None = Field(
        None, description="The step's heading as trusted HTML: text and inline elements only."
    )
    text: Text | None = Field(None, description="What to do in this step, as plain text; it is escaped.")
    html: TrustedHtml | None = Field(
        None,
        description="What to do in this step, as trusted HTML, such as paragraphs, a list or links; "
        "used as it is, never escaped.",
    )

    @model_validator(mode="after")
    def _has_a_heading(self) -> ProcessListItem:
        if self.heading_text is None and self.heading_html is None:
            raise ValueError("give each step a 'heading_text' or 'heading_html'")
        return self

    @property
    def heading(self) -> Markup:
        """The heading ready to insert: the html as it is, or the text escaped."""
        return self.heading_html if self.heading_html is not None else escape_text(self.heading_text)


class ProcessList(Component):
    """The steps of a process, such as how to apply for a benefit, as a numbered list.

    It is an ordered list (``ol``), so screen readers say it is a list and how many steps it has.
    The numbers in circles and the line that joins them are drawn by CSS; each number is read as
    the first word of its step. Each step has a heading, so people can jump from step to step, and
    may have text or HTML under it. Use it for a process of 3 to 10 steps in a set order.
    """

    items: list[ProcessListItem] = Field(
        min_length=1,
        description="The steps, in order: each has heading_text or heading_html, and may have text or html.",
    )
    heading_level: int | None = Field(
        2,
        ge=2,
        le=6,
        description="The level of each step's heading, 2 to 6, to fit the page's outline. None for bold "
        "text that is not a heading, for short steps that are not parts of the page to jump to.",
    )
    id: str | None = Field(None, description="The list's id.")

    @property
    def heading_tag(self) -> str:
        """The element each step's heading is: ``h2`` to ``h6``, or ``p`` when it is not a heading."""
        return "p" if self.heading_level is None else f"h{self.heading_level}"
