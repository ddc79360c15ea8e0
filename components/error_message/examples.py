"""Examples of the error message component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Error message")
SUMMARY = _l("Tells people what is wrong with their answer and how to fix it.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use an error message when an answer has a problem the person must fix. Show it with the field, and "
    "list it in the error summary too."
)
WHEN_NOT_TO_USE = _l(
    "For a problem with the whole page or the service, use an alert. Do not show errors before the "
    "person has sent the form."
)
ACCESSIBILITY_NOTES = _l(
    'Screen readers hear "Error:" before the message, and the field points to it. Check that the message '
    'says how to fix the problem, such as "Enter your date of birth". Use the same words in the error '
    "summary."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("An error that says what to fix."),
        {"text": _l("Enter your full name"), "id": "name-error"},
    ),
]
