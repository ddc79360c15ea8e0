"""Examples of the checkboxes component."""

from components.base import Example
from components.choices import LazyHtml
from components.text_input import TextInput
from i18n import lazy_gettext as _l

TITLE = _l("Checkboxes")
SUMMARY = _l("Lets people pick all the answers that apply from a list.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use checkboxes when people can pick more than one answer from a list, or none. Use a single "
    "checkbox for a statement to agree to."
)
WHEN_NOT_TO_USE = _l(
    "When people can pick only one answer, use radios instead. If the list is very long, try to make it "
    "shorter or split the question."
)
ACCESSIBILITY_NOTES = _l(
    "Check that the legend asks the question and that each label makes sense on its own. A revealed "
    "question comes right after its checkbox and stays fully hidden until checked. As in GOV.UK, screen "
    "readers are not told when it appears. Keep it to one short question, or ask it on the next page."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A question where the person can pick more than one answer."),
        {
            "name": "benefits",
            "fieldset": {"legend": {"text": _l("Which of these benefits do you get now?")}},
            "hint": {"text": _l("Select all that apply.")},
            "items": [
                {"value": "snap", "text": _l("SNAP (food stamps)")},
                {"value": "wic", "text": _l("WIC")},
                {"value": "medicaid", "text": _l("Medicaid")},
                {"value": "ssi", "text": _l("Supplemental Security Income (SSI)")},
            ],
            "values": ["medicaid"],
        },
    ),
    Example(
        _l("With hints"),
        _l("Each answer has help text that is read out with it."),
        {
            "name": "documents",
            "fieldset": {"legend": {"text": _l("Which documents can you send us?")}},
            "hint": {"text": _l("Select all that apply.")},
            "items": [
                {
                    "value": "passport",
                    "text": _l("US passport"),
                    "hint": _l("It can be expired for up to 5 years."),
                },
                {
                    "value": "birth-certificate",
                    "text": _l("Birth certificate"),
                    "hint": _l("It must be a certified copy from the state."),
                },
                {
                    "value": "naturalization",
                    "text": _l("Certificate of Naturalization"),
                    "hint": _l("This is the paper you got when you became a citizen."),
                },
            ],
        },
    ),
    Example(
        _l("With divider"),
        _l("A divider sets apart an answer that means none of the others."),
        {
            "name": "income-sources",
            "fieldset": {"legend": {"text": _l("Where does your income come from?")}},
            "hint": {"text": _l("Select all that apply.")},
            "items": [
                {"value": "job", "text": _l("A job")},
                {"value": "self-employed", "text": _l("Work for yourself")},
                {"value": "social-security", "text": _l("Social Security")},
                {"divider": True},
                {"value": "none", "text": _l("I have no income")},
            ],
        },
    ),
    Example(
        _l("Conditional reveal"),
        _l("Checking an answer shows one more question below it. This works without JavaScript."),
        {
            "name": "contact-ways",
            "fieldset": {"legend": {"text": _l("How can we reach you?")}},
            "hint": {"text": _l("Select all that apply.")},
            "items": [
                {
                    "value": "email",
                    "text": _l("Email"),
                    "conditional_html": LazyHtml(
                        lambda: TextInput(
                            id="contact-ways-email-address",
                            type="email",
                            label={"text": _l("Email address")},
                            autocomplete="email",
                            spellcheck=False,
                        )
                    ),
                },
                {
                    "value": "phone",
                    "text": _l("Phone call"),
                    "conditional_html": LazyHtml(
                        lambda: TextInput(
                            id="contact-ways-phone-number",
                            type="tel",
                            label={"text": _l("Phone number")},
                            autocomplete="tel",
                            width="20",
                        )
                    ),
                },
                {"value": "mail", "text": _l("Mail")},
            ],
            "values": ["phone"],
        },
    ),
    Example(
        _l("Legend as page heading"),
        _l("The question is the page heading, for a page that asks one thing."),
        {
            "name": "help-needed",
            "fieldset": {
                "legend": {
                    "text": _l("What do you need help with?"),
                    "is_page_heading": True,
                    "size": "l",
                }
            },
            "hint": {"text": _l("Select all that apply.")},
            "items": [
                {"value": "rent", "text": _l("Paying rent")},
                {"value": "utilities", "text": _l("Paying for heat or power")},
                {"value": "food", "text": _l("Buying food")},
            ],
        },
    ),
    Example(
        _l("Single checkbox"),
        _l("One checkbox on its own, such as a statement to agree to. It needs no fieldset."),
        {
            "name": "declaration",
            "items": [
                {
                    "value": "agree",
                    "text": _l("I confirm that what I told you is true to the best of my knowledge"),
                }
            ],
        },
    ),
    Example(
        _l("Inline"),
        _l("A few short answers side by side."),
        {
            "name": "contact-days",
            "fieldset": {"legend": {"text": _l("Which days can we call you?")}},
            "items": [
                {"value": "mon", "text": _l("Monday")},
                {"value": "tue", "text": _l("Tuesday")},
                {"value": "wed", "text": _l("Wednesday")},
                {"value": "thu", "text": _l("Thursday")},
                {"value": "fri", "text": _l("Friday")},
            ],
            "inline": True,
        },
    ),
    Example(
        _l("Error"),
        _l("Nothing was checked. The error says what to do."),
        {
            "name": "languages",
            "fieldset": {"legend": {"text": _l("Which languages can you read?")}},
            "hint": {"text": _l("Select all that apply.")},
            "error_message": {"text": _l("Select at least one language you can read")},
            "items": [
                {"value": "en", "text": _l("English")},
                {"value": "es", "text": _l("Spanish")},
                {"value": "zh", "text": _l("Chinese")},
                {"value": "other", "text": _l("Another language")},
            ],
        },
    ),
    Example(
        _l("Small"),
        _l("Smaller marks for a busy page, such as search filters. The targets stay large."),
        {
            "name": "office-services",
            "fieldset": {"legend": {"text": _l("Show offices that offer"), "size": "s"}},
            "items": [
                {"value": "walk-in", "text": _l("Walk-in help")},
                {"value": "weekend", "text": _l("Weekend hours")},
                {"value": "interpreter", "text": _l("Interpreters")},
            ],
            "small": True,
        },
    ),
]
