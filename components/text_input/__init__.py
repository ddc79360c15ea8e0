"""Text input: one line of text, with its label, hint, error, width, prefix and suffix."""

from typing import Literal

from pydantic import Field

from components.base import Component, Text
from components.fields import FieldParams
from components.label import Label


class TextInput(Component, FieldParams):
    """A single-line text field, labelled, with optional hint, error, prefix and suffix."""

    id: str = Field(description="The input's id; the label, hint and error ids derive from it.")
    name: str | None = Field(None, description="The name sent with the form; defaults to the id.")
    label: Label = Field(description="The field's label (text or html, size, is_page_heading).")
    type: Literal["text", "email", "tel", "url", "search", "password", "number"] = Field(
        "text", description="The input type. For numbers, prefer text with inputmode numeric."
    )
    value: str | None = Field(None, description="The current value, shown in the field.")
    width: (
        Literal[
            "2",
            "3",
            "4",
            "5",
            "10",
            "20",
            "30",
            "full",
            "three-quarters",
            "two-thirds",
            "one-half",
            "one-third",
            "one-quarter",
        ]
        | None
    ) = Field(None, description="Width in characters (2 to 30) or as a share of the column.")
    autocomplete: str | None = Field(
        None, description='The autocomplete token, such as "email" or "postal-code".'
    )
    inputmode: Literal["none", "text", "decimal", "numeric", "tel", "search", "email", "url"] | None = Field(
        None, description="Which on-screen keyboard to show."
    )
    spellcheck: bool | None = Field(None, description="Turn spell checking on or off.")
    pattern: str | None = Field(None, description="A pattern the value must match.")
    prefix: Text | None = Field(None, description='Text shown before the field, such as "$".')
    suffix: Text | None = Field(None, description='Text shown after the field, such as "lbs".')
    disabled: bool = Field(False, description="Disable the field.")
    required: bool = Field(False, description="Mark the field required for the browser.")
