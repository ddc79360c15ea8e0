"""Examples of the summary box component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Summary box")
SUMMARY = _l("Sums up the main points of a page, or what to do next, in a box with a heading.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use it near the top of a page to sum up its main points or the next steps. Keep it to a few short "
    "points."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it for warnings: use warning text or an alert. To tell people a form was sent, use a "
    "panel. For a note set off from the text, use inset text."
)
ACCESSIBILITY_NOTES = _l(
    "It is a region named by its heading, so screen reader users can find it with the landmarks. Check "
    "that the heading level fits the page, and give each box on a page its own id. Check that any links "
    "in it make sense on their own."
)

EXAMPLES = [
    Example(
        _l("Next steps"),
        _l("What the person needs to do next, as a list."),
        {
            "id": "summary-box-next-steps",
            "heading_text": _l("What to do next"),
            "html": LazyHtml(
                lambda: Markup(
                    '<ul><li><a class="fd-link" href="#upload-documents">{}</a></li>'
                    "<li>{}</li><li>{}</li></ul>"
                ).format(
                    _l("Upload your pay stubs"),
                    _l("Wait for a letter with your interview date"),
                    _l("Go to your interview"),
                )
            ),
        },
    ),
    Example(
        _l("Key point"),
        _l("The main point of a page, in one sentence."),
        {
            "id": "summary-box-key-point",
            "heading_text": _l("Who can apply"),
            "text": _l("You can apply if you live in the state and earn less than $2,500 a month."),
        },
    ),
    Example(
        _l("Level 3 heading"),
        _l("The heading level fits the page: here it is under a level 2 heading."),
        {
            "id": "summary-box-level-3",
            "heading_text": _l("Before you start"),
            "heading_level": 3,
            "text": _l("Have your driver's license or state ID card with you."),
        },
    ),
]
