"""Examples of the skip link component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Skip link")
SUMMARY = _l("Lets keyboard users jump past the header to the main content.")

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Press Tab to see it. It takes you past the header to the main content."),
        {},
    ),
    Example(
        _l("Custom text and target"),
        _l("A skip link with its own words, for a page where the content has another id."),
        {"text": _l("Skip to the form"), "href": "#benefits-form"},
    ),
]
