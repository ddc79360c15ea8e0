"""Examples of the exit this page component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Exit this page")
SUMMARY = _l("Lets people leave a page at once, for a service someone could be harmed for using.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it on every page of a service that someone could be harmed for using. An example is help with "
    "domestic abuse. Put it at the top of the main content."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it where leaving fast keeps no one safe. It is not a way to sign out: it does not end "
    "the session."
)
ACCESSIBILITY_NOTES = _l(
    "Without JavaScript it is a plain link to a neutral website. With our script, pressing Shift 3 times "
    "leaves too, and screen readers hear how many presses are left. It does not clear the browser's "
    "history or cookies, so tell people how to browse in private. Test it with the screen readers and "
    "keyboards your users have."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l(
            "A link to the weather forecast. With JavaScript, pressing Shift 3 times also leaves, and "
            "Back does not return to the page."
        ),
        {},
    ),
    Example(
        _l("Other words and website"),
        _l("The link with other words, to another neutral website."),
        {"text": _l("Leave this site now"), "href": "https://www.nps.gov/"},
    ),
]
