"""Button: the main way to act on a page; a link styled as a button when given ``href``."""

from typing import Literal

from pydantic import Field

from components.base import Component, HasContent, Href


class Button(Component, HasContent):
    """A button that submits a form, or a link that looks like one (give ``href``)."""

    block_param = "html"

    variant: Literal["primary", "secondary", "warning", "start"] = Field(
        "primary",
        description="primary for the main action, secondary for others, warning for an action "
        "that deletes or cannot be undone, start for the call to action that begins a service.",
    )
    href: Href | None = Field(None, description="Makes it a link (an <a>) styled as a button.")
    type: Literal["submit", "button", "reset"] = Field("submit", description="The button's type.")
    name: str | None = Field(None, description="Name sent with the form when this button submits.")
    value: str | None = Field(None, description="Value sent with the form when this button submits.")
    id: str | None = Field(None, description="The element's id.")
    disabled: bool = Field(False, description="Disable the button. Avoid it: say what is missing.")
    prevent_double_click: bool = Field(
        False, description="Ignore a second click within a second, so a form is not sent twice."
    )
