"""Examples of the button component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Button")
SUMMARY = _l("Lets people take an action, such as sending a form or starting a service.")

EXAMPLES = [
    Example(_l("Primary"), _l("The main action on a page."), {"text": _l("Continue")}),
    Example(
        _l("Secondary"), _l("A less important action."), {"text": _l("Find address"), "variant": "secondary"}
    ),
    Example(
        _l("Warning"),
        _l("An action that deletes something or cannot be undone."),
        {"text": _l("Delete account"), "variant": "warning"},
    ),
    Example(
        _l("Start"),
        _l("The call to action that begins a service."),
        {"text": _l("Start now"), "variant": "start", "href": "#start"},
    ),
    Example(
        _l("Link"),
        _l("A link styled as a button, for navigation."),
        {"text": _l("Go to your account"), "href": "#account"},
    ),
    Example(
        _l("Prevent double click"),
        _l("Ignores a second click, so a payment is not sent twice."),
        {"text": _l("Pay now"), "prevent_double_click": True},
    ),
    Example(_l("Disabled"), _l("A button that cannot be used yet."), {"text": _l("Send"), "disabled": True}),
]
