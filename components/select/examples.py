"""Examples of the select component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Select")
SUMMARY = _l("Lets people pick one answer from a long list, such as a state.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use it to let people pick one answer from a long list they know well, such as a state. It suits "
    "lists of more than about 7 answers."
)
WHEN_NOT_TO_USE = _l(
    "For a short list, use radios instead: every answer is in view and easier to pick. Use checkboxes "
    "when people can pick more than one. Do not move people to another page as soon as they pick an "
    "answer."
)
ACCESSIBILITY_NOTES = _l(
    "It is the browser's own select, so screen readers and phones handle it as people expect. Unlike "
    "USWDS, we offer no combo box that filters as you type: screen readers often handle those badly. "
    'Check that the first option, such as "Select a state", is not a real answer. Test long lists with '
    "people who zoom in or use a phone."
)

STATES = [
    ("AL", _l("Alabama")),
    ("AK", _l("Alaska")),
    ("AS", _l("American Samoa")),
    ("AZ", _l("Arizona")),
    ("AR", _l("Arkansas")),
    ("CA", _l("California")),
    ("CO", _l("Colorado")),
    ("CT", _l("Connecticut")),
    ("DE", _l("Delaware")),
    ("DC", _l("District of Columbia")),
    ("FL", _l("Florida")),
    ("GA", _l("Georgia")),
    ("GU", _l("Guam")),
    ("HI", _l("Hawaii")),
    ("ID", _l("Idaho")),
    ("IL", _l("Illinois")),
    ("IN", _l("Indiana")),
    ("IA", _l("Iowa")),
    ("KS", _l("Kansas")),
    ("KY", _l("Kentucky")),
    ("LA", _l("Louisiana")),
    ("ME", _l("Maine")),
    ("MD", _l("Maryland")),
    ("MA", _l("Massachusetts")),
    ("MI", _l("Michigan")),
    ("MN", _l("Minnesota")),
    ("MS", _l("Mississippi")),
    ("MO", _l("Missouri")),
    ("MT", _l("Montana")),
    ("NE", _l("Nebraska")),
    ("NV", _l("Nevada")),
    ("NH", _l("New Hampshire")),
    ("NJ", _l("New Jersey")),
    ("NM", _l("New Mexico")),
    ("NY", _l("New York")),
    ("NC", _l("North Carolina")),
    ("ND", _l("North Dakota")),
    ("MP", _l("Northern Mariana Islands")),
    ("OH", _l("Ohio")),
    ("OK", _l("Oklahoma")),
    ("OR", _l("Oregon")),
    ("PA", _l("Pennsylvania")),
    ("PR", _l("Puerto Rico")),
    ("RI", _l("Rhode Island")),
    ("SC", _l("South Carolina")),
    ("SD", _l("South Dakota")),
    ("TN", _l("Tennessee")),
    ("TX", _l("Texas")),
    ("UT", _l("Utah")),
    ("VT", _l("Vermont")),
    ("VI", _l("US Virgin Islands")),
    ("VA", _l("Virginia")),
    ("WA", _l("Washington")),
    ("WV", _l("West Virginia")),
    ("WI", _l("Wisconsin")),
    ("WY", _l("Wyoming")),
]


def _state_items() -> list[dict[str, object]]:
    return [{"value": "", "text": _l("Select a state")}] + [
        {"value": code, "text": name} for code, name in STATES
    ]


EXAMPLES = [
    Example(
        _l("Default"),
        _l("A long list where the person picks one, such as a state."),
        {
            "id": "home-state",
            "label": {"text": _l("State or territory")},
            "items": _state_items(),
            "autocomplete": "address-level1",
        },
    ),
    Example(
        _l("With value"),
        _l("An answer given before, shown again so the person can check it."),
        {
            "id": "license-state",
            "label": {"text": _l("Which state issued your driver's license?")},
            "hint": {"text": _l("It is printed at the top of your license.")},
            "items": _state_items(),
            "value": "OH",
        },
    ),
    Example(
        _l("Error"),
        _l("Nothing was picked. The error says what to do."),
        {
            "id": "work-state",
            "label": {"text": _l("Which state do you work in?")},
            "error_message": {"text": _l("Select the state where you work")},
            "items": _state_items(),
        },
    ),
]
