"""Hint: short help under a label or legend, read out with its field."""

from pydantic import Field

from components.base import Component, HasContent


class Hint(Component, HasContent):
    """Help text for a field; the field points to it with ``aria-describedby``."""

    id: str | None = Field(None, description="The hint's id; set for you inside a field component.")
