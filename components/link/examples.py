"""Examples of the link component."""

from markupsafe import Markup

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("Link")
SUMMARY = _l("A link that tells people when it goes to another website or downloads a file.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use a link to take people to another page or a file. Use the external variant for another website "
    "and the download variant for a file."
)
WHEN_NOT_TO_USE = _l(
    "To do something, such as send a form, use a button. Avoid opening a new tab, except where leaving "
    "the page would lose the person's work."
)
ACCESSIBILITY_NOTES = _l(
    'Check that each link\'s words make sense out of context: not "here" or "more". Links to other '
    "websites and new tabs get an icon and hidden words for screen readers. For a file, give its type "
    "and size. Test with a screen reader that the hidden words are read out."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A link like any other, underlined."),
        {"text": _l("Find out if you can get help"), "href": "#can-you-get-help"},
    ),
    Example(
        _l("Another website"),
        _l('A link to another website. Screen readers say "(opens another website)" after it.'),
        {
            "variant": "external",
            "text": _l("Find benefits on USA.gov"),
            "href": "https://www.usa.gov/benefits",
        },
    ),
    Example(
        _l("Another website in a new tab"),
        _l("A link to another website that opens a new tab. Screen readers say so after it."),
        {
            "variant": "external",
            "new_tab": True,
            "text": _l("Check the weather where you live"),
            "href": "https://www.weather.gov/",
        },
    ),
    Example(
        _l("New tab"),
        _l(
            "Help in the middle of a form opens a new tab, so people do not lose their answers. "
            "Use a new tab only for cases like this."
        ),
        {"new_tab": True, "text": _l("Help with this question"), "href": "#help-with-this-question"},
    ),
    Example(
        _l("Download"),
        _l("A link to a file, with its type and size after the words."),
        {
            "variant": "download",
            "text": _l("Application for benefits"),
            "href": "#application-for-benefits",
            "file_type": _l("PDF"),
            # Translators: the size of a file, written as your language writes it, such as "2 Mo".
            "file_size": _l("2 MB"),
        },
    ),
    Example(
        _l("Download with a file name"),
        _l("The browser saves the file under this name rather than opening it."),
        {
            "variant": "download",
            "text": _l("Your benefit letter"),
            "href": "#benefit-letter",
            "file_type": _l("PDF"),
            # Translators: the size of a file, written as your language writes it, such as "150 Ko".
            "file_size": _l("150 KB"),
            "download_attribute": "benefit-letter.pdf",
        },
    ),
    Example(
        _l("File type only"),
        _l("A link to a file whose size is not known."),
        {
            "variant": "download",
            "text": _l("Office addresses and hours"),
            "href": "#office-addresses",
            # Translators: a type of file, such as a table that opens in Excel.
            "file_type": _l("Spreadsheet"),
        },
    ),
    Example(
        _l("In another language"),
        _l("A link to a page in Spanish. The words are marked as Spanish, so screen readers say them right."),
        {
            "variant": "external",
            # The name of a page in Spanish: the same in every language.
            "html": Markup('<span lang="es">USAGov en Español</span>'),
            "href": "https://www.usa.gov/es/",
            "attributes": {"hreflang": "es"},
        },
    ),
]
