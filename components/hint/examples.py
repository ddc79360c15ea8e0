"""Examples of the hint component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Hint")
SUMMARY = _l("Gives people short help to answer a question, next to the field.")

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Help text for a field."),
        {"text": _l("Use the name on your Social Security card."), "id": "hint"},
    ),
]
