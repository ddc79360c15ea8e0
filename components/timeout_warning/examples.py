"""Examples of the timeout warning component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Timeout warning")
SUMMARY = _l("Warns people before their session ends and lets them keep it going.")

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
