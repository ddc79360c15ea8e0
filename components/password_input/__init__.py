"""Password input: a field for a password, with a button to show what was typed when JavaScript runs."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from components.base import Component
from components.fields import FieldParams
from components.label import Label
from i18n import gettext

_SHOWN = "\x00"
"""Stands for the button's visible word while its hidden words are split around it."""


class PasswordInput(Component, FieldParams):
    """A password field, labelled, with an optional hint and error.

    Without JavaScript it is a plain password field. With our script, a "Show" button appears after it:
    it shows the password as text, so people can check what they typed, and "Hide" hides it again.
    Screen readers hear the button as "Show password" or "Hide password", and hear "Your password is
    visible" or "Your password is hidden" when it changes. The password is hidden again when the form
    is sent. The field has no value param: never send a password back to the browser, even after an
    error.
    """

    id: str = Field(description="The input's id; the label, hint and error ids derive from it.")
    name: str | None = Field(None, description="The name sent with the form; defaults to the id.")
    label: Label = Field(
        description='The field\'s label, such as "Password" (text or html, size, is_page_heading).'
    )
    autocomplete: Literal["current-password", "new-password"] = Field(
        "current-password",
        description="current-password where people sign in, new-password where they make one: password "
        "managers then fill in or suggest one.",
    )
    width: Literal["10", "20", "30", "full"] = Field(
        "20", description="The field's width in characters, or full for the whole column."
    )

    def toggle_words(self) -> tuple[str, str]:
        """The words screen readers hear before and after the button's visible word ("Show" or "Hide"),
        in the current language: " password" in English."""
        # Translators: the button after a password field; %(shown)s is its visible word, "Show" or "Hide"
        # (translated separately). Screen readers read the whole; the rest of the words are not shown.
        words = gettext("%(shown)s password", shown=_SHOWN)
        before, _, after = words.partition(_SHOWN)
        return before, after
