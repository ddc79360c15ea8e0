"""Examples of the character count component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Character count")
SUMMARY = _l("A text box that tells people how many characters they can enter, and how many they have left.")
STATUS = "beta"
WHEN_TO_USE = _l("Use a character count when there is a real limit on the length of an answer.")
WHEN_NOT_TO_USE = _l(
    "Do not add a limit just to keep answers short. Use the textarea, and say in the hint what to "
    "include. For one short line, use the text input."
)
ACCESSIBILITY_NOTES = _l(
    "The field never stops people typing or pasting more, so check the length on the server too. Screen "
    "readers hear the count when typing pauses, not after every key. Without JavaScript, the hint gives "
    "the limit but does not count down. Test with a screen reader that the count is not read out too "
    "often."
)

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
