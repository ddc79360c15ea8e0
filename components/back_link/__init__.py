"""Back link: takes the person to the page before, at the top of a page in a form or journey."""

from pydantic import Field

from components.base import Component, Href, Text, TrustedHtml


class BackLink(Component):
    """A link to the previous page, with an arrow that points to the start side of the text.

    With neither ``text`` nor ``html`` it says "Back" in the current language. Place it before
    the main content.
    """

    text: Text | None = Field(
        None, min_length=1, description='The link text; "Back" in the current language when not given.'
    )
    html: TrustedHtml | None = Field(None, description="The link text as trusted HTML.")
    href: Href = Field(description="Where the link goes: the previous page.")
