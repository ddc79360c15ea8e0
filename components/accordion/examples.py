"""Examples of the accordion component.

The lazy strings in the HTML are made text (``str``) before ``Markup.format`` escapes them, so that an
apostrophe in a translation is escaped once.
"""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Accordion")
SUMMARY = _l("Sections under headings that people open and close, to find the part they need.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use an accordion on a long page of related sections. It suits pages where people read one or two "
    "of them, such as the rules for each kind of help."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it when most people need all of the content: show it on the page. For one piece of "
    "help, use details. Never hide questions of a form in it."
)
ACCESSIBILITY_NOTES = _l(
    "Each heading stays a heading with a button inside it, so screen reader users can move by headings. "
    "Closed sections are found by the browser's find in page. Check that each heading says what its "
    "section holds. Test with a screen reader that each button says if it is open or closed."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Select a heading to open its section. Without JavaScript, every section is shown."),
        {
            "id": "accordion-default",
            "items": [
                {
                    "heading_text": _l("Check if you can get help"),
                    "text": _l("Answer a few questions about your home and your income. It takes 5 minutes."),
                },
                {
                    "heading_text": _l("Fill in the form"),
                    "text": _l("Tell us about the people who live with you and what you earn."),
                },
                {
                    "heading_text": _l("Wait for our letter"),
                    "text": _l("We will send you a letter within 30 days. It says if you can get help."),
                },
            ],
        },
    ),
    Example(
        _l("With summaries"),
        _l("A short line under each heading says what is in the section."),
        {
            "id": "accordion-summaries",
            "items": [
                {
                    "heading_text": _l("Food benefits"),
                    "summary_text": _l("Get money each month to buy food for your family."),
                    "text": _l("You no longer need to come to an office. It takes about 20 minutes."),
                },
                {
                    "heading_text": _l("Help with power bills"),
                    "summary_text": _l("Get help paying for heat and power in winter."),
                    "text": _l("Have last year's tax return with you. It takes about 20 minutes."),
                },
            ],
        },
    ),
    Example(
        _l("Open"),
        _l("Open when the page loads."),
        {
            "id": "accordion-open",
            "items": [
                {
                    "heading_text": _l("Where to find your case number"),
                    "text": _l(
                        "Your case number is at the top of the letter we sent you. It starts with 2 letters."
                    ),
                    "expanded": True,
                },
                {
                    "heading_text": _l("I do not have a Social Security number"),
                    "text": _l("You can use an Individual Taxpayer Identification Number (ITIN) instead."),
                },
            ],
        },
    ),
    Example(
        _l("Level 3 headings"),
        _l("The heading level fits the page: here it is under a level 2 heading."),
        {
            "id": "accordion-level-3",
            "heading_level": 3,
            "items": [
                {
                    "heading_text": _l("What to bring"),
                    "html": LazyHtml(
                        lambda: Markup('<ul class="fd-body"><li>{}</li><li>{}</li><li>{}</li></ul>').format(
                            str(_l("A photo ID")), str(_l("Proof of address")), str(_l("Your last pay stub"))
                        )
                    ),
                },
                {
                    "heading_text": _l("How to apply"),
                    "html": LazyHtml(
                        lambda: Markup(
                            '<p class="fd-body">{} <a class="fd-link" href="#apply">{}</a></p>'
                        ).format(
                            str(_l("You can apply by mail or online.")), str(_l("Start your application"))
                        )
                    ),
                },
            ],
        },
    ),
]
