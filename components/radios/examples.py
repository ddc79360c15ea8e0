"""Examples of the radios component."""

from components.base import Example
from components.choices import LazyHtml
from components.text_input import TextInput
from i18n import lazy_gettext as _l

TITLE = _l("Radio buttons")
SUMMARY = _l("Lets people pick one answer from a short list.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use them to ask people to pick one answer from a short list, of about 7 answers or fewer. Every "
    "answer is in view, so people can compare them."
)
WHEN_NOT_TO_USE = _l(
    "Use checkboxes instead when people can pick more than one answer. For a long list, such as a state, "
    "use a select. Reveal one or two short questions under an answer at most: ask more on the next page."
)
ACCESSIBILITY_NOTES = _l(
    "Check that the legend asks the question and that the error says what to pick. A revealed question "
    "shows with no script, right after its answer, so people reach it next. Unlike GOV.UK, we put no "
    "aria-expanded on radios: it is invalid there, and some screen readers ignore it. Fields under an "
    "answer not picked are still sent: read them only when their answer was picked."
)

YES_NO = [{"value": "yes", "text": _l("Yes")}, {"value": "no", "text": _l("No")}]

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A question with a short list of answers. The person picks one."),
        {
            "name": "filed-taxes",
            "fieldset": {"legend": {"text": _l("Did you file a federal tax return for last year?")}},
            "items": [
                {"value": "yes", "text": _l("Yes")},
                {"value": "no", "text": _l("No")},
                {"value": "not-sure", "text": _l("I am not sure")},
            ],
        },
    ),
    Example(
        _l("Inline"),
        _l("Two short answers side by side."),
        {
            "name": "has-ssn",
            "fieldset": {"legend": {"text": _l("Do you have a Social Security number?")}},
            "items": YES_NO,
            "inline": True,
        },
    ),
    Example(
        _l("With hints"),
        _l("Each answer has help text that is read out with it."),
        {
            "name": "payment-method",
            "fieldset": {"legend": {"text": _l("How do you want to get your payments?")}},
            "hint": {"text": _l("You can change this later.")},
            "items": [
                {
                    "value": "direct-deposit",
                    "text": _l("Direct deposit"),
                    "hint": _l("The money goes into your bank account. This is the fastest way."),
                },
                {
                    "value": "debit-card",
                    "text": _l("Prepaid debit card"),
                    "hint": _l("We mail you a card. You can use it in stores and at ATMs."),
                },
                {
                    "value": "check",
                    "text": _l("Paper check"),
                    "hint": _l("We mail you a check. It can take up to 2 weeks longer."),
                },
            ],
        },
    ),
    Example(
        _l("With divider"),
        _l("A divider sets apart an answer that is not like the others."),
        {
            "name": "home-location",
            "fieldset": {"legend": {"text": _l("Where do you live?")}},
            "items": [
                {"value": "state", "text": _l("In one of the 50 states or Washington, DC")},
                {"value": "territory", "text": _l("In a US territory, such as Puerto Rico or Guam")},
                {"value": "abroad", "text": _l("Outside the United States")},
                {"divider": _l("or")},
                {"value": "no-address", "text": _l("I do not have a fixed address")},
            ],
        },
    ),
    Example(
        _l("Conditional reveal"),
        _l("Picking an answer shows one more question below it. This works without JavaScript."),
        {
            "name": "contact-method",
            "fieldset": {"legend": {"text": _l("How should we contact you?")}},
            "hint": {"text": _l("Pick one.")},
            "items": [
                {
                    "value": "email",
                    "text": _l("Email"),
                    "conditional_html": LazyHtml(
                        lambda: TextInput(
                            id="contact-method-email-address",
                            type="email",
                            label={"text": _l("Email address")},
                            autocomplete="email",
                            spellcheck=False,
                        )
                    ),
                },
                {
                    "value": "text",
                    "text": _l("Text message"),
                    "conditional_html": LazyHtml(
                        lambda: TextInput(
                            id="contact-method-mobile-number",
                            type="tel",
                            label={"text": _l("Mobile phone number")},
                            autocomplete="tel",
                            width="20",
                        )
                    ),
                },
                {"value": "mail", "text": _l("Mail to my home address")},
            ],
            "value": "email",
        },
    ),
    Example(
        _l("Legend as page heading"),
        _l("The question is the page heading, for a page that asks one thing."),
        {
            "name": "household-size",
            "fieldset": {
                "legend": {
                    "text": _l("How many people live in your home?"),
                    "is_page_heading": True,
                    "size": "l",
                }
            },
            "hint": {"text": _l("Count yourself and anyone who lives with you.")},
            "items": [
                {"value": "1", "text": _l("Just me")},
                {"value": "2-3", "text": _l("2 or 3 people")},
                {"value": "4-plus", "text": _l("4 or more people")},
            ],
        },
    ),
    Example(
        _l("Error"),
        _l("No answer was picked. The error says what to do."),
        {
            "name": "veteran",
            "fieldset": {"legend": {"text": _l("Have you served in the US military?")}},
            "error_message": {"text": _l("Select yes if you have served in the US military")},
            "items": YES_NO,
            "inline": True,
        },
    ),
    Example(
        _l("Small"),
        _l("Smaller marks for a busy page, such as search filters. The targets stay large."),
        {
            "name": "sort-results",
            "fieldset": {"legend": {"text": _l("Sort results by"), "size": "s"}},
            "items": [
                {"value": "newest", "text": _l("Newest first")},
                {"value": "oldest", "text": _l("Oldest first")},
                {"value": "closest", "text": _l("Closest to you")},
            ],
            "value": "newest",
            "small": True,
        },
    ),
]
