"""Examples of the timeout warning component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Timeout warning")
SUMMARY = _l("Warns people before their session ends and lets them keep it going.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use it on each page of a form that ends people's session after a time without activity. It says how "
    "long they have, and warns them before the end so they can keep going."
)
WHEN_NOT_TO_USE = _l(
    "If your service does not end sessions, you do not need it. To warn about a deadline, such as the "
    "last day to apply, use warning text or an alert."
)
ACCESSIBILITY_NOTES = _l(
    "Without JavaScript, people see only the note, and any page they load keeps the session going. "
    "Typing does not count: only a new page or the Continue button starts the time again. The warning is "
    "the browser's own dialog: the page behind cannot be used, and focus is not lost. Check that the "
    "page shown at the end says what happened to people's answers."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A session of 20 minutes, with the warning 2 minutes before it ends."),
        {
            "minutes": 20,
            "extend_url": "/disaster-help/apply/session",
            "ended_url": "/disaster-help/apply/session-ended",
        },
    ),
    Example(
        _l("With a way to save"),
        _l("A form that can be saved: the dialog offers to save and come back later."),
        {
            "id": "timeout-save",
            "minutes": 30,
            "warning_minutes": 5,
            "extend_url": "/disaster-help/apply/session",
            "ended_url": "/disaster-help/apply/session-ended",
            "save_url": "/disaster-help/apply/saved",
            "hidden": {"csrf_token": "example-token"},
        },
    ),
]
