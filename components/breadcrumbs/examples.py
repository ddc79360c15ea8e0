"""Examples of the breadcrumbs component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Breadcrumbs")
SUMMARY = _l("Shows where a page sits in a website, with links to the pages above it.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use breadcrumbs on a website with pages in levels, such as guidance in sections. They show people "
    "where they are and let them go up a level."
)
WHEN_NOT_TO_USE = _l(
    "Do not use them in a form or a journey of steps: use the back link instead. Leave them out on a "
    "website with only one level of pages."
)
ACCESSIBILITY_NOTES = _l(
    'The trail is a navigation landmark named "Breadcrumb", and screen readers do not read the marks '
    "between links. Check that each link's words match the heading of the page it goes to. If a page has "
    "two trails, give each its own label. When the trail is shortened on small screens, check that the "
    "hidden links open with a keyboard."
)

HOME = {"text": _l("Home"), "href": "#home"}
BENEFITS = {"text": _l("Benefits"), "href": "#benefits"}
FOOD = {"text": _l("Food benefits"), "href": "#food-benefits"}

# Every landmark on a page needs its own name, and the gallery shows these examples on one page,
# so each example after the first has a label of its own.
EXAMPLES = [
    Example(
        _l("Default"),
        _l('Links to the pages above this one. Screen readers call it "Breadcrumb".'),
        {"items": [HOME, BENEFITS, FOOD]},
    ),
    Example(
        _l("Current page"),
        _l("The last item is the page you are on. It is not a link."),
        {
            "label": _l("Breadcrumb example with the current page"),
            "items": [HOME, BENEFITS, FOOD, {"text": _l("How to apply")}],
        },
    ),
    Example(
        _l("Collapse on small screens"),
        _l(
            "On a phone, the links in the middle are behind a button. "
            "Select it to show them. It works without JavaScript."
        ),
        {
            "label": _l("Breadcrumb example that collapses"),
            "collapse_on_small_screens": True,
            "items": [
                HOME,
                BENEFITS,
                FOOD,
                {"text": _l("Food for children"), "href": "#food-for-children"},
                {"text": _l("School meals"), "href": "#school-meals"},
                {"text": _l("Free school meals")},
            ],
        },
    ),
    Example(
        _l("One link"),
        _l("A page just below the home page."),
        {"label": _l("Breadcrumb example with one link"), "items": [HOME]},
    ),
]
