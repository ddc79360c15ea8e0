"""Examples of the button group component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Button group")
SUMMARY = _l("Puts related buttons together, such as Continue and Save and come back later.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use a button group for a few related actions, such as at the end of a form. Use the segmented "
    "variant for a few choices of equal weight, such as ways to show a list."
)
WHEN_NOT_TO_USE = _l(
    "For a single action, use the button. When the choice is part of the person's answer, use radios "
    "instead. For links to the main parts of a service, use the service navigation."
)
ACCESSIBILITY_NOTES = _l(
    "Check that the main action comes first, on screen and in the page's order. In a segmented group, "
    "give a label that says what the buttons choose. The chosen one is marked for screen readers and by "
    'a thick line, not by color alone. Check with a screen reader that "pressed" or "current" is read '
    "out."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("The main action first, then a second choice. On a phone, the buttons stack."),
        {
            "buttons": [
                {"text": _l("Continue")},
                {
                    "text": _l("Save and come back later"),
                    "variant": "secondary",
                    "name": "save_and_return",
                    "value": "yes",
                },
            ]
        },
    ),
    Example(
        _l("With a link"),
        _l("A button and a link that looks like one. Screen readers still call the link a link."),
        {
            "buttons": [
                {"text": _l("Send application")},
                {"text": _l("Change your answers"), "variant": "secondary", "href": "#check-answers"},
            ]
        },
    ),
    Example(
        _l("Segmented"),
        _l("A few actions of equal weight, joined in one bar."),
        {
            "variant": "segmented",
            # Translators: the name of a group of buttons: Large print, Braille, Audio.
            "label": _l("Order your letter in"),
            "buttons": [
                {"text": _l("Large print"), "variant": "secondary", "name": "format", "value": "large-print"},
                {"text": _l("Braille"), "variant": "secondary", "name": "format", "value": "braille"},
                {"text": _l("Audio"), "variant": "secondary", "name": "format", "value": "audio"},
            ],
        },
    ),
    Example(
        _l("Segmented with a chosen link"),
        _l(
            "Links that show a list in different ways. "
            "Screen readers hear which one is current. A line marks it on screen."
        ),
        {
            "variant": "segmented",
            # Translators: the name of a group of links: List, Map.
            "label": _l("Show offices as"),
            "current": 0,
            "buttons": [
                {"text": _l("List"), "href": "#offices-list"},
                {"text": _l("Map"), "variant": "secondary", "href": "#offices-map"},
            ],
        },
    ),
    Example(
        _l("Segmented with a pressed button"),
        _l(
            "Buttons that send a form to change a setting. "
            "Screen readers hear which one is pressed. A line marks it on screen."
        ),
        {
            "variant": "segmented",
            # Translators: the name of a group of buttons: Miles, Kilometers.
            "label": _l("Show distances in"),
            "current": 1,
            "buttons": [
                {"text": _l("Miles"), "variant": "secondary", "name": "units", "value": "miles"},
                {"text": _l("Kilometers"), "name": "units", "value": "km"},
            ],
        },
    ),
]
