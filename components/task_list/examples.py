"""Examples of the task list component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

# Translators: a list of the parts of a long form, each with its status, such as "Completed".
TITLE = _l("Task list")
SUMMARY = _l("Lists the parts of a long form and the status of each, so people can do them in turn.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it for a long form in several parts, so people see what is done and what is left. They can do "
    "the parts in turn and come back later."
)
WHEN_NOT_TO_USE = _l(
    "For a short form done in one go, ask one question on each page with no task list. To show which "
    "step of a set order people are on, use the step indicator. To show answers, use a summary list."
)
ACCESSIBILITY_NOTES = _l(
    "Screen readers hear each task's link, then its hint and its status. Use the same status words "
    "across your service, and use a tag only when people need to act. Check that a task that cannot "
    "start yet says why, such as in its hint."
)

WHAT_HAPPENED = _l("Tell us what happened")
ABOUT_YOU = _l("Tell us about you")
YOUR_HOME = _l("Tell us about your home")
WHO_LIVES = _l("Tell us who lives with you")
WHAT_YOU_NEED = _l("Tell us what you need")
HOW_WE_PAY = _l("Choose how we pay you")
CONTACT = _l("Tell us how to contact you")

COMPLETED = {"text": _l("Completed")}
IN_PROGRESS = {"tag": {"text": _l("In progress"), "color": "turquoise"}}
NOT_STARTED = {"tag": {"text": _l("Not yet started")}}
CANNOT_START = {"text": _l("Cannot start yet")}

EXAMPLES = [
    Example(
        _l("Default"),
        _l(
            "Tasks that need action have a tag; others have plain words. A click anywhere on a row "
            "opens its task."
        ),
        {
            "id_prefix": "apply",
            "items": [
                {"title": {"text": WHAT_HAPPENED}, "href": "#what-happened", "status": COMPLETED},
                {"title": {"text": ABOUT_YOU}, "href": "#about-you", "status": IN_PROGRESS},
                {"title": {"text": YOUR_HOME}, "href": "#your-home", "status": NOT_STARTED},
                {"title": {"text": WHO_LIVES}, "status": CANNOT_START},
            ],
        },
    ),
    Example(
        _l("Every status"),
        _l("A tag for each status that needs action, and plain words for the others."),
        {
            "id_prefix": "statuses",
            "items": [
                {"title": {"text": WHAT_HAPPENED}, "href": "#statuses-happened", "status": COMPLETED},
                {
                    "title": {"text": ABOUT_YOU},
                    "href": "#statuses-you",
                    # Translators: the status of a part of a form that was started and not finished.
                    "status": {"tag": {"text": _l("Incomplete")}},
                },
                {"title": {"text": YOUR_HOME}, "href": "#statuses-home", "status": IN_PROGRESS},
                {
                    "title": {"text": WHO_LIVES},
                    "href": "#statuses-household",
                    "status": {"tag": {"text": _l("There is a problem"), "color": "red"}},
                },
                {"title": {"text": WHAT_YOU_NEED}, "href": "#statuses-need", "status": NOT_STARTED},
                {"title": {"text": HOW_WE_PAY}, "status": {"text": _l("Not needed")}},
                {"title": {"text": CONTACT}, "status": CANNOT_START},
            ],
        },
    ),
    Example(
        _l("With hints"),
        _l("A short note under a task's name. Screen readers say it after the link, then the status."),
        {
            "id_prefix": "hints",
            "items": [
                {
                    "title": {"text": YOUR_HOME},
                    "href": "#hints-home",
                    "hint": {"text": _l("You need a photo of each room that was damaged.")},
                    "status": NOT_STARTED,
                },
                {
                    "title": {"text": HOW_WE_PAY},
                    "href": "#hints-pay",
                    "hint": {
                        "html": LazyHtml(
                            lambda: Markup("<strong>{}</strong>").format(
                                _l("Have your bank account number ready.")
                            )
                        )
                    },
                    "status": COMPLETED,
                },
            ],
        },
    ),
    Example(
        _l("Cannot start yet"),
        _l("Tasks that wait for others: their names are not links, and their status is gray."),
        {
            "id_prefix": "waiting",
            "items": [
                {"title": {"text": WHAT_HAPPENED}, "href": "#waiting-happened", "status": NOT_STARTED},
                {
                    "title": {"text": ABOUT_YOU},
                    "hint": {"text": _l("Tell us what happened first.")},
                    "status": CANNOT_START,
                },
                {"title": {"text": YOUR_HOME}, "status": CANNOT_START},
            ],
        },
    ),
    Example(
        _l("No items"),
        _l("When there is nothing to list, a message says so in place of an empty list."),
        {"items": []},
    ),
]
