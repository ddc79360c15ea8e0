"""Load the JavaScript we run in pages (``js/*.js``) and make it a script for Selenium to run.

Each file declares plain functions; a script is the files it needs followed by a call of one of
them with the script's arguments. Needs no Selenium itself.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

HELPERS = "helpers"
"""The file every page script may use (``js/helpers.js``): selectors, visibility, failing nodes."""


@cache
def source(name: str) -> str:
    """The text of ``js/<name>.js``."""
    return files("a11y_tests").joinpath("js", f"{name}.js").read_text(encoding="utf-8")


@cache
def page_script(function: str, *sources: str) -> str:
    """A script for ``execute_script``: ``helpers.js`` and each of ``sources`` (names in ``js/``
    without ``.js``), then a call of ``function`` with the script's arguments, returning its value.

    Selenium runs a script as the body of a function, so the scripts' functions are local to that
    one call. For ``execute_async_script`` the last argument, Selenium's callback, reaches
    ``function`` as its last parameter.
    """
    parts = [source(name) for name in dict.fromkeys((HELPERS, *sources))]
    return "\n".join([*parts, f"return {function}.apply(null, arguments);"])
