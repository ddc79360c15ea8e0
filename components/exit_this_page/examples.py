"""Examples of the exit this page component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Exit this page")
SUMMARY = _l("Lets people leave a page at once, for a service someone could be harmed for using.")

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
