"""Hint: short help under a label or legend, read out with its field."""

from typing import Any

from markupsafe import Markup
from pydantic import Field

from components.base import Component, HasContent


class Hint(Component, HasContent):
    """Help text for a field; the field points to it with ``aria-describedby``."""

    id: str | None = Field(None, description="The hint's id; set for you inside a field component.")

    def render(self, **context: Any) -> Markup:
        """Render the hint; a field that shows it gives its own ``hint_id`` in ``context``."""
        return super().render(**{"hint_id": self.id, **context})
