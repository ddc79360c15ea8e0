"""Examples of the icon list component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Icon list")
SUMMARY = _l("A list with an icon before each item, such as what to bring and what not to bring.")
STATUS = "experimental"
WHEN_TO_USE = _l("Use an icon list to make a short list easy to scan, such as what to bring.")
WHEN_NOT_TO_USE = _l(
    "Do not let the icons carry the meaning alone. For steps in order, use the process list."
)
ACCESSIBILITY_NOTES = _l(
    "Screen readers skip the icons, so the words must say what each item means. If an icon adds meaning, "
    'such as a cross for "not allowed", give the item hidden words. Check that each icon means the same '
    "thing across the service."
)

_TITLE_THEN_LINK = '<strong>{}</strong><br><a class="fd-link" href="#contact-form">{}</a>'

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Every item has a check. The icons are all the same, so they add no meaning of their own."),
        {
            "items": [
                {"text": _l("Your Social Security number")},
                {"text": _l("A photo ID, such as a driver's license")},
                {"text": _l("Your bank account and routing numbers")},
            ]
        },
    ),
    Example(
        _l("Meaning in the words"),
        _l("Checks and crosses, with words that say what each one means."),
        {
            "items": [
                {"text": _l("You can bring water in a clear bottle.")},
                {"text": _l("You can bring a small bag.")},
                {"text": _l("You cannot bring knives or tools."), "icon": "close"},
            ]
        },
    ),
    Example(
        _l("Hidden words"),
        _l(
            "The words alone do not say what the icon means. "
            'So screen readers hear "Allowed:" or "Not allowed:" first.'
        ),
        {
            "items": [
                {"text": _l("Water in a clear bottle"), "prefix_text": _l("Allowed:")},
                {"text": _l("Small bags"), "prefix_text": _l("Allowed:")},
                {"text": _l("Knives and tools"), "icon": "close", "prefix_text": _l("Not allowed:")},
            ]
        },
    ),
    Example(
        _l("Information and warnings"),
        _l('Facts to know, and a warning. Screen readers hear "Warning:" before it.'),
        {
            "icon": "info",
            "items": [
                {"text": _l("Offices are closed on federal holidays.")},
                {"text": _l("Most visits take about 30 minutes.")},
                {
                    "text": _l("If you miss your visit, you have to apply again."),
                    "icon": "warning",
                    "prefix_text": _l("Warning:"),
                },
            ],
        },
    ),
    Example(
        _l("Next steps"),
        _l("Arrows for what happens next. They point the other way in right-to-left languages."),
        {
            "icon": "arrow",
            "items": [
                {"text": _l("We check your application.")},
                {"text": _l("We send you a letter within 30 days.")},
                {"text": _l("If we need more from you, the letter says what to send.")},
            ],
        },
    ),
    Example(
        _l("HTML content"),
        _l("Items with a bold title, more than one line and a link."),
        {
            "icon": "info",
            "items": [
                {
                    "html": LazyHtml(
                        lambda: Markup("<strong>{}</strong><br>{}").format(
                            _l("By phone"), _l("Call 1-800-555-0100 on weekdays.")
                        )
                    )
                },
                {
                    "html": LazyHtml(
                        lambda: Markup(_TITLE_THEN_LINK).format(_l("Online"), _l("Send us a message"))
                    )
                },
            ],
        },
    ),
]
