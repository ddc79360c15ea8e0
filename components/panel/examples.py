"""Examples of the panel component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Panel")
SUMMARY = _l("Tells people they are done, such as when an application is sent, in a box that stands out.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it at the top of a confirmation page, to tell people they are done. It can also show a "
    "reference number they need to keep."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it to make other content stand out: use inset text, a summary box or warning text. Use "
    "it once on a page at most."
)
ACCESSIBILITY_NOTES = _l(
    "Its heading is level 1: give it level 2 when the page has its own h1. Check that the words alone "
    "say what happened, since the color only makes the box stand out. Check that a reference number is "
    "easy to read and to copy."
)

EXAMPLES = [
    Example(
        _l("Confirmation"),
        _l("The top of a confirmation page: the page's main heading and a reference number."),
        {
            "id": "panel-confirmation",
            "heading_text": _l("Application complete"),
            "html": LazyHtml(
                lambda: Markup("{}<br><strong>{}</strong>").format(
                    _l("Your reference number"), "HDJ2-4KQ7-M9XW"
                )
            ),
        },
    ),
    Example(
        _l("Level 2 heading"),
        _l("A result under the page's own main heading, so the panel's heading is level 2."),
        {
            "heading_text": _l("You may be able to get help with rent"),
            "heading_level": 2,
            "text": _l("Most people in your situation get up to $400 a month."),
        },
    ),
    Example(
        _l("With a link"),
        _l("Text in more than one paragraph, with a link."),
        {
            "id": "panel-with-a-link",
            "heading_text": _l("Payment received"),
            "heading_level": 2,
            "html": LazyHtml(
                lambda: Markup('<p>{}</p><p><a class="fd-link" href="#receipt">{}</a></p>').format(
                    _l("We sent a receipt to your email."), _l("Download your receipt")
                )
            ),
        },
    ),
    Example(
        _l("Heading only"),
        _l("A panel with a heading and no text under it."),
        {"heading_text": _l("Your changes are saved"), "heading_level": 2},
    ),
]
