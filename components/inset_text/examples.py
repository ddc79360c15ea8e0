"""Examples of the inset text component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Inset text")
SUMMARY = _l("Sets a short note apart from the text around it, so people do not miss it.")

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
