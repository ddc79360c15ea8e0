"""Examples of the text input component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Text input")
SUMMARY = _l("Lets people enter one line of text, such as a name or ZIP code.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use it to ask for one line of text, such as a name, email address or ZIP code. Set its width to fit "
    "the answer you expect."
)
WHEN_NOT_TO_USE = _l(
    "For an answer that may take more than one line, use a text area. For a password, use the password "
    "input; for a date, use the date input or the memorable date."
)
ACCESSIBILITY_NOTES = _l(
    'Screen readers skip the prefix and suffix, so put the unit in the label too, such as "in dollars". '
    "Set the autocomplete token for facts about the person, so browsers can fill them in. Check that the "
    'error says how to fix the problem, such as "Enter a ZIP code, like 20500".'
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A labelled field with a hint."),
        {
            "id": "full-name",
            "label": {"text": _l("Full name")},
            "hint": {"text": _l("Use the name on your Social Security card.")},
            "autocomplete": "name",
            "spellcheck": False,
        },
    ),
    Example(
        _l("Page heading"),
        _l("The label is the page heading, for a page with one question."),
        {
            "id": "email",
            "type": "email",
            "label": {"text": _l("What is your email address?"), "is_page_heading": True, "size": "l"},
            "hint": {"text": _l("We will only use it to send you updates about your case.")},
            "autocomplete": "email",
            "spellcheck": False,
        },
    ),
    Example(
        _l("Error"),
        _l("A field with an error that says how to fix it."),
        {
            "id": "zip-code",
            "label": {"text": _l("ZIP code")},
            "error_message": {"text": _l("Enter a ZIP code, like 20500")},
            "value": "2050",
            "width": "10",
            "autocomplete": "postal-code",
            "inputmode": "numeric",
        },
    ),
    Example(
        _l("Prefix and suffix"),
        _l("Units shown before and after the field."),
        {
            "id": "amount",
            "label": {"text": _l("Amount you earned last month")},
            "prefix": "$",
            "suffix": _l("per month"),
            "width": "10",
            "inputmode": "decimal",
        },
    ),
    Example(
        _l("Widths"),
        _l("A narrow field for a short answer."),
        {"id": "age", "label": {"text": _l("Age")}, "width": "3", "inputmode": "numeric"},
    ),
]
