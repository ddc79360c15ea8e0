"""Examples of the memorable date component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Memorable date")
SUMMARY = _l("Lets people enter a date they know well: the month from a list, then the day and year.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it to ask for a date people know well, such as their date of birth. The month is picked from a "
    "list of names, so no one mixes up the month and the day."
)
WHEN_NOT_TO_USE = _l(
    "Use the date input instead when people copy a date written in numbers, such as from a letter. To "
    "book an appointment, offer the free dates as radios instead."
)
ACCESSIBILITY_NOTES = _l(
    "Check that the legend asks the whole question and that the hint shows an example date. Check that "
    "each error says which field to fix and how, such as how many numbers the year needs. Test with a "
    "screen reader that the list of months reads out in the page's language. We offer no calendar to "
    "pick from, so ours avoids the trouble date pickers often give screen reader users."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("The month from a list in the page's language, then the day and year."),
        {
            "id": "date-of-birth",
            "fieldset": {
                "legend": {"text": _l("What is your date of birth?"), "is_page_heading": True, "size": "l"}
            },
            "hint": {"text": _l("For example, April 9 1980")},
            "date_of_birth": True,
        },
    ),
    Example(
        _l("With value"),
        _l("An answer given before, shown again so the person can check it."),
        {
            "id": "storm-day",
            "fieldset": {"legend": {"text": _l("When did the storm damage your home?"), "size": "m"}},
            "items": [
                {"name": "month", "value": "9"},
                {"name": "day", "value": "27"},
                {"name": "year", "value": "2026"},
            ],
        },
    ),
    Example(
        _l("Error"),
        _l("The year is too short. Only the year is marked, and the error says what to fix."),
        {
            "id": "child-birth-date",
            "fieldset": {"legend": {"text": _l("What is your date of birth?"), "size": "m"}},
            "error_message": {"text": _l("Enter the year with 4 numbers, like 1990.")},
            "date_of_birth": True,
            "items": [
                {"name": "month", "value": "1"},
                {"name": "day", "value": "2"},
                {"name": "year", "value": "15", "error": True},
            ],
        },
    ),
]
