"""Examples of the summary box component."""

from components.base import Example
from i18n import lazy_gettext as _l

EXAMPLES = [
    Example(
        "Next steps",
        _l("What the person needs to do next, as a list."),
        {
            "id": "summary-box-next-steps",
            "heading_text": _l("What to do next"),
            "html": _l(
                '<ul><li><a class="fd-link" href="#upload-documents">Upload your pay stubs</a></li>'
                "<li>Wait for a letter with your interview date</li>"
                "<li>Go to your interview</li></ul>"
            ),
        },
    ),
    Example(
        "Key point",
        _l("The main point of a page, in one sentence."),
        {
            "id": "summary-box-key-point",
            "heading_text": _l("Who can apply"),
            "text": _l("You can apply if you live in the state and earn less than $2,500 a month."),
        },
    ),
    Example(
        "Level 3 heading",
        _l("The heading level fits the page: here it is under a level 2 heading."),
        {
            "id": "summary-box-level-3",
            "heading_text": _l("Before you start"),
            "heading_level": 3,
            "text": _l("Have your driver's license or state ID card with you."),
        },
    ),
]
