"""Textarea: several lines of text, such as a description of what happened."""

from __future__ import annotations

from pydantic import Field

from components.base import Component
from components.fields import FieldParams
from components.label import Label


class Textarea(Component, FieldParams):
    """A multi-line text field, labelled, with optional hint and error.

    Use it when the answer may be more than one line; use a text input for a short answer.
    """

    id: str = Field(description="The textarea's id; the label, hint and error ids derive from it.")
    name: str | None = Field(None, description="The name sent with the form; defaults to the id.")
    label: Label = Field(description="The field's label (text or html, size, is_page_heading).")
    rows: int = Field(5, ge=1, le=100, description="How many lines of text show without scrolling.")
    value: str | None = Field(None, description="The current text, shown in the field.")
    autocomplete: str | None = Field(None, description="The autocomplete token, if one fits the question.")
    spellcheck: bool | None = Field(None, description="Turn spell checking on or off.")
    disabled: bool = Field(False, description="Disable the field.")
