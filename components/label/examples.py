"""Examples of the label component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Label")
SUMMARY = _l("Names a form field, so everyone knows what to enter, including people who use screen readers.")

EXAMPLES = [
    Example(_l("Default"), _l("A label for a field."), {"text": _l("Full name")}),
    Example(
        _l("As page heading"),
        _l("The label is also the page heading, for a page with one question."),
        {"text": _l("What is your full name?"), "is_page_heading": True, "size": "l"},
    ),
]
