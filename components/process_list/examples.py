"""Examples of the process list component.

The lazy strings in the HTML are made text (``str``) before ``Markup.format`` escapes them: formatted
as they are, an apostrophe in them, in English or in a translation, would be escaped twice.
"""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Process list")
SUMMARY = _l("Shows the steps of a process in order, with what to do in each step.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it to explain the steps of a process in order, such as how to apply for a benefit. It fits a "
    "process of 3 to 10 steps."
)
WHEN_NOT_TO_USE = _l(
    "To show where people are in a form, use the step indicator or the task list. For steps with no set "
    "order, use a plain list."
)
ACCESSIBILITY_NOTES = _l(
    "It is a numbered list, so screen readers say how many steps there are. Check that the heading level "
    "fits the page, and that each step's heading says what to do. Use headings for steps people may want "
    "to jump to, and bold text for short steps."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Each step has a heading and a short text."),
        {
            "id": "process-list-default",
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
        _l("With lists and links"),
        _l("Steps with more to say: a list of what to bring, and a link."),
        {
            "id": "process-list-html",
            "items": [
                {
                    "heading_text": _l("Gather your documents"),
                    "html": LazyHtml(
                        lambda: Markup("<p>{}</p><ul><li>{}</li><li>{}</li><li>{}</li></ul>").format(
                            str(_l("You will need:")),
                            str(_l("a photo ID, such as a driver's license")),
                            str(_l("proof of your address, such as a bill")),
                            str(_l("your pay stubs from the last 30 days")),
                        )
                    ),
                },
                {
                    "heading_text": _l("Apply online"),
                    "html": LazyHtml(
                        lambda: Markup('<p>{} <a class="fd-link" href="#apply">{}</a></p>').format(
                            str(_l("It takes about 20 minutes. You can save your answers and come back.")),
                            str(_l("Start your application")),
                        )
                    ),
                },
                {
                    "heading_text": _l("Go to your interview"),
                    "text": _l("We will call you to set a time. Bring your documents with you."),
                },
            ],
        },
    ),
    Example(
        _l("Level 3 headings"),
        _l("The heading level fits the page: here the steps are under a level 2 heading."),
        {
            "id": "process-list-level-3",
            "heading_level": 3,
            "items": [
                {
                    "heading_text": _l("Sign in to your account"),
                    "text": _l("Use the email address you gave us when you applied."),
                },
                {
                    "heading_text": _l("Upload your pay stubs"),
                    "text": _l("Take a photo of each one, or upload a PDF file."),
                },
            ],
        },
    ),
    Example(
        _l("Short steps"),
        _l("Steps with no more than a short line each. They are bold text, not headings."),
        {
            "id": "process-list-short",
            "heading_level": None,
            "items": [
                {"heading_text": _l("Print the form.")},
                {"heading_text": _l("Fill it in and sign it.")},
                {"heading_text": _l("Mail it to the address on the form.")},
            ],
        },
    ),
]
