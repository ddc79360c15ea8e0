"""Button group: related buttons in a list, such as "Continue" and "Save and come back later"."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from components.base import Component, Text
from components.button import Button


class ButtonGroup(Component):
    """A list of related buttons, such as "Continue" and "Save and come back later" at the end of a form.

    Each item is the button component (``components.button``), given as its params: a button or,
    with ``href``, a link styled as one. A link stays a link for screen readers, as it should when it
    goes to another page. Put the main action first. The buttons sit in a row with space between
    them, and stack at full width on narrow screens.

    The segmented variant joins a few choices of equal weight into one bar, such as ways to show a
    list. With ``current``, the chosen one is marked for screen readers (``aria-pressed`` on a
    button, ``aria-current`` on a link) and drawn with a thick line under it, so color is not the
    only cue; the group then needs a ``label`` that says what the buttons choose.
    """

    buttons: list[Button] = Field(
        min_length=1,
        description="The buttons, in order, main action first: each is the button component's params, "
        'such as {"text": "Continue"}, or with href a link styled as a button.',
    )
    variant: Literal["default", "segmented"] = Field(
        "default",
        description="default for buttons with space between them; segmented for a few choices of "
        "equal weight joined into one bar.",
    )
    current: int | None = Field(
        None,
        ge=0,
        description="In a segmented group, the position (from 0) of the choice in use now, such as the "
        "view on show. It is marked for screen readers and by a line under it, not by color alone. "
        "Give it the primary variant and the others secondary.",
    )
    label: Text | None = Field(
        None,
        min_length=1,
        description='The name screen readers give the group, such as "Show offices as". Needed with '
        "current, so people know what the buttons choose.",
    )

    @model_validator(mode="after")
    def _current_is_a_segment(self) -> ButtonGroup:
        if self.current is None:
            return self
        if self.variant != "segmented":
            raise ValueError("'current' is for the segmented variant: give variant='segmented'")
        if self.current >= len(self.buttons):
            raise ValueError(
                f"'current' is {self.current}, but 'buttons' has {len(self.buttons)}: "
                f"give a position from 0 to {len(self.buttons) - 1}"
            )
        if self.label is None:
            raise ValueError(
                "a group with 'current' needs 'label', the name that says what the buttons choose"
            )
        return self

    @property
    def shown_buttons(self) -> list[Button]:
        """The buttons as they are shown: with ``current``, each button says whether it is pressed
        (``aria-pressed``) and the chosen link says it is current (``aria-current``)."""
        if self.current is None:
            return self.buttons
        return [_marked(button, index == self.current) for index, button in enumerate(self.buttons)]


def _marked(button: Button, chosen: bool) -> Button:
    """``button`` with the attribute that tells screen readers whether it is the chosen one."""
    if button.href is None:
        state = {"aria-pressed": "true" if chosen else "false"}
    elif chosen:
        state = {"aria-current": "true"}
    else:
        return button
    return button.model_copy(update={"attributes": {**button.attributes, **state}})
