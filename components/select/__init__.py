"""Select: one choice from a long list in a drop-down, such as a state."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, Params, Text
from components.fields import FieldParams
from components.label import Label


class SelectItem(Params):
    """One option of a select."""

    value: str = Field(description="The value sent with the form when this option is chosen.")
    text: Text = Field(description="The option's text; it is escaped.")
    selected: bool = Field(False, description="Whether this option is chosen.")
    disabled: bool = Field(False, description="Disable this option.")


class Select(Component, FieldParams):
    """A drop-down list: the person picks one option from a long list.

    Prefer radios for a short list (about 7 options or fewer): every option is in view and
    easier to pick. A select hides its options and is hard for some people to use.
    """

    id: str = Field(description="The select's id; the label, hint and error ids derive from it.")
    name: str | None = Field(None, description="The name sent with the form; defaults to the id.")
    label: Label = Field(description="The field's label (text or html, size, is_page_heading).")
    items: list[SelectItem] = Field(min_length=1, description="The options, in order.")
    value: str | None = Field(
        None, description="The value of the chosen option; another way to set an option's selected."
    )
    autocomplete: str | None = Field(
        None, description='The autocomplete token, such as "address-level1" for a state.'
    )
    disabled: bool = Field(False, description="Disable the field.")

    @model_validator(mode="after")
    def _one_selected(self) -> Select:
        chosen = [item.value for item in self.items if self.is_selected(item)]
        if len(chosen) > 1:
            raise ValueError(f"'items': only one option can be selected (got {', '.join(chosen)})")
        return self

    def is_selected(self, item: SelectItem) -> bool:
        """Whether ``item`` is chosen: its own ``selected``, or its value equal to ``value``."""
        return item.selected or (self.value is not None and item.value == self.value)
