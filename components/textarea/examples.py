"""Examples of the textarea component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Text area")
SUMMARY = _l("Lets people enter an answer that may take more than one line.")
STATUS = "beta"
WHEN_TO_USE = _l("Use it when an answer may take more than one line, such as a description of what happened.")
WHEN_NOT_TO_USE = _l(
    "For a short answer, use a text input. When the answer has a length limit, use the character count, "
    "so people know how much they can write."
)
ACCESSIBILITY_NOTES = _l(
    "Set enough rows for the answer you expect, so people can see what they wrote. Check that the hint "
    "says what to put in and what to leave out, such as bank details. Check that the error says how to "
    "fix the problem."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A field for an answer that may take a few lines."),
        {
            "id": "what-happened",
            "label": {"text": _l("Tell us what happened"), "size": "m"},
            "hint": {"text": _l("Do not include your Social Security number or bank details.")},
        },
    ),
    Example(
        _l("Page heading"),
        _l("The label is the page heading, for a page that asks one thing."),
        {
            "id": "review-reason",
            "label": {
                "text": _l("Why do you want us to look at our decision again?"),
                "is_page_heading": True,
                "size": "l",
            },
            "rows": 8,
            "spellcheck": True,
        },
    ),
    Example(
        _l("Error"),
        _l("The field was left empty. The error says what to do."),
        {
            "id": "job-duties",
            "label": {"text": _l("What did you do at your last job?")},
            "hint": {"text": _l("For example, stocked shelves and helped customers.")},
            "error_message": {"text": _l("Enter what you did at your last job")},
        },
    ),
    Example(
        _l("With value"),
        _l("A field that already has text, shown again so the person can change it."),
        {
            "id": "delivery-notes",
            "label": {"text": _l("Notes for the mail carrier")},
            "value": _l("Leave packages at the side door."),
            "rows": 3,
        },
    ),
]
