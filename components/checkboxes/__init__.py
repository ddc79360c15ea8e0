"""Checkboxes: any number of choices from a list, with hints, dividers and revealed content."""

from __future__ import annotations

from pydantic import Field

from components.base import Component
from components.choices import ChoiceGroup, ChoiceItem


class Checkboxes(Component, ChoiceGroup):
    """Checkboxes: the person picks as many items as apply, or none.

    Give a ``fieldset`` whose legend asks the question, unless there is a single checkbox (such
    as "I agree"). An item's ``conditional_html`` is shown below it only while it is checked, with
    CSS alone (no script); it is always in the page, so read its fields only when its item was checked.
    """

    choice_block = "fd-checkboxes"

    values: list[str] = Field(
        default_factory=list, description="The values of the checked items; another way to set checked."
    )

    def is_checked(self, item: ChoiceItem) -> bool:
        """Whether ``item`` is checked: its own ``checked``, or its value among ``values``."""
        return item.checked or item.value in self.values
