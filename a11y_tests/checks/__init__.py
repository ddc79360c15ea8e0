"""Browser checks beyond axe: what a rule engine reading the DOM cannot see.

Each check runs on the page open in a Selenium Chrome driver, on any site, and returns
``list[Violation]`` (``source="frontdoor"``). A check may reload the page or change emulation, but
leaves the driver as it found it: no device metrics, emulated media or disabled scripts. The scripts
they run in the page are plain JavaScript files in ``a11y_tests/js/``.

``BROWSER_CHECKS`` maps each check's name to the check, for those that need only the driver. The
no-JavaScript check loads a URL itself, so it is called on its own:
``check_without_javascript(driver, url)``. ``page_title`` returns a page's title, so a runner can
check titles differ across a site. Which rules each check reports, and the WCAG 2.2 criteria they
fail: ``a11y_tests.wcag.RULES`` (``python -m a11y_tests.wcag`` prints them as a table).

Every check but forced colours and reduced motion looks inside the page's frames too, nested and
cross-origin ones (``FRAME_WORK`` says what each does there); ``frame_coverage(driver)`` gives, for
each check's latest run in that browser, the frames it checked and those it could not enter, with why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from a11y_tests.checks._frames import FrameCoverage, frame_coverage
from a11y_tests.checks.basics import check_page_basics, page_title
from a11y_tests.checks.keyboard import check_keyboard
from a11y_tests.checks.modes import check_forced_colors, check_reduced_motion
from a11y_tests.checks.no_javascript import check_without_javascript
from a11y_tests.checks.reflow import check_reflow, check_text_spacing
from a11y_tests.results import FRAME_WORK, Violation

BROWSER_CHECKS: dict[str, Callable[[Any], list[Violation]]] = {
    "keyboard": check_keyboard,
    "reflow": check_reflow,
    "text-spacing": check_text_spacing,
    "forced-colors": check_forced_colors,
    "reduced-motion": check_reduced_motion,
    "page-basics": check_page_basics,
}

__all__ = [
    "BROWSER_CHECKS",
    "FRAME_WORK",
    "FrameCoverage",
    "check_forced_colors",
    "check_keyboard",
    "check_page_basics",
    "check_reduced_motion",
    "check_reflow",
    "check_text_spacing",
    "check_without_javascript",
    "frame_coverage",
    "page_title",
]
