"""Examples of the details component."""

from components.base import Example
from i18n import lazy_gettext as _l

EXAMPLES = [
    Example(
        "Default",
        _l("Help that most people do not need, closed until the person opens it."),
        {
            "summary_text": _l("I do not have a Social Security number"),
            "text": _l("You can use an Individual Taxpayer Identification Number (ITIN) instead."),
        },
    ),
    Example(
        "Open",
        _l("Open when the page loads."),
        {
            "id": "details-open",
            "summary_text": _l("Where to find your case number"),
            "text": _l("Your case number is at the top of the letter we sent you. It starts with 2 letters."),
            "open": True,
        },
    ),
    Example(
        "HTML content",
        _l("Content with paragraphs and a list."),
        {
            "summary_html": _l("What counts as <em>income</em>"),
            "html": _l(
                "<p>Count money you got from:</p><ul><li>a job</li><li>Social Security</li>"
                "<li>unemployment</li></ul>"
            ),
        },
    ),
]
