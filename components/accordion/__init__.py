"""Accordion: headed sections that people open and close, so they can scan a long page by its headings."""

from __future__ import annotations

from markupsafe import Markup
from pydantic import Field, model_validator

from components.base import Component, Params, Text, TrustedHtml
from components.markup import escape_text


class AccordionSection(Params):
    """One section: its heading, an optional summary line under it, and its content."""

    heading_text: Text | None = Field(None, description="The section's heading, as plain text.")
    heading_html: TrustedHtml | None = Field(
        None, description="The section's heading as trusted HTML: text and inline elements only."
    )
    summary_text: Text | None = Field(
        None, description="A short line under the heading that says what is in the section; always shown."
    )
    summary_html: TrustedHtml | None = Field(None, description="The summary line as trusted HTML.")
    text: Text | None = Field(None, description="The section's content, as plain text; it is escaped.")
    html: TrustedHtml | None = Field(
        None,
        description="The section's content as trusted HTML, such as paragraphs, lists or links; "
        "used as it is, never escaped.",
    )
    expanded: bool = Field(False, description="Open the section when the page loads.")

    @model_validator(mode="after")
    def _has_heading_and_content(self) -> AccordionSection:
        if self.heading_text is None and self.heading_html is None:
            raise ValueError("give each section a 'heading_text' or 'heading_html'")
        if self.text is None and self.html is None:
            raise ValueError("give each section its content as 'text' or 'html'")
        return self

    @property
    def heading(self) -> Markup:
        """The heading ready to insert: the html as it is, or the text escaped."""
        return self.heading_html if self.heading_html is not None else escape_text(self.heading_text)

    @property
    def summary(self) -> Markup | None:
        """The summary line ready to insert, or None when there is none."""
        if self.summary_html is not None:
            return self.summary_html
        return None if self.summary_text is None else escape_text(self.summary_text)


class Accordion(Component):
    """Sections of a page, each under its own heading, that people open one by one or all at once.

    Without JavaScript it is what it is underneath: a heading and its content for each section, all
    shown. Our script makes the text of each heading a button (``aria-expanded``, ``aria-controls``)
    inside the heading, so screen reader users still move from section to section by heading, and it
    hides each closed section's content with ``hidden="until-found"``: the browser's find in page still
    finds words in it, and opens its section. One more button, "Show all sections", opens or closes
    them all.

    It does not use ``<details>`` with a heading inside ``<summary>``: the summary is a button to
    assistive technology, and some browsers and screen readers drop the role of a heading inside a
    button, so the sections could no longer be found by heading.

    Use it for content people need only parts of, such as help about many topics. Do not hide content
    that everyone needs, or a form's questions, in an accordion.
    """

    id: str = Field(description="The accordion's id; each section's content has an id made from it.")
    items: list[AccordionSection] = Field(
        min_length=1,
        description="The sections, in order: each has heading_text or heading_html, text or html, and "
        "may have summary_text or summary_html and expanded.",
    )
    heading_level: int = Field(
        2, ge=2, le=6, description="The level of each section's heading, 2 to 6, to fit the page's outline."
    )
