"""Cookie banner: asks people whether they accept cookies the service does not need, and says what
they chose, with forms the server answers: no script."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, HasContent, Href, Text, TrustedHtml
from components.button import Button
from components.button_group import ButtonGroup
from components.header import LandmarkName


class CookieBannerMessage(HasContent):
    """One message of the banner: a heading, its text (``text`` or ``html``), and its actions."""

    heading_text: Text | None = Field(
        None,
        min_length=1,
        description='The heading; "Cookies on" and the service\'s name (or "Cookies") in the current '
        "language if not given.",
    )
    heading_html: TrustedHtml | None = Field(
        None, description="The heading as trusted HTML: text and inline elements only."
    )
    actions: list[Button] = Field(
        default_factory=list,
        description="The message's buttons and links, in order: each is the button component's params. A "
        'button sends the banner\'s form: give it name and value, such as {"text": "Accept extra '
        'cookies", "name": "cookies", "value": "accept"}. With href it is a link, such as to the page '
        "about cookies.",
    )
    hidden: bool = Field(
        False,
        description="Hide the message (the hidden attribute), such as the answer to a question not asked "
        "yet. A banner whose messages are all hidden is hidden too.",
    )

    @model_validator(mode="after")
    def _buttons_send_the_form(self) -> CookieBannerMessage:
        for index, button in enumerate(self.actions):
            if button.href is not None:
                continue
            where = f"'actions.{index}'"
            if button.type != "submit":
                raise ValueError(
                    f"{where} is a button of type {button.type!r}, which does nothing without a script: "
                    "leave 'type' out, so that it sends the form"
                )
            if button.name is None or button.value is None:
                raise ValueError(
                    f"{where} needs 'name' and 'value', such as name='cookies' and value='accept', so "
                    "that the server knows which button was pressed"
                )
        return self

    @property
    def has_buttons(self) -> bool:
        """Whether any action is a button, which needs the form around the actions."""
        return any(button.href is None for button in self.actions)

    @property
    def button_group(self) -> ButtonGroup | None:
        """The actions as a button group, or None when there are none."""
        return ButtonGroup(buttons=self.actions) if self.actions else None


class CookieBanner(Component):
    """A band at the top of the page that asks people whether they accept cookies the service does not
    need, and then says what they chose, with a link to change it.

    It works with no script. Each button sends a form (``method="post"``) to the server, which saves
    the choice, then sends the browser back to the page, which shows the message that says what they
    chose. Give ``extra_fields_html`` for the hidden fields the server needs, such as a token against
    cross-site request forgery.

    The banner is a region named "Cookies on" and the service's name (or "Cookies"), in the current
    language. The message that says what people chose has no ``role="alert"``: it comes with a new
    page, not into the page they are on. Screen readers treat an alert that is there when a page loads
    in different ways: some read it out, some do not, some read it twice. They all start a new page at
    the top, where the banner is, so they read the message first. A script that shows the message
    without loading a page should add the role it needs itself.

    Put it first in the page, before the skip link, in the page layout's ``skip_link`` block:
    ``{% block skip_link %}{{ fd.cookie_banner(...) }}{{ super() }}{% endblock %}``. The heading is
    bold text unless given a level, so that the page's h1 stays its first heading.
    """

    messages: list[CookieBannerMessage] = Field(
        min_length=1,
        description="The messages, in order: usually one shown and the others hidden. Each has text or "
        "html, and may have a heading, actions and hidden.",
    )
    service_name: Text | None = Field(
        None,
        min_length=1,
        description='The name of the service, for the default name and heading: "Cookies on" and this '
        "name, in the current language.",
    )
    label: LandmarkName | None = Field(
        None,
        description="The name screen readers give the region, if not the default. When a page has two "
        "banners, give each its own name.",
    )
    heading_level: int | None = Field(
        None,
        ge=2,
        le=6,
        description="None (the default) shows each heading as bold text: the banner comes before the "
        "page's h1, which should be the first heading. Give a level, 2 to 6, to make them headings.",
    )
    form_action: Href | None = Field(
        None,
        description="Where the buttons send the form, with method post: the page that saves the choice. "
        "The page itself if not given.",
    )
    extra_fields_html: TrustedHtml | None = Field(
        None,
        description="Trusted markup put in every form of the banner, such as a hidden field with a token "
        "against cross-site request forgery.",
    )

    @property
    def hidden(self) -> bool:
        """Whether every message is hidden, and so the banner too."""
        return all(message.hidden for message in self.messages)

    @property
    def heading_tag(self) -> str:
        """The element each heading is: ``p`` for bold text, or ``h2`` to ``h6``."""
        return "p" if self.heading_level is None else f"h{self.heading_level}"
