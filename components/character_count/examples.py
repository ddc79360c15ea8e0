"""Examples of the character count component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Character count")
SUMMARY = _l("A text box that tells people how many characters they can enter, and how many they have left.")

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A field with a limit. The message under it counts down as the person types."),
        {
            "id": "more-detail",
            "label": {"text": _l("Tell us why you need more time"), "size": "m"},
            "hint": {"text": _l("Do not include your Social Security number.")},
            "maxlength": 200,
        },
    ),
    Example(
        _l("Threshold"),
        _l("The count shows only near the limit. Until then, the message gives the limit."),
        {
            "id": "job-title",
            "label": {"text": _l("What is your job title?")},
            "maxlength": 100,
            "threshold": 75,
            "rows": 2,
        },
    ),
    Example(
        _l("Over the limit"),
        _l("The answer sent was too long. The error says what to do."),
        {
            "id": "change-reason",
            "label": {"text": _l("Why did your income change?")},
            "maxlength": 40,
            "value": _l("I lost my job in March and now I work part time at a store."),
            "error_message": {"text": _l("Shorten your answer to 40 characters or fewer")},
        },
    ),
]
