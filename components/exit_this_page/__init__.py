"""Exit this page: a link that takes people away from the page at once, to a neutral website."""

from __future__ import annotations

from pydantic import Field

from components.base import Component, Href, Text
from components.button import Button
from i18n import gettext, plural_messages


class ExitThisPage(Component):
    """A link styled as a red button, "Exit this page", for a service that someone could be harmed for
    using, such as help with domestic abuse. Put it at the top of the page's main content, the same on
    every page of the service.

    Without JavaScript it is a plain link to ``href``. With our script, it leaves faster and leaves
    less behind: the page's content is hidden at once, and the safe page replaces this page in the
    browser's history, so the Back button does not return to it. Pressing the Shift key 3 times within
    5 seconds does the same; after each press, screen readers hear how many more presses are needed
    (a Shift pressed with another key, as in Shift+Tab or a capital letter, does not count).

    What it cannot do: it does not clear the browser's history. The pages of the service visited before
    this one stay in it, and Back from the safe page goes to them. It does not end the session or clear
    cookies either. Tell people how to browse privately and how to clear their history. The link is not
    fixed to the screen as the page scrolls, so it never covers what has keyboard focus: people who scroll
    down use the Shift key, or go back to the top.
    """

    text: Text | None = Field(
        None,
        min_length=1,
        description='The link text; "Exit this page" in the current language when not given.',
    )
    href: Href = Field(
        "https://www.weather.gov/",
        description="Where the link goes: a neutral public website that gives nothing away, such as the "
        "weather forecast.",
    )

    def button(self) -> Button:
        """The link, as the button component draws it: a warning button that tells the next website
        nothing about this page (no referrer) and asks search engines not to follow it."""
        return Button(
            text=self.text if self.text is not None else gettext("Exit this page"),
            href=self.href,
            variant="warning",
            attributes={"rel": "nofollow noreferrer"},
        )

    def script_messages(self) -> dict[str, str]:
        """What screen readers hear after each press of Shift, for each plural category of the current
        language, as data attributes (``data-fd-presses-one``...); the script picks one."""
        # Translators: read out by screen readers after the person presses the Shift key once or twice;
        # %(num)s is how many more times they must press it to leave the page.
        presses = plural_messages(
            "Press Shift %(num)s more time to exit this page.",
            "Press Shift %(num)s more times to exit this page.",
        )
        return {f"data-fd-presses-{category}": text for category, text in presses.items()}
