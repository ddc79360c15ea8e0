"""Examples of the modal component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Modal")
SUMMARY = _l("Asks people to confirm an action, or shows a little more detail, in a dialog above the page.")

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
