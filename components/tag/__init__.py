"""Tag: a short label that shows the status of something, such as "Sent" or "Action needed"."""

from typing import Literal

from pydantic import Field

from components.base import Component, HasContent


class Tag(Component, HasContent):
    """A short status label. Its words carry the meaning; its color only helps people scan.

    Every color has dark text on a light tint with a contrast of at least 7:1.
    """

    color: Literal["grey", "green", "turquoise", "blue", "purple", "pink", "red", "orange", "yellow"] = Field(
        "blue",
        description="The tag's color. Use the same color for the same status across a service.",
    )
    id: str | None = Field(None, description="The element's id.")
