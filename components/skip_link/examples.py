"""Examples of the skip link component."""

from components.base import Example
from i18n import lazy_gettext as _l

EXAMPLES = [
    Example(
        "Default",
        _l("Press Tab to see it. It takes you past the header to the main content."),
        {},
    ),
    Example(
        "Custom text and target",
        _l("A skip link with its own words, for a page where the content has another id."),
        {"text": _l("Skip to the form"), "href": "#benefits-form"},
    ),
]
