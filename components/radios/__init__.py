"""Radios: one choice from a short list, with hints, dividers and content revealed by a choice."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component
from components.choices import ChoiceGroup, ChoiceItem


class Radios(Component, ChoiceGroup):
    """Radio buttons: the person picks exactly one item from a short list.

    Give a ``fieldset`` whose legend asks the question. An item's ``conditional_html`` is shown
    below it only while it is chosen, with CSS alone (no script); it is always in the page, so
    read its fields only when its item was chosen.
    """

    value: str | None = Field(
        None, description="The value of the chosen item; another way to set an item's checked."
    )

    @model_validator(mode="after")
    def _one_checked(self) -> Radios:
        checked = [choice.id for choice in self.choices() if choice.checked]
        if len(checked) > 1:
            raise ValueError(f"'items': only one radio can be checked (got {', '.join(checked)})")
        return self

    def is_checked(self, item: ChoiceItem) -> bool:
        """Whether ``item`` is chosen: its own ``checked``, or its value equal to ``value``."""
        return item.checked or (self.value is not None and item.value == self.value)
