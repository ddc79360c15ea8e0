"""Examples of the footer component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Footer")
SUMMARY = _l("Shows who runs the site and the links every federal website must have.")

EXAMPLES = [
    Example(
        _l("Required links"),
        _l("The agency's name and the links every federal website must have, made from its address."),
        {"agency_name": _l("Social Security Administration"), "agency_href": "#agency"},
    ),
    Example(
        _l("Your own links"),
        _l("An agency that lists its own footer links and names them for screen reader users."),
        {
            "agency_name": _l("US Department of Labor"),
            "agency_href": "/",
            "navigation_label": _l("About the Department of Labor"),
            "links": [
                {"text": _l("Contact us"), "href": "#contact"},
                {"text": _l("Accessibility statement"), "href": "#accessibility"},
                {"text": _l("Privacy policy"), "href": "#privacy"},
            ],
        },
    ),
]
