"""Timeout warning: tells people before their session ends, and lets them keep it going (WCAG 2.2.1)."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, Href, Text
from i18n import plural_messages
from i18n.formatting import format_number


class TimeoutWarning(Component):
    """A note that says how long a session lasts without activity, and a dialog that opens before it
    ends, with a button that keeps it going.

    Without JavaScript the note is all there is: any page the person loads keeps the session going.
    With our script, the native ``<dialog>`` opens ``warning_minutes`` before the end, as a modal (focus
    moves into it; its heading names it and its text describes it, so screen readers read both).
    "Continue" posts the hidden fields to ``extend_url`` in the background and closes the dialog; Escape
    does the same. When the time is up, the browser goes to ``ended_url``. The minutes left are updated in the
    dialog every 15 seconds, quietly: a screen reader is not interrupted.
    """

    id: str = Field(
        "fd-timeout-warning", description="The dialog's id; its heading's and text's derive from it."
    )
    minutes: int = Field(
        ge=1, le=1440, description="The session ends after this many minutes without activity."
    )
    warning_minutes: int = Field(
        2, ge=1, description="Open the warning this many minutes before the session ends."
    )
    extend_url: Href = Field(
        description="Where the script posts the hidden fields to keep the session going: answered 204."
    )
    ended_url: Href = Field(description="Where the browser goes when the time is up: a page that says so.")
    save_url: Href | None = Field(
        None, description='A "Save and come back later" link in the dialog, when answers can be saved.'
    )
    hidden: dict[str, Text] = Field(
        default_factory=dict, description="Hidden fields the script posts, such as a CSRF token."
    )

    @model_validator(mode="after")
    def _warns_in_time(self) -> TimeoutWarning:
        if self.warning_minutes >= self.minutes:
            raise ValueError("'warning_minutes' must be less than 'minutes'")
        return self

    def hidden_fields(self) -> list[tuple[str, str]]:
        """The hidden fields, as (name, value) pairs."""
        return list(self.hidden.items())

    def minutes_text(self) -> str:
        """The session's length written the way the current language writes numbers."""
        return format_number(self.minutes)

    def script_messages(self) -> dict[str, str]:
        """The dialog's text for each plural category of the current language, as data attributes
        (``data-fd-left-one``, ``data-fd-left-other``...); the script picks one for the minutes left."""
        # Translators: in a dialog before a session ends; %(num)s is how many minutes are left.
        left = plural_messages(
            "We will end your session in %(num)s minute to keep your information safe.",
            "We will end your session in %(num)s minutes to keep your information safe.",
        )
        return {f"data-fd-left-{category}": text for category, text in left.items()}
