"""Radios: one choice from a short list, with hints, dividers and content revealed by a choice."""

from __future__ import annotations

from pydantic import Field

from components.base import Component
from components.choices import Choice, ChoiceGroup, ChoiceItem


class Radios(Component, ChoiceGroup):
    """Radio buttons: the person picks exactly one item from a short list.

    Give a ``fieldset`` whose legend asks the question. An item's ``conditional_html`` is shown
    below it only while it is chosen, with CSS alone (no script); it is always in the page, so
    read its fields only when its item was chosen.
    """

    choice_block = "fd-radios"

    value: str | None = Field(
        None, description="The value of the chosen item; another way to set an item's checked."
    )

    def _group_problem(self, choices: list[Choice]) -> str | None:
        """The group's rules, and one more: at most one radio is checked."""
        problem = super()._group_problem(choices)
        checked = [choice.id for choice in choices if choice.checked]
        if problem is None and len(checked) > 1:
            return f"'items': only one radio can be checked (got {', '.join(checked)})"
        return problem

    def is_checked(self, item: ChoiceItem) -> bool:
        """Whether ``item`` is chosen: its own ``checked``, or its value equal to ``value``."""
        return item.checked or (self.value is not None and item.value == self.value)
