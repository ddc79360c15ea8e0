"""Examples of the back link component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Back link")
SUMMARY = _l("Lets people go back to the page they were just on.")

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
