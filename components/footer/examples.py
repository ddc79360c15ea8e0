"""Examples of the footer component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Footer")
SUMMARY = _l("Shows who runs the site and the links every federal website must have.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use the footer at the bottom of every page. It shows the agency's name and the links every federal "
    "website must have."
)
WHEN_NOT_TO_USE = _l(
    "If you use the identifier, it holds the required links. Then give the footer your own links, or "
    "none. Do not put the main menu here: use the header."
)
ACCESSIBILITY_NOTES = _l(
    'The links are in a navigation landmark named "About this agency". If a page has two footers, give '
    "each its own name. Check that each link says where it goes and that every link works."
)

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
