"""Examples of the button component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Button")
SUMMARY = _l("Lets people take an action, such as sending a form or starting a service.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use a button for the main action on a page, such as Continue or Send. Use the start variant once, "
    "on the start page of a service."
)
WHEN_NOT_TO_USE = _l(
    "To go to another page, use a link. Avoid disabled buttons: let people send the form, then say what "
    "is missing. For an action that deletes something, use the warning variant."
)
ACCESSIBILITY_NOTES = _l(
    'Check that the button\'s words say what it does, such as "Send application", and match across the '
    "service. A disabled button cannot take focus, so some people never find it or learn why. With href "
    'it is a link: Space does not follow it, and screen readers say "link".'
)

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
