"""Examples of the warning text component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Warning text")
SUMMARY = _l("Warns people about something serious, such as a fine, in bold text with an icon.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it to warn people about something with serious results, such as a fine or a legal duty. Keep it "
    "to a sentence or two."
)
WHEN_NOT_TO_USE = _l(
    "For a note that is only useful, use inset text. For an error, use an error message; for urgent news "
    "about a whole site, use a site alert. Use it rarely, or people stop noticing it."
)
ACCESSIBILITY_NOTES = _l(
    'Screen readers skip the icon and read "Warning:" first, in the page\'s language. If you change that '
    "word, end it as your language ends a label, such as with a colon. Check that the warning says what "
    "people must do, not only what may go wrong."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l('A warning about a penalty. Screen readers read "Warning:" first, in the page\'s language.'),
        {"text": _l("You may have to pay back benefits if you do not tell us when your income changes.")},
    ),
    Example(
        _l("With a link"),
        _l("A warning with a link to more help."),
        {
            "id": "warning-text-with-a-link",
            "html": LazyHtml(
                lambda: Markup('{} <a class="fd-link" href="#make-copies">{}</a>').format(
                    _l("Send copies, not originals. We cannot send your papers back."),
                    _l("How to make copies"),
                )
            ),
        },
    ),
    Example(
        _l("Other hidden prefix"),
        _l('Screen readers read "Important:" first instead of "Warning:".'),
        {"prefix_text": _l("Important:"), "text": _l("Bring a photo ID to your interview.")},
    ),
]
