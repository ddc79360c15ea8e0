"""Examples of the US government banner."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("US government banner")
SUMMARY = _l("Shows people that the website is an official site of the US government.")

EXAMPLES = [
    Example(
        _l("Default"),
        _l("Goes at the top of every page of a .gov website. Open it to learn how to spot a real one."),
        {},
    ),
]
