"""Skip link: the first thing a keyboard user reaches, so they can jump past the header to the content."""

from pydantic import Field

from components.base import Component, Href, Text


class SkipLink(Component):
    """A link to the main content; hidden until it gets keyboard focus, then clearly shown."""

    text: Text | None = Field(
        None, description='The link text; "Skip to main content" in the current language if not given.'
    )
    href: Href = Field("#main-content", description="Where the link goes: the id of the main content.")
