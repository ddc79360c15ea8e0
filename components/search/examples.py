"""Examples of the search component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Search")
SUMMARY = _l("A search field and button that send people's words to a page of results.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it when people need to find a page among many, such as in a help center. Use the small size in "
    "a header, and the big one for the main search on a page."
)
WHEN_NOT_TO_USE = _l(
    "Do not make it the only way around a small site: give clear links, such as service navigation. To "
    "ask a question in a form, use a text input."
)
ACCESSIBILITY_NOTES = _l(
    "Screen readers read the label, which is hidden from view unless you show it. When a page has two "
    "searches, give each its own name. Check that the results page says how many results there are, and "
    "what to do when there are none."
)

RESULTS = "#search-results"

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A search field and a button. Only screen readers read the label; the button says what it does."),
        {
            "action": RESULTS,
            "id": "search-default",
            # The gallery shows every example on one page: each search landmark needs a name of its own.
            "landmark_label": _l("Default"),
        },
    ),
    Example(
        _l("Big"),
        _l("Larger text, for the main search on a page, such as a help center."),
        {"action": RESULTS, "id": "search-big", "landmark_label": _l("Big"), "size": "big"},
    ),
    Example(
        _l("Small"),
        _l('A magnifying glass for a button, for a header. Screen readers say the button\'s word, "Search".'),
        {"action": RESULTS, "id": "search-small", "landmark_label": _l("Small"), "size": "small"},
    ),
    Example(
        _l("With words in it"),
        _l("The last search is in the field, as on a page of results."),
        {
            "action": RESULTS,
            "id": "search-value",
            "landmark_label": _l("With words in it"),
            "value": _l("Flood"),
        },
    ),
    Example(
        _l("Label"),
        _l("The label shows above the field, for a page where it needs to say more."),
        {
            "action": RESULTS,
            "id": "search-label",
            "landmark_label": _l("Label"),
            "label": {"text": _l("Search for help")},
            "label_visible": True,
        },
    ),
    Example(
        _l("Right-to-left"),
        _l("A search in Arabic: the field is on the right and the button on the left."),
        {
            "action": RESULTS,
            "id": "search-arabic",
            "landmark_label": _l("Right-to-left"),
            # Arabic words, the same in every language: "Search" and "Flood".
            "label": {"text": "بحث"},
            "button_text": "بحث",
            "value": "فيضان",
            "attributes": {"lang": "ar", "dir": "rtl"},
        },
    ),
]
