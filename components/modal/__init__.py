"""Modal: a button that opens a native dialog above the page, for a confirmation or extra detail."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from components.base import Component, HasContent, Text, TrustedHtml
from components.button import Button
from components.button_group import ButtonGroup
from i18n import gettext


class Modal(Component, HasContent):
    """A button, and the dialog it opens: a heading, content and actions, above a page that cannot be used
    until the dialog closes. Use it to confirm an action, or to show a little more detail.

    It is the browser's own ``<dialog>``, opened and closed by invoker commands (``commandfor`` and
    ``command`` on the buttons), with no script, in current Chrome, Edge, Firefox and Safari. Focus moves
    to the dialog's heading, so screen readers read it from the start; Tab moves on to the actions; Escape
    or the close button closes it, and focus goes back to the button that opened it. Our script only
    helps browsers without invoker commands, and makes sure focus goes back to that button in every
    browser.

    In a browser with neither invoker commands nor JavaScript, the button does nothing and the dialog
    never opens. So the content of a modal must never be the only way to reach something: a form, a
    link or a fact people need must be on the page, or on a page of its own, too.

    An action is the button component: a button that sends the form the modal is in (give ``name`` and
    ``value`` to tell actions apart), or a link styled as a button. The ``forced`` variant has no close
    button and Escape does not close it: people must choose one of its actions.
    """

    block_param = "html"

    id: str = Field(description="The dialog's id; its heading's and content's ids derive from it.")
    trigger_text: Text = Field(description="The words on the button that opens the dialog.")
    trigger_variant: Literal["primary", "secondary", "warning"] = Field(
        "secondary", description="The style of the button that opens the dialog, as for the button component."
    )
    heading_text: Text | None = Field(
        None, min_length=1, description="The dialog's heading, which names it: a question or a title."
    )
    heading_html: TrustedHtml | None = Field(None, description="The dialog's heading as trusted HTML.")
    actions: list[Button] = Field(
        default_factory=list,
        description='The actions, main one first, each the button component\'s params: {"text": "Delete", '
        '"name": "action", "value": "delete"} sends the form the modal is in; with href, a link styled '
        "as a button.",
    )
    close_text: Text | None = Field(
        None,
        min_length=1,
        description='The words on the button that closes the dialog and does nothing else; "Close" in the '
        'current language when not given. Better: say what it keeps, such as "Keep the draft".',
    )
    forced: bool = Field(
        False,
        description="No close button, and Escape does not close the dialog: people must choose an action. "
        "Give at least one action.",
    )

    @model_validator(mode="after")
    def _has_a_heading_and_a_way_out(self) -> Modal:
        if not self.trigger_text.strip():
            raise ValueError("'trigger_text' is empty: the button that opens the dialog needs words")
        if self.heading_text is None and self.heading_html is None:
            raise ValueError("give 'heading_text' or 'heading_html': the heading names the dialog")
        if self.forced and not self.actions:
            raise ValueError("a forced modal has no close button: give it 'actions' to choose from")
        if self.forced and self.close_text is not None:
            raise ValueError("a forced modal has no close button: remove 'close_text' or 'forced'")
        return self

    def trigger(self) -> Button:
        """The button that opens the dialog, through its invoker command."""
        return Button(
            text=self.trigger_text,
            type="button",
            variant=self.trigger_variant,
            attributes={"commandfor": self.id, "command": "show-modal", "aria-haspopup": "dialog"},
        )

    def action_group(self) -> ButtonGroup:
        """The dialog's buttons: the actions, then the close button unless the modal is forced."""
        buttons = list(self.actions)
        if not self.forced:
            buttons.append(
                Button(
                    text=self.close_text if self.close_text is not None else gettext("Close"),
                    type="button",
                    variant="secondary",
                    attributes={"commandfor": self.id, "command": "close"},
                )
            )
        return ButtonGroup(buttons=buttons)
