"""Examples of the hint component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Hint")
SUMMARY = _l("Gives people short help to answer a question, next to the field.")
STATUS = "beta"
WHEN_TO_USE = _l("Use a hint to help people answer, such as the format you need.")
WHEN_NOT_TO_USE = _l(
    "Do not repeat the label or the question. For long help, use details. Keep links out of a hint."
)
ACCESSIBILITY_NOTES = _l(
    "The field points to its hint, so screen readers read the two together. Links and lists in a hint "
    "are read as plain text. Check that the hint is short, in plain words, and true for everyone who "
    "sees it."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Help text for a field."),
        {"text": _l("Use the name on your Social Security card."), "id": "hint"},
    ),
]
