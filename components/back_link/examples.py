"""Examples of the back link component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Back link")
SUMMARY = _l("Lets people go back to the page they were just on.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use a back link at the top of a page in a form or a journey of steps. It takes people to the page "
    "they were just on."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it on a start page or any page with no clear page before it. To show where a page sits "
    "in a website, use breadcrumbs instead."
)
ACCESSIBILITY_NOTES = _l(
    "It is a real link, not the browser's Back button, so it works without JavaScript. Check that it "
    "goes to the page the person came from, with their answers kept. If you change its words, they "
    "should say where it goes."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l('Goes to the page before. With no text it says "Back" in the page\'s language.'),
        {"href": "#previous-question"},
    ),
    Example(
        _l("Custom text"),
        _l("Says where the link goes."),
        {"text": _l("Back to your answers"), "href": "#check-answers"},
    ),
]
