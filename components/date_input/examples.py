"""Examples of the date input component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Date input")
SUMMARY = _l("Lets people enter a date they know, such as a date of birth, as month, day and year.")
STATUS = "experimental"
WHEN_TO_USE = _l("Use it for a date people know or can look up, such as a date of birth.")
WHEN_NOT_TO_USE = _l(
    "When people may not remember the month's number, use the memorable date, which lists the months. "
    "For an appointment, show the open dates as radios instead."
)
ACCESSIBILITY_NOTES = _l(
    "There is no calendar picker, so it avoids the screen reader problems of the USWDS date picker. The "
    "fields are text fields with a number keyboard, under a legend that asks the question. Check that "
    "the error message says which part to fix and how. Check on the server that the date is real."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Month, day and year fields under a legend that asks the question."),
        {
            "id": "storm-date",
            "fieldset": {"legend": {"text": _l("When did the storm damage your home?"), "size": "m"}},
            "hint": {"text": _l("For example, 9 27 2026")},
        },
    ),
    Example(
        _l("Date of birth"),
        _l("The question is the page heading. Browsers can fill in a date of birth."),
        {
            "id": "birth-date",
            "fieldset": {
                "legend": {"text": _l("What is your date of birth?"), "is_page_heading": True, "size": "l"}
            },
            "hint": {"text": _l("For example, 4 9 1980")},
            "date_of_birth": True,
        },
    ),
    Example(
        _l("Error in one field"),
        _l("The date is not real. Only the day is marked, and the error says what to fix."),
        {
            "id": "move-date",
            "fieldset": {"legend": {"text": _l("When did the storm damage your home?"), "size": "m"}},
            "error_message": {"text": _l("Enter a real date.")},
            "items": [
                {"name": "month", "value": "2"},
                {"name": "day", "value": "30", "error": True},
                {"name": "year", "value": "2026"},
            ],
        },
    ),
    Example(
        _l("Error in the whole date"),
        _l("Nothing was entered. Every field is marked."),
        {
            "id": "lease-date",
            "fieldset": {"legend": {"text": _l("What is your date of birth?"), "size": "m"}},
            "error_message": {"text": _l("Enter the month, day and year.")},
        },
    ),
    Example(
        _l("Month and year"),
        _l("Only the fields you need, such as for a date with no day."),
        {
            "id": "job-start",
            "fieldset": {"legend": {"text": _l("When did you start this job?"), "size": "m"}},
            "items": [{"name": "month"}, {"name": "year"}],
        },
    ),
]
