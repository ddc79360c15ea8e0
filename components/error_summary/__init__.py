"""Error summary: lists every error on a page, each linked to its field, and takes focus on load."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, HasContent, Href, Text, TrustedHtml


class ErrorSummaryItem(HasContent):
    """One error in the summary: the message, and a link to the field that has the error."""

    href: Href = Field(description='Link to the field with the error, such as "#full-name".')


class ErrorSummary(Component):
    """A box at the top of a page that lists the form's errors, each a link to its field.

    It takes focus when the page loads (``autofocus``, no JavaScript needed) and is announced as
    an alert. Show one per page, before the page heading.
    """

    title_text: Text | None = Field(
        None, description='The title as plain text; "There is a problem" in the current language.'
    )
    title_html: TrustedHtml | None = Field(None, description="The title as trusted HTML.")
    description_text: Text | None = Field(
        None, description="Optional text under the title, such as what to do next."
    )
    description_html: TrustedHtml | None = Field(None, description="Optional trusted HTML under the title.")
    errors: list[ErrorSummaryItem] = Field(
        default_factory=list,
        description="The errors, in the order of the fields on the page: each text or html, and href.",
    )
    disable_auto_focus: bool = Field(
        False, description="Do not move focus to the summary when the page loads."
    )
    id: str = Field("error-summary", description="The summary's id; its title's id adds \"-title\" to it.")

    @model_validator(mode="after")
    def _has_something_to_say(self) -> ErrorSummary:
        if not self.errors and self.description_text is None and self.description_html is None:
            raise ValueError("give 'errors' or a description")
        return self

    @property
    def title_id(self) -> str:
        """The id of the title, which names the summary."""
        return f"{self.id}-title"
