"""What every form field shares: its id, label or legend, hint and error, and how they link up."""

from __future__ import annotations

from pydantic import Field

from components.base import Params
from components.error_message import ErrorMessage
from components.hint import Hint


class FieldParams(Params):
    """The hint, error message and extra description ids that any form field can take."""

    hint: Hint | None = Field(None, description="Help text shown under the label or legend.")
    error_message: ErrorMessage | None = Field(
        None, description="The error to show; puts the field in its error state."
    )
    described_by: str | None = Field(
        None, description="Ids of other elements that describe the field, space-separated."
    )
    form_group_classes: str = Field("", description="Extra CSS classes for the form group.")

    @property
    def base_id(self) -> str:
        """The id the field's hint and error ids start with: the field's own ``id``."""
        return getattr(self, "id", None) or ""

    @property
    def hint_id(self) -> str:
        """The id of the field's hint."""
        return f"{self.base_id}-hint"

    @property
    def error_id(self) -> str:
        """The id of the field's error message."""
        return f"{self.base_id}-error"

    def describedby(self, base_id: str) -> str:
        """The ``aria-describedby`` value: extra ids, then the hint's, then the error's."""
        ids = [self.described_by] if self.described_by else []
        if self.hint is not None:
            ids.append(f"{base_id}-hint")
        if self.error_message is not None:
            ids.append(f"{base_id}-error")
        return " ".join(ids)
