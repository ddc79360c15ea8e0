"""Browser checks beyond axe: what a rule engine reading the DOM cannot see.

Each check runs on the page open in a Selenium Chrome driver, on any site, and returns
``list[Violation]`` (``source="frontdoor"``). A check may reload the page or change emulation, but
leaves the driver as it found it: no device metrics, emulated media or disabled scripts.

=================  ==================================  =============================================
name               rules                               WCAG 2.2 success criterion
=================  ==================================  =============================================
keyboard           keyboard-unreachable                2.1.1 Keyboard (A)
                   keyboard-trap                       2.1.2 No Keyboard Trap (A)
                   focus-order                         2.4.3 Focus Order (A)
                   focus-visible                       2.4.7 Focus Visible (AA)
reflow             reflow                              1.4.10 Reflow (AA)
text-spacing       text-spacing                        1.4.12 Text Spacing (AA)
forced-colors      forced-colors-boundary              1.4.11 Non-text Contrast (AA), in forced colours
                   forced-colors-focus                 2.4.7 Focus Visible (AA), in forced colours
reduced-motion     reduced-motion                      2.3.3 Animation from Interactions (AAA);
                                                       tagged best-practice too
page-basics        page-title                          2.4.2 Page Titled (A)
                   html-lang                           3.1.1 Language of Page (A)
                   page-h1, heading-levels             best practice (see 1.3.1)
                   main-landmark, page-landmarks       best practice (see 2.4.1)
(no JavaScript)    no-js-content, no-js-control,       best practice: progressive enhancement
                   no-js-form-submit, no-js-form-error
=================  ==================================  =============================================

``BROWSER_CHECKS`` maps the names above to the checks that need only the driver. The no-JavaScript
check loads a URL itself, so it is called on its own: ``check_without_javascript(driver, url)``.
``page_title`` returns a page's title, so a runner can check titles differ across a site.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from a11y_tests.checks.basics import check_page_basics, page_title
from a11y_tests.checks.keyboard import check_keyboard
from a11y_tests.checks.modes import check_forced_colors, check_reduced_motion
from a11y_tests.checks.no_javascript import check_without_javascript
from a11y_tests.checks.reflow import check_reflow, check_text_spacing
from a11y_tests.results import Violation

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
    "check_forced_colors",
    "check_keyboard",
    "check_page_basics",
    "check_reduced_motion",
    "check_reflow",
    "check_text_spacing",
    "check_without_javascript",
    "page_title",
]
