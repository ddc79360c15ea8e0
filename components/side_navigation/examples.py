"""Examples of the side navigation component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Side navigation")
SUMMARY = _l("Lists the pages in one section of a website, next to the page, and marks the one you are on.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it to list the pages of one section of a website, such as a guide to benefits. It shows people "
    "where they are and what else is in the section."
)
WHEN_NOT_TO_USE = _l(
    "For the parts of one long page, use in-page navigation. For the main sections of a service, use "
    "service navigation. It goes three levels deep at most: link to deeper pages from the page itself."
)
ACCESSIBILITY_NOTES = _l(
    "The current page is marked for screen readers, and on screen by bold text and a thick line. When a "
    "page has another navigation with the same name, give each its own name. Decide where it comes in "
    "the reading order: our gallery puts it after the content. Check that each link's words match the "
    "heading of the page it goes to."
)

FOOD = {"text": _l("Food benefits"), "href": "#food-benefits"}
RENT = {"text": _l("Help paying rent"), "href": "#help-paying-rent"}
POWER = {"text": _l("Help with power bills"), "href": "#help-with-power-bills"}
WHO = {"text": _l("Who can apply"), "href": "#who-can-apply"}
NEED = {"text": _l("What you need to apply"), "href": "#what-you-need-to-apply"}
HOW = {"text": _l("How to apply"), "href": "#how-to-apply"}

# Every landmark on a page needs its own name, and the gallery shows these examples on one page,
# so each example after the first names its navigation after the part of the website it lists.
EXAMPLES = [
    Example(
        _l("Default"),
        _l("The pages in one section. The page you are on is bold, with a thick line at its start."),
        {"items": [{**FOOD, "current": True}, RENT, POWER]},
    ),
    Example(
        _l("Pages below the current page"),
        _l("The pages below the page you are on show under it."),
        {
            "label": _l("Benefits"),
            "items": [{**FOOD, "current": True, "items": [WHO, NEED, HOW]}, RENT, POWER],
        },
    ),
    Example(
        _l("Current page at level 2"),
        _l("The page you are on is below another page. The pages under other pages stay hidden."),
        {
            "label": _l("Help with benefits"),
            "items": [
                {**FOOD, "items": [{**WHO, "current": True}, NEED, HOW]},
                {**RENT, "items": [{"text": _l("Who can apply"), "href": "#rent-who-can-apply"}]},
                POWER,
            ],
        },
    ),
    Example(
        _l("Current page at level 3"),
        _l("Three levels, the most it can show. Link to pages deeper than that from the page itself."),
        {
            "label": _l("Get help"),
            "items": [
                {
                    **FOOD,
                    "items": [
                        {
                            "text": _l("Food for children"),
                            "href": "#food-for-children",
                            "items": [
                                {"text": _l("School meals"), "href": "#school-meals"},
                                {
                                    "text": _l("Free school meals"),
                                    "href": "#free-school-meals",
                                    "current": True,
                                },
                            ],
                        },
                        HOW,
                    ],
                },
                RENT,
                POWER,
            ],
        },
    ),
    Example(
        _l("Long link text"),
        _l("Long link text wraps onto more lines and stays in line with the words above it."),
        {
            "label": _l("Social Security"),
            "items": [
                {"text": _l("Replace a lost Social Security card"), "href": "#replace-a-card"},
                {"text": _l("Supplemental Security Income (SSI)"), "href": "#ssi", "current": True},
                {
                    "text": _l("Help for people who lost their home or their job in a storm or a flood"),
                    "href": "#help-after-a-storm",
                },
                {"text": _l("Check the status of your application"), "href": "#check-your-status"},
            ],
        },
    ),
]
