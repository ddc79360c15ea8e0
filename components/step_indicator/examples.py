"""Examples of the step indicator component."""

from components.base import Example
from i18n import lazy_gettext as _l

STEPS = [_l("Personal details"), _l("Household"), _l("Income"), _l("Review and send")]

TITLE = _l("Step indicator")
SUMMARY = _l("Shows which step of a form a person is on, and how many steps there are.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use it in a short form with steps in a set order, to show which step people are on. It also shows "
    "how many steps there are."
)
WHEN_NOT_TO_USE = _l(
    "When people can do the parts of a form in any order, use a task list. Do not use it when the steps "
    "change with people's answers, since the count would be wrong. To explain a process before people "
    "start, use a process list."
)
ACCESSIBILITY_NOTES = _l(
    "Hidden words say if each step is completed, current or not completed; shapes show it on screen. "
    "Check that the heading level fits the page, and that step names are short and match the page "
    'headings. Check that "Step 2 of 4" stays right when people go back to change an answer.'
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("The second of 4 steps. Each step is named under its segment."),
        {"steps": STEPS, "current": 2},
    ),
    Example(
        _l("First step"),
        _l("The first step: no step is completed yet."),
        {"steps": STEPS, "current": 1, "heading_level": 3},
    ),
    Example(
        _l("Last step"),
        _l("The last step: every step before it is completed."),
        {"steps": STEPS, "current": 4, "heading_level": 3},
    ),
    Example(
        _l("Without labels"),
        _l("Segments only, for a form with many steps. Screen readers still hear each step's name."),
        {
            "steps": [
                _l("About you"),
                _l("Contact details"),
                _l("Address"),
                _l("Household"),
                _l("Income"),
                _l("Expenses"),
                _l("Review and send"),
            ],
            "current": 5,
            "show_labels": False,
            "heading_level": 3,
        },
    ),
]
