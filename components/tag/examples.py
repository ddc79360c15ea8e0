"""Examples of the tag component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Tag")
SUMMARY = _l("Shows the status of something, such as an application, in a word or two.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use it to show the status of something in a word or two, such as an approved application. It helps "
    "people scan a list or a table."
)
WHEN_NOT_TO_USE = _l(
    "Do not make it a link or a button: put the link beside it. For a message or a warning, use an alert "
    "or warning text."
)
ACCESSIBILITY_NOTES = _l(
    "Its words carry the meaning, and each color has text with a contrast of at least 7 to 1. Use the "
    "same words and the same color for the same status across your service. Check how a screen reader "
    'reads it, and add hidden words such as "Status:" where they help.'
)

EXAMPLES = [
    Example(_l("Blue"), _l("The default color, for something received."), {"text": _l("Received")}),
    Example(
        _l("Grey"), _l("For something not started or closed."), {"text": _l("Not started"), "color": "grey"}
    ),
    Example(_l("Green"), _l("For something done or approved."), {"text": _l("Approved"), "color": "green"}),
    Example(
        _l("Turquoise"), _l("For something in progress."), {"text": _l("In progress"), "color": "turquoise"}
    ),
    Example(_l("Purple"), _l("For something sent on."), {"text": _l("Sent to agency"), "color": "purple"}),
    Example(
        _l("Pink"),
        _l("For something that needs more information."),
        {"text": _l("More info needed"), "color": "pink"},
    ),
    Example(_l("Red"), _l("For something turned down or overdue."), {"text": _l("Denied"), "color": "red"}),
    Example(
        _l("Orange"),
        _l("For something that needs action soon."),
        {"text": _l("Action needed"), "color": "orange"},
    ),
    Example(_l("Yellow"), _l("For something on hold."), {"text": _l("On hold"), "color": "yellow"}),
    Example(
        _l("HTML content"),
        _l("A tag with a hidden word for screen readers."),
        {
            "html": LazyHtml(
                lambda: Markup('<span class="fd-visually-hidden">{} </span>{}').format(
                    _l("Status:"), _l("Paid")
                )
            ),
            "color": "green",
            "id": "tag-html",
        },
    ),
]
