"""Examples of the error message component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Error message")
SUMMARY = _l("Tells people what is wrong with their answer and how to fix it.")

EXAMPLES = [
    Example(
        _l("Default"),
        _l("An error that says what to fix."),
        {"text": _l("Enter your full name"), "id": "name-error"},
    ),
]
