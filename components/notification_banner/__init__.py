"""Notification banner: news the person must see, such as a change to the service or what an action did."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from components.base import Component, Text, TrustedHtml


class NotificationBanner(Component):
    """A box at the top of the main content, with a title bar, for news the person must see.

    ``important`` (the default) is for something that affects everyone using the service, such as
    planned downtime: it is a region named by its title, "Important" by default. ``success`` tells
    the person what their last action did: it is announced as an alert and takes focus when the page
    loads (``autofocus``, no JavaScript needed), with "Success" as its default title. The title's
    words, not its color, say which kind it is. Show one per page, before the page heading. Give a
    ``heading`` (the message in one line), content (``text``, ``html`` or ``{% call %}`` block
    content), or both.
    """

    block_param = "html"

    variant: Literal["important", "success"] = Field(
        "important",
        description="important for news about the service that everyone must see; success for the result "
        "of what the person just did, announced by screen readers and focused when the page loads.",
    )
    title_text: Text | None = Field(
        None,
        description='The title as plain text; by default "Important" or "Success" in the current language.',
    )
    title_html: TrustedHtml | None = Field(None, description="The title as trusted HTML.")
    title_heading_level: int = Field(
        2, ge=2, le=6, description="The title's heading level, 2 to 6, to fit the page's outline."
    )
    heading_text: Text | None = Field(
        None, description="The message in one short line, shown large and bold, as plain text."
    )
    heading_html: TrustedHtml | None = Field(
        None,
        description="The message in one short line, as trusted HTML. It goes in a paragraph: text and "
        "inline elements only, such as a link.",
    )
    text: Text | None = Field(None, description="More about the message, as plain text; it is escaped.")
    html: TrustedHtml | None = Field(
        None, description="More about the message, as trusted HTML; used as it is, never escaped."
    )
    disable_auto_focus: bool = Field(
        False, description="Only for success: do not move focus to the banner when the page loads."
    )
    id: str = Field(
        "notification-banner",
        description="The banner's id; its title's id adds \"-title\" to it. Make it unique on the page.",
    )

    @model_validator(mode="after")
    def _has_a_message(self) -> NotificationBanner:
        if not self.has_heading and self.text is None and self.html is None:
            raise ValueError(
                "give 'heading_text', 'heading_html', 'text' or 'html': the banner needs a message"
            )
        if self.disable_auto_focus and self.variant != "success":
            raise ValueError(
                "'disable_auto_focus' only applies to variant 'success' (only it takes focus): remove it"
            )
        return self

    @property
    def title_id(self) -> str:
        """The id of the title, which names the banner."""
        return f"{self.id}-title"

    @property
    def has_heading(self) -> bool:
        """Whether the banner shows a one-line heading above its content."""
        return self.heading_text is not None or self.heading_html is not None
