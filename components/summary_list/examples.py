"""Examples of the summary list component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Summary list")
SUMMARY = _l("Shows pairs of facts, such as questions and answers, with links to change them.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it to show pairs of facts, such as the questions and answers on a check answers page. Each row "
    "can have links to change or remove its answer."
)
WHEN_NOT_TO_USE = _l(
    "For data people compare across rows and columns, use a table. For a list of tasks with their "
    "status, use the task list."
)
ACCESSIBILITY_NOTES = _l(
    "Each link ends with hidden words, the row's key by default, so screen readers hear "
    '"Change date of birth". When you write your own hidden words, check that each link still makes sense '
    "on its own. Check that a change link goes to its question, and back to the list when people are done."
)

ADDRESS = Markup("12 Main Street<br>Denver, CO 80202")

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Answers, each with a link to change it. Screen readers hear what each link changes."),
        {
            "rows": [
                {"key": {"text": _l("Name")}, "value": {"text": "Ana Ruiz"}, "actions": [{"href": "#name"}]},
                {
                    "key": {"text": _l("Date of birth")},
                    "value": {"text": _l("March 5, 1984")},
                    "actions": [{"href": "#date-of-birth"}],
                },
                {
                    "key": {"text": _l("Address")},
                    "value": {"html": ADDRESS},
                    "actions": [{"href": "#address"}],
                },
                {
                    "key": {"text": _l("Phone number")},
                    "value": {"text": "303-555-0142"},
                    "actions": [{"href": "#phone"}],
                },
            ]
        },
    ),
    Example(
        _l("No actions"),
        _l("Facts the person cannot change here."),
        {
            "rows": [
                {"key": {"text": _l("Reference")}, "value": {"text": "K7QM-2XPD"}},
                {"key": {"text": _l("Sent on")}, "value": {"text": _l("June 2, 2025")}},
                {"key": {"text": _l("Status")}, "value": {"text": _l("We are checking your application")}},
            ]
        },
    ),
    Example(
        _l("Some rows with actions"),
        _l("Rows with no link line up with the rows that have one."),
        {
            "rows": [
                {"key": {"text": _l("Reference")}, "value": {"text": "K7QM-2XPD"}},
                {"key": {"text": _l("Name")}, "value": {"text": "Ana Ruiz"}, "actions": [{"href": "#name"}]},
                {
                    "key": {"text": _l("Email")},
                    "value": {"text": "ana.ruiz@example.com"},
                    "actions": [{"href": "#email", "visually_hidden_text": _l("email address")}],
                },
            ]
        },
    ),
    Example(
        _l("No border"),
        _l("A short list on its own, with no lines between the rows."),
        {
            "borders": False,
            "rows": [
                {"key": {"text": _l("Reference")}, "value": {"text": "K7QM-2XPD"}},
                {"key": {"text": _l("Code")}, "value": {"text": "4821"}},
            ],
        },
    ),
    Example(
        _l("More than one action"),
        _l("Each file has a link to change it and a link to remove it."),
        {
            "rows": [
                {
                    "key": {"text": _l("Proof of address")},
                    "value": {"text": "lease.pdf"},
                    "actions": [{"href": "#change-lease"}, {"href": "#remove-lease", "text": _l("Remove")}],
                },
                {
                    "key": {"text": _l("Proof of income")},
                    "value": {"text": "pay-stub.pdf"},
                    "actions": [
                        {"href": "#change-pay-stub"},
                        {"href": "#remove-pay-stub", "text": _l("Remove")},
                    ],
                },
            ]
        },
    ),
    Example(
        _l("Things added"),
        _l("A list of people added so far, with no values: just links to change or remove each one."),
        {
            "rows": [
                {
                    "key": {"text": name},
                    "actions": [
                        {"href": f"#change-{slug}"},
                        {"href": f"#remove-{slug}", "text": _l("Remove")},
                    ],
                }
                for name, slug in (("Ana Ruiz", "ana"), ("Luis Ruiz", "luis"))
            ]
        },
    ),
    Example(
        _l("Missing answer"),
        _l("A question with no answer yet links to it from the value."),
        {
            "rows": [
                {"key": {"text": _l("Name")}, "value": {"text": "Ana Ruiz"}, "actions": [{"href": "#name"}]},
                {
                    "key": {"text": _l("Phone number")},
                    "value": {
                        "html": LazyHtml(
                            lambda: Markup('<a class="fd-link" href="#phone">{}</a>').format(
                                _l("Enter your phone number")
                            )
                        )
                    },
                },
            ]
        },
    ),
    Example(
        # Translators: the name of an example: a list shown in a box with a title, like a card.
        _l("Card"),
        _l("One person in a household: a card with their name, a link to remove them and their answers."),
        {
            "card": {"title_text": "Luis Ruiz", "actions": [{"href": "#remove-luis", "text": _l("Remove")}]},
            "rows": [
                {
                    "key": {"text": _l("Relationship to you")},
                    # Translators: a family relationship: the person's male child.
                    "value": {"text": _l("Son")},
                    "actions": [{"href": "#luis-relationship"}],
                },
                {
                    "key": {"text": _l("Date of birth")},
                    "value": {"text": _l("August 14, 2010")},
                    "actions": [{"href": "#luis-date-of-birth"}],
                },
                {"key": {"text": _l("Goes to school")}, "value": {"text": _l("Yes")}},
            ],
        },
    ),
]
