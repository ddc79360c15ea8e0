"""Examples of the tabs component.

The lazy strings in the HTML are made text (``str``) before ``Markup.format`` escapes them, so that an
apostrophe in a translation is escaped once.
"""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Tabs")
SUMMARY = _l("Puts related content in panels and shows one at a time, chosen from a row of tabs.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use tabs to switch between a few views of the same thing, such as a rule for each state. People "
    "should need only one of them at a time."
)
WHEN_NOT_TO_USE = _l(
    "Do not use tabs for steps in order: use the step indicator or a task list. If people need to "
    "compare panels, show them on the page. For many sections, use an accordion."
)
ACCESSIBILITY_NOTES = _l(
    "Without JavaScript or on a narrow screen, it is a list of links to headed sections. With JavaScript, "
    "the arrow keys move between tabs and Tab goes into the panel. Keep tab names short and clear. Test "
    "with a screen reader that it says which tab is chosen and how many there are."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l(
            "On a wide screen, select a tab or use the arrow keys. "
            "On a narrow screen or without JavaScript, it is a list of links to headed sections."
        ),
        {
            "id": "tabs-default",
            "items": [
                {
                    "id": "apply-online",
                    "label": _l("Apply online"),
                    "text": _l("It takes about 20 minutes. You can save your answers and come back."),
                },
                {
                    "id": "apply-by-mail",
                    "label": _l("Mail"),
                    "html": LazyHtml(
                        lambda: Markup('<ol class="fd-body"><li>{}</li><li>{}</li><li>{}</li></ol>').format(
                            str(_l("Print the form.")),
                            str(_l("Fill it in and sign it.")),
                            str(_l("Mail it to the address on the form.")),
                        )
                    ),
                },
                {
                    "id": "apply-in-person",
                    "label": _l("Help centers"),
                    "text": _l("Five help centers are open 7 days a week. Bring a photo ID."),
                },
            ],
        },
    ),
    Example(
        _l("Headings hidden as tabs"),
        _l("Each heading only repeats its tab, so it is hidden from view when the panels are tabs."),
        {
            "id": "tabs-hidden-headings",
            "hide_headings": True,
            "items": [
                {
                    "id": "food-benefits",
                    "label": _l("Food benefits"),
                    "text": _l("Get money each month to buy food for your family."),
                },
                {
                    "id": "power-bills",
                    "label": _l("Help with power bills"),
                    "text": _l("Get help paying for heat and power in winter."),
                },
            ],
        },
    ),
    Example(
        _l("Level 3 headings"),
        _l("The heading level fits the page: here it is under a level 2 heading."),
        {
            "id": "tabs-level-3",
            "title_text": _l("How to apply"),
            "heading_level": 3,
            "items": [
                {
                    "id": "check-first",
                    "label": _l("Check if you can get help"),
                    "text": _l("Answer a few questions about your home and your income. It takes 5 minutes."),
                },
                {
                    "id": "fill-in-the-form",
                    "label": _l("Fill in the form"),
                    "text": _l("Tell us about the people who live with you and what you earn."),
                },
            ],
        },
    ),
]
