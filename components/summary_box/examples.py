"""Examples of the summary box component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Summary box")
SUMMARY = _l("Sums up the main points of a page, or what to do next, in a box with a heading.")

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
