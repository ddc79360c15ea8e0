"""Examples of the header component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Header")
SUMMARY = _l("Shows the name of the service and the agency at the top of the page, with an optional menu.")

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
