"""Error message: says what went wrong with a field and how to fix it."""

from typing import Any

from markupsafe import Markup
from pydantic import Field

from components.base import Component, HasContent, Text


class ErrorMessage(Component, HasContent):
    """The error shown above a field; screen readers hear it with an "Error:" prefix."""

    id: str | None = Field(None, description="The message's id; set for you inside a field.")
    visually_hidden_text: Text | None = Field(
        None, description='Prefix read out before the message; "Error:" in the current language.'
    )

    def render(self, **context: Any) -> Markup:
        """Render the message; a field that shows it gives its own ``error_id`` in ``context``."""
        return super().render(**{"error_id": self.id, **context})
