"""Examples of the language selector component."""

from components.base import Example
from i18n import lazy_gettext as _l
from i18n.locales import LOCALES


def _languages(current: str) -> list[dict[str, object]]:
    # Endonyms are not wrapped in _l(): a language's own name is the same on every page, in every locale.
    return [
        {
            "code": info.code,
            "name": info.endonym,
            "href": f"#{info.code.lower()}",
            "current": info.code == current,
        }
        for info in LOCALES.values()
    ]


TITLE = _l("Language selector")
SUMMARY = _l("Lets people read the page in their own language. Each language is named in that language.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use the language selector when your service is offered in more than one language. Use the toggle "
    "for two languages and the list for more."
)
WHEN_NOT_TO_USE = _l(
    "Do not list a language that the page is not offered in. Do not use it to change the language of one "
    "part of a page."
)
ACCESSIBILITY_NOTES = _l(
    "Each language is named in its own language and marked with its code. The list is the browser's own "
    "details element: it opens with a keyboard, without JavaScript. Check that each link goes to the "
    "same page in that language. Test with a screen reader that each name is said in its own language."
)

# Every landmark on a page needs its own name, and these pages already have a language selector
# (labelled "Language"), so each example has its own label.
EXAMPLES = [
    Example(
        _l("List"),
        _l("Many languages. It opens a list of links, and works without JavaScript."),
        {"label": _l("Language list example"), "languages": _languages("en")},
    ),
    Example(
        _l("Toggle"),
        _l("Two languages: one link to the other language."),
        {
            "variant": "toggle",
            "label": _l("Language toggle example"),
            "languages": [
                # Endonyms: the same in every locale, so not translated.
                {"code": "en", "name": "English", "href": "#en", "current": True},
                {"code": "es", "name": "Español", "href": "#es"},
            ],
        },
    ),
    Example(
        _l("Right-to-left language"),
        _l("Arabic is the current language. On an Arabic page, the list runs from right to left."),
        {"label": _l("Language list example, Arabic page"), "languages": _languages("ar")},
    ),
]
