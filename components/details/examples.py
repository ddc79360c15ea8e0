"""Examples of the details component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Details")
SUMMARY = _l("Hides extra help that most people do not need until they open it.")
STATUS = "beta"
WHEN_TO_USE = _l("Use details for help that only some people need, such as why you ask a question.")
WHEN_NOT_TO_USE = _l(
    "Do not hide what most people need: put it on the page. For several sections that people open and "
    "close, use the accordion."
)
ACCESSIBILITY_NOTES = _l(
    "It is the browser's own details element, so it opens with a keyboard and works without JavaScript. "
    "Do not put a heading in the summary: screen readers do not read it as a heading there. Check that "
    "the summary's words say what the help is about. Test with a screen reader that it says whether it "
    "is open."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Help that most people do not need, closed until the person opens it."),
        {
            "summary_text": _l("I do not have a Social Security number"),
            "text": _l("You can use an Individual Taxpayer Identification Number (ITIN) instead."),
        },
    ),
    Example(
        _l("Open"),
        _l("Open when the page loads."),
        {
            "id": "details-open",
            "summary_text": _l("Where to find your case number"),
            "text": _l("Your case number is at the top of the letter we sent you. It starts with 2 letters."),
            "open": True,
        },
    ),
    Example(
        _l("HTML content"),
        _l("Content with paragraphs and a list."),
        {
            "summary_html": LazyHtml(
                lambda: (
                    # Translators: %(income)s is the word "income" (translated separately), shown in italics.
                    Markup.escape(_l("What counts as %(income)s"))
                    % {"income": Markup("<em>{}</em>").format(_l("income"))}
                )
            ),
            "html": LazyHtml(
                lambda: Markup("<p>{}</p><ul><li>{}</li><li>{}</li><li>{}</li></ul>").format(
                    _l("Count money you got from:"),
                    _l("a job"),
                    _l("Social Security"),
                    _l("unemployment"),
                )
            ),
        },
    ),
]
