"""Examples of the skip link component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Skip link")
SUMMARY = _l("Lets keyboard users jump past the header to the main content.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use it on every page, as the first thing in the page. It lets keyboard users jump past the header "
    "straight to the main content."
)
WHEN_NOT_TO_USE = _l(
    "The page layout adds it for you, so do not add a second one. To link to the parts of a long page, "
    "use in-page navigation."
)
ACCESSIBILITY_NOTES = _l(
    "Check that it is the first thing Tab reaches, and that it shows when it has focus. Check that its "
    "target is on every page, such as the main element with the id main-content. After you follow it, "
    "the next Tab should reach the first link or field in the main content."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Press Tab to see it. It takes you past the header to the main content."),
        {},
    ),
    Example(
        _l("Custom text and target"),
        _l("A skip link with its own words, for a page where the content has another id."),
        {"text": _l("Skip to the form"), "href": "#benefits-form"},
    ),
]
