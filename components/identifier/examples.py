"""Examples of the identifier component."""

from urllib.parse import quote

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Identifier")
SUMMARY = _l("Shows which agency runs the website, with the links every federal website must have.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use the identifier at the very bottom of every page of a federal website, after the footer. It says "
    "which agency runs the site and lists the links every federal website must have."
)
WHEN_NOT_TO_USE = _l(
    "Do not show the same links twice: if the footer has them, give the identifier no links. Do not use "
    "it on a site that a federal agency does not run."
)
ACCESSIBILITY_NOTES = _l(
    'It is a region named "Agency identifier", with its links in a navigation landmark. Check that the '
    "logo's alt text names the agency and that each link goes to the right page. For a site in Spanish, "
    "point the USA.gov link to the Spanish site."
)

SEAL = "data:image/svg+xml," + quote(
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 48'>"
    "<circle cx='24' cy='24' r='24' fill='#fff'/><circle cx='24' cy='24' r='20' fill='#005ea2'/>"
    "<path fill='#fff' d='M24 10l4.1 9.4 10.2.9-7.7 6.8 2.3 10L24 31.9l-8.9 5.2 2.3-10-7.7-6.8 10.2-.9z'/>"
    "</svg>",
    safe="/:='",
)
"""A made-up seal for the examples, inside the page, so that it loads on any site."""

# Every landmark on a page needs its own name, and the gallery shows these examples on one page,
# so each example after the first names its region and its links itself.
EXAMPLES = [
    Example(
        _l("Default"),
        _l("The agency's name, the links every federal website must have, and a link to USA.gov."),
        {
            "agency_name": _l("Social Security Administration"),
            # Translators: the short name of the Social Security Administration, as in "About SSA".
            "agency_short_name": _l("SSA"),
            "agency_href": "#ssa",
            "domain": "ssa.gov",
        },
    ),
    Example(
        _l("With a logo"),
        _l("The agency's logo before its name. Its alt text says what it shows."),
        {
            "agency_name": _l("US Department of Labor"),
            "agency_href": "#dol",
            "domain": "dol.gov",
            "logo": {"src": SEAL, "alt": _l("US Department of Labor logo")},
            "label": _l("Department of Labor identifier"),
            "navigation_label": _l("Department of Labor links"),
        },
    ),
    Example(
        _l("Your own links"),
        _l("An agency that lists its own links instead of the usual ones."),
        {
            "agency_name": _l("Internal Revenue Service"),
            "agency_href": "#irs",
            "links": [
                {"text": _l("About the IRS"), "href": "#irs-about"},
                {"text": _l("Accessibility statement"), "href": "#irs-accessibility"},
                {"text": _l("Privacy policy"), "href": "#irs-privacy"},
            ],
            "label": _l("IRS identifier"),
            "navigation_label": _l("IRS links"),
        },
    ),
    Example(
        _l("Without USA.gov"),
        _l("The required links with no link to USA.gov."),
        {
            "agency_name": _l("Department of Veterans Affairs"),
            # Translators: the short name of the Department of Veterans Affairs, as in "About VA".
            "agency_short_name": _l("VA"),
            "agency_href": "#va",
            "usa_gov": False,
            "label": _l("VA identifier"),
            "navigation_label": _l("VA links"),
        },
    ),
    Example(
        _l("No links"),
        _l("The agency's name and USA.gov only, for a page whose footer already has the links."),
        {
            "agency_name": _l("US Department of Agriculture"),
            "agency_href": "#usda",
            "links": [],
            "label": _l("USDA identifier"),
        },
    ),
]
