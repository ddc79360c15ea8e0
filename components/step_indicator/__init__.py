"""Step indicator: shows where a person is in a form with several steps."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, Text


class StepIndicator(Component):
    """Where a person is in a form with several steps: a bar of segments, one per step, and a heading.

    The heading says "Step 2 of 4" and names the current step. Each segment says whether its step is
    completed, current or not completed, in words for screen readers and by its shape on screen.
    """

    steps: list[Text] = Field(min_length=1, description="The name of each step, in order.")
    current: int = Field(ge=1, description="The step the person is on: 1 for the first step.")
    show_labels: bool = Field(
        True, description="Show each step's name under its segment. Hidden, they are still read out."
    )
    heading_level: int = Field(
        2, ge=1, le=6, description="The level of the heading that says which step this is (h1 to h6)."
    )

    @model_validator(mode="after")
    def _current_is_a_step(self) -> StepIndicator:
        if self.current > len(self.steps):
            raise ValueError(
                f"'current' must be a step number from 1 to {len(self.steps)} "
                f"(there are {len(self.steps)} steps); got {self.current}"
            )
        return self

    def status(self, number: int) -> str:
        """``completed``, ``current`` or ``not-completed``: where step ``number`` (from 1) stands."""
        if number < self.current:
            return "completed"
        return "current" if number == self.current else "not-completed"
