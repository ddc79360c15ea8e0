"""Examples of the pagination component."""

from typing import Any

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Pagination")
SUMMARY = _l("Links to the other pages of a long list, or to the page before and after in a guide.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it to split a long list, such as search results, into pages. Use the kind with no numbers for a "
    "guide of a few pages that people read in order."
)
WHEN_NOT_TO_USE = _l(
    "For the steps of a form, use a Continue button and a step indicator instead. For a short list, show "
    "it all on one page."
)
ACCESSIBILITY_NOTES = _l(
    'Screen readers read each number as "Page 2", and they say which page is the current one. When a '
    "page has two sets of these links, give each its own name. In a guide, check that each link's label "
    "names the page it goes to. Check that the page title says which page of results people are on."
)


def _pages(*numbers: int | None, current: int) -> list[dict[str, Any]]:
    """Numbered pages (None for an ellipsis), each linking to its own fragment."""
    return [
        {"ellipsis": True}
        if number is None
        else {"number": number, "href": f"#page-{number}", **({"current": True} if number == current else {})}
        for number in numbers
    ]


# Every landmark on a page needs its own name, and the gallery shows these examples on one page,
# so each example after the first has a label of its own.
EXAMPLES = [
    Example(
        _l("Default"),
        _l('A few pages, with the page you are on marked. Screen readers call it "Pagination".'),
        {"previous": {"href": "#page-1"}, "next": {"href": "#page-3"}, "items": _pages(1, 2, 3, current=2)},
    ),
    Example(
        _l("Many pages"),
        _l("Some page numbers are left out. An ellipsis (…) shows where."),
        {
            "label": _l("Pages of search results"),
            "previous": {"href": "#page-6"},
            "next": {"href": "#page-8"},
            "items": _pages(1, None, 6, 7, 8, None, 42, current=7),
        },
    ),
    Example(
        _l("First page"),
        _l('On the first page there is no "Previous" link.'),
        {
            "label": _l("Pages of your messages"),
            "next": {"href": "#page-2"},
            "items": _pages(1, 2, 3, None, 10, current=1),
        },
    ),
    Example(
        _l("Last page"),
        _l('On the last page there is no "Next" link.'),
        {
            "label": _l("Pages of your letters"),
            "previous": {"href": "#page-9"},
            "items": _pages(1, None, 8, 9, 10, current=10),
        },
    ),
    Example(
        _l("Series of pages"),
        _l("For a guide read in order. Each link says which page it goes to."),
        {
            "label": _l("Pages of this guide"),
            "previous": {"href": "#who-can-apply", "label_text": _l("Who can apply")},
            "next": {"href": "#what-you-need", "label_text": _l("What you need to apply")},
        },
    ),
    Example(
        _l("Start of a series"),
        _l('On the first page of a guide there is only a "Next" link.'),
        {
            "label": _l("Pages of the guide to disaster help"),
            "next": {"href": "#get-help-now", "label_text": _l("Get help now")},
        },
    ),
    Example(
        _l("Previous and next only"),
        _l("Only the pages before and after, for a list with no page numbers."),
        {
            "label": _l("Pages of news"),
            "previous": {"href": "#newer"},
            "next": {"href": "#older"},
        },
    ),
]
