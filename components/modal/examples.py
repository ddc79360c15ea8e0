"""Examples of the modal component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Modal")
SUMMARY = _l("Asks people to confirm an action, or shows a little more detail, in a dialog above the page.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it to ask people to confirm an action they cannot undo, such as leaving a form without saving. "
    "It can also show a little more detail, if that detail is also on a page of its own."
)
WHEN_NOT_TO_USE = _l(
    "Some browsers cannot open a modal: never make it the only way to reach something. For more detail, "
    "use details or a page of its own; for news, use an alert."
)
ACCESSIBILITY_NOTES = _l(
    "It is the browser's own dialog: the page behind cannot be used, and focus cannot slip behind it. "
    "Focus goes to its heading, then back to the button that opened it, unlike many hand-made modals. "
    'Check that each button says what it does, such as "Stay on this page" rather than "Cancel". Test it '
    "with the keyboard and a screen reader in each browser you support."
)

EXAMPLES = [
    Example(
        _l("Confirmation"),
        _l(
            "A dialog that asks people to confirm before they lose their answers. Without JavaScript, it "
            "opens in current browsers only: the page must also work without it."
        ),
        {
            "id": "leave-form",
            "trigger_text": _l("Leave this form"),
            "heading_text": _l("Leave this form?"),
            "text": _l("You will lose the answers you have not saved."),
            "actions": [{"text": _l("Leave without saving"), "variant": "warning", "href": "#leave"}],
            "close_text": _l("Stay on this page"),
        },
    ),
    Example(
        _l("More detail"),
        _l(
            "Extra detail that is also on a page of its own. A modal must never be the only way to reach "
            "something: some browsers cannot open it."
        ),
        {
            "id": "income-detail",
            "trigger_text": _l("What counts as income"),
            "heading_text": _l("What counts as income"),
            "html": LazyHtml(
                lambda: Markup("<p>{}</p><ul><li>{}</li><li>{}</li><li>{}</li></ul>").format(
                    _l("Count money you got from:"), _l("a job"), _l("Social Security"), _l("unemployment")
                )
            ),
            "actions": [{"text": _l("Read the full rules"), "variant": "secondary", "href": "#income-rules"}],
        },
    ),
    Example(
        _l("Forced action"),
        _l("No close button, and Escape does not close it: people must choose one of its actions."),
        {
            "id": "saved-answers",
            "trigger_text": _l("Go back to your form"),
            "trigger_variant": "primary",
            "heading_text": _l("Do you want to go on with your answers?"),
            "text": _l(
                "You started this form on another day. You can go on where you stopped, or start again."
            ),
            "actions": [
                {"text": _l("Go on where I stopped"), "href": "#go-on"},
                {"text": _l("Start again"), "variant": "secondary", "href": "#start-again"},
            ],
            "forced": True,
        },
    ),
]
