"""Examples of the in-page navigation component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("In-page navigation")
SUMMARY = _l("Links to the sections of a long page, so people can go straight to the part they need.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use in-page navigation on a long page with several sections, such as guidance. It lets people go "
    "straight to the part they need."
)
WHEN_NOT_TO_USE = _l("Do not use it on a short page. For links to other pages, use the side navigation.")
ACCESSIBILITY_NOTES = _l(
    "It is a navigation landmark named by its heading. Check that each link goes to its section and that "
    "its words match the section's heading. On wide screens it stays in view as the page scrolls. Check "
    "that it never covers your text."
)

# Every landmark on a page needs its own name, and the gallery shows these examples on one page,
# so each example after the first has a heading of its own, which names its navigation.
EXAMPLES = [
    Example(
        _l("Default"),
        # Translators: "On this page" is the component's own heading: use the same words as there.
        _l(
            'Links to each section of the page, under the heading "On this page". On a wide screen, '
            "it stays in view as you scroll."
        ),
        {
            "id": "in-page-navigation-default",
            "items": [
                {"text": _l("Who can apply"), "href": "#who-can-apply"},
                {"text": _l("What you need to apply"), "href": "#what-you-need-to-apply"},
                {"text": _l("How to apply"), "href": "#how-to-apply"},
                {"text": _l("What happens next"), "href": "#what-happens-next"},
            ],
        },
    ),
    Example(
        _l("Sections and subsections"),
        _l("Links to the subsections are listed under their section."),
        {
            "id": "in-page-navigation-subsections",
            "heading_text": _l("In this guide"),
            "items": [
                {"text": _l("Before you start"), "href": "#before-you-start"},
                {"text": _l("What to bring"), "href": "#what-to-bring"},
                {"text": _l("Photo ID"), "href": "#photo-id", "level": 3},
                {"text": _l("Proof of address"), "href": "#proof-of-address", "level": 3},
                {"text": _l("Proof of income"), "href": "#proof-of-income", "level": 3},
                {"text": _l("How to apply"), "href": "#ways-to-apply"},
                {"text": _l("Online"), "href": "#apply-online", "level": 3},
                {"text": _l("By phone"), "href": "#apply-by-phone", "level": 3},
                {"text": _l("In person"), "href": "#apply-in-person", "level": 3},
                {"text": _l("What happens next"), "href": "#after-you-apply"},
            ],
        },
    ),
    Example(
        _l("Above the content"),
        _l(
            "On a page with no column beside the text, it goes above the text and scrolls with the "
            "page. It never covers the text."
        ),
        {
            "id": "in-page-navigation-above",
            "heading_text": _l("Contents"),
            "sticky": False,
            "items": [
                {"text": _l("By phone"), "href": "#contact-by-phone"},
                {"text": _l("Online"), "href": "#contact-online"},
                {"text": _l("In person"), "href": "#contact-in-person"},
            ],
        },
    ),
]
