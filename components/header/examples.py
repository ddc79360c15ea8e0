"""Examples of the header component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Header")
SUMMARY = _l("Shows the name of the service and the agency at the top of the page, with an optional menu.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use the header at the top of every page. It shows the service's name, the agency that runs it and a "
    "short menu."
)
WHEN_NOT_TO_USE = _l(
    "For links to the main parts of one service, use the service navigation. For the pages of one "
    "section of a website, use the side navigation."
)
ACCESSIBILITY_NOTES = _l(
    'The menu is a navigation landmark named "Main menu", and it marks the page you are on. On small '
    "screens the menu wraps onto more lines, with no menu button, so keep it short. Check that the "
    "service name says what the service does."
)

EXAMPLES = [
    Example(
        _l("Service name"),
        _l("The name of the service, linking to its start page."),
        {"service_name": _l("Apply for food assistance"), "service_href": "/"},
    ),
    Example(
        _l("Agency and menu"),
        _l("The agency's name above the service name, and a menu that shows the page you are on."),
        {
            "agency_name": _l("US Department of Agriculture"),
            "service_name": _l("Apply for food assistance"),
            "service_href": "/",
            "navigation": [
                {"text": _l("Your application"), "href": "#your-application", "current": True},
                {"text": _l("Messages"), "href": "#messages"},
                {"text": _l("Documents"), "href": "#documents"},
                {"text": _l("Get help"), "href": "#get-help"},
            ],
        },
    ),
]
