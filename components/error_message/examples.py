"""Examples of the error message component."""

from components.base import Example
from i18n import lazy_gettext as _l

EXAMPLES = [
    Example(
        "Default",
        _l("An error that says what to fix."),
        {"text": _l("Enter your full name"), "id": "name-error"},
    ),
]
