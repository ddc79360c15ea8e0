"""Examples of the inset text component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Inset text")
SUMMARY = _l("Sets a short note apart from the text around it, so people do not miss it.")
STATUS = "beta"
WHEN_TO_USE = _l("Use inset text for a short note the reader should not miss, such as a quote.")
WHEN_NOT_TO_USE = _l(
    "For warnings, use warning text or an alert. Use it rarely: if much of a page is set apart, nothing "
    "stands out."
)
ACCESSIBILITY_NOTES = _l(
    "The border is only for the eye: screen readers read inset text like the text around it. So check "
    "that its words make sense in the flow of the page, without the border."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A note set apart from the text around it."),
        {"text": _l("It can take up to 8 weeks to get your card. Plan your trip with this in mind.")},
    ),
    Example(
        _l("HTML content"),
        _l("A note with a link."),
        {
            "id": "inset-text-html",
            "html": LazyHtml(
                lambda: Markup("<p>{}</p>").format(
                    # Translators: %(link)s is a link with the words "update your address".
                    Markup.escape(_l("If you moved in the last year, %(link)s before you apply."))
                    % {
                        "link": Markup('<a class="fd-link" href="#update-address">{}</a>').format(
                            _l("update your address")
                        )
                    }
                )
            ),
        },
    ),
]
