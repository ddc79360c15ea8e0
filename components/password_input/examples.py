"""Examples of the password input component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Password input")
SUMMARY = _l("Lets people enter a password, and show it to check what they typed.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it where people sign in with a password, or make a new one. With JavaScript, a button lets them "
    "show the password to check what they typed."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it for a code sent by text message or email: use a text input. Without JavaScript there "
    "is no button to show the password, so do not count on it."
)
ACCESSIBILITY_NOTES = _l(
    'Screen readers hear the button as "Show password" or "Hide password", and hear when the password '
    "shows or hides. Set autocomplete to new-password where people make one, so password managers can "
    "suggest one. Do not stop people from pasting, since password managers need it. Check that the error "
    "says how to fix the problem, such as how many characters to use."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A field to sign in. With JavaScript, a button after it shows the password."),
        {"id": "password", "label": {"text": _l("Password")}},
    ),
    Example(
        _l("New password"),
        _l("A field to make a password, with a hint. Password managers can suggest one."),
        {
            "id": "new-password",
            "label": {"text": _l("Create a password")},
            "hint": {
                "text": _l("Use at least 12 characters. A few words you will remember are easy to type.")
            },
            "autocomplete": "new-password",
        },
    ),
    Example(
        _l("Error"),
        _l("A field with an error that says how to fix it. The password sent is not shown again."),
        {
            "id": "account-password",
            "label": {"text": _l("Password")},
            "error_message": {"text": _l("Enter your password")},
        },
    ),
]
