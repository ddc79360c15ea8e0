"""Examples of the inset text component."""

from components.base import Example
from i18n import lazy_gettext as _l

EXAMPLES = [
    Example(
        "Default",
        _l("A note set apart from the text around it."),
        {"text": _l("It can take up to 8 weeks to get your card. Plan your trip with this in mind.")},
    ),
    Example(
        "HTML content",
        _l("A note with a link."),
        {
            "id": "inset-text-html",
            "html": _l(
                '<p>If you moved in the last year, <a class="fd-link" href="#update-address">'
                "update your address</a> before you apply.</p>"
            ),
        },
    ),
]
