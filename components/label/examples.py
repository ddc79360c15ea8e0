"""Examples of the label component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Label")
SUMMARY = _l("Names a form field, so everyone knows what to enter, including people who use screen readers.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use a label for every field, so everyone knows what to enter. Make it the page heading when the "
    "page asks one question."
)
WHEN_NOT_TO_USE = _l(
    "Do not use placeholder text in place of a label. For a group of fields, such as radios or an "
    "address, use a fieldset and its legend."
)
ACCESSIBILITY_NOTES = _l(
    "The label is tied to its field. Screen readers read it, and a click on it moves to the field. Check "
    "that it says what to enter, in plain words. If it is the page heading, check that the page has no "
    "other h1."
)

EXAMPLES = [
    Example(_l("Default"), _l("A label for a field."), {"text": _l("Full name")}),
    Example(
        _l("As page heading"),
        _l("The label is also the page heading, for a page with one question."),
        {"text": _l("What is your full name?"), "is_page_heading": True, "size": "l"},
    ),
]
