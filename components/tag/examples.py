"""Examples of the tag component."""

from components.base import Example
from i18n import lazy_gettext as _l

EXAMPLES = [
    Example("Blue", _l("The default color, for something received."), {"text": _l("Received")}),
    Example("Grey", _l("For something not started or closed."), {"text": _l("Not started"), "color": "grey"}),
    Example("Green", _l("For something done or approved."), {"text": _l("Approved"), "color": "green"}),
    Example("Turquoise", _l("For something in progress."), {"text": _l("In progress"), "color": "turquoise"}),
    Example("Purple", _l("For something sent on."), {"text": _l("Sent to agency"), "color": "purple"}),
    Example(
        "Pink",
        _l("For something that needs more information."),
        {"text": _l("More info needed"), "color": "pink"},
    ),
    Example("Red", _l("For something turned down or overdue."), {"text": _l("Denied"), "color": "red"}),
    Example(
        "Orange",
        _l("For something that needs action soon."),
        {"text": _l("Action needed"), "color": "orange"},
    ),
    Example("Yellow", _l("For something on hold."), {"text": _l("On hold"), "color": "yellow"}),
    Example(
        "HTML content",
        _l("A tag with a hidden word for screen readers."),
        {
            "html": _l('<span class="fd-visually-hidden">Status: </span>Paid'),
            "color": "green",
            "id": "tag-html",
        },
    ),
]
