"""Examples of the US government banner."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("US government banner")
SUMMARY = _l("Shows people that the website is an official site of the US government.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use the banner at the very top of every page of a .gov or .mil website. It shows people the site is "
    "official."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it on a site that the US government does not run. For urgent news about your service, "
    "use the site alert instead."
)
ACCESSIBILITY_NOTES = _l(
    "The \"Here's how you know\" part is the browser's own details element. It opens with a keyboard and "
    "works without JavaScript. Its words are the standard federal words, in all 12 languages: do not "
    "change them. Check that it comes before the header on every page."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Goes at the top of every page of a .gov website. Open it to learn how to spot a real one."),
        {},
    ),
]
