"""Display modes people choose: forced colours (Windows high contrast) and reduced motion.

- ``forced-colors-boundary``: in forced colours mode the browser replaces backgrounds and box shadows
  with system colours, so a button, field or button-like link drawn only with a background colour loses
  its outline. We report such controls with no border and no outline while forced colours are on.
- ``forced-colors-focus``: a focus indicator drawn only with ``box-shadow`` or a background colour
  disappears in forced colours mode. We focus each control with forced colours on and report those whose
  focus is visible in the author's colours (measured with ``forced-color-adjust: none``) but not in
  forced colours. Elements with no focus indicator at all are the keyboard check's business. Each control
  is focused by script right after a key press, which Chromium treats like keyboard focus
  (``:focus-visible`` matches; we skip any element where it does not).
- ``reduced-motion`` (a best practice: its criterion, 2.3.3, is level AAA): with
  ``prefers-reduced-motion: reduce`` nothing should still move. We report running animations and elements
  with animations or movement transitions longer than 0.01 s. Transitions of colour or opacity are not
  motion and are left alone. An endless animation may also fail 2.2.2 Pause, Stop, Hide (level A) if
  there is no way to stop it; we cannot tell that.

Chromium's emulation of ``forced-colors: active`` (``Emulation.setEmulatedMedia``) really applies
forced colours, not just the media query: computed backgrounds become the system colour, box
shadows become ``none`` and border colours are forced. That is what the checks rely on. The page
scripts are in ``a11y_tests/js/modes.js`` (with ``a11y_tests/js/focus.js``).
"""

from __future__ import annotations

from typing import Any

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from a11y_tests.checks._common import violation
from a11y_tests.checks._focus import indicator_changes
from a11y_tests.page_scripts import page_script
from a11y_tests.results import FailingNode, Violation

FORCED_COLORS = [{"name": "forced-colors", "value": "active"}]
REDUCED_MOTION = [{"name": "prefers-reduced-motion", "value": "reduce"}]
MAX_REPORTED = 15


def _set_media(driver: Any, features: list[dict[str, str]]) -> None:
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": features})


def check_forced_colors(driver: Any) -> list[Violation]:
    """Emulate forced colours and report controls that lose their shape or their focus indicator."""
    button_like = driver.execute_script(page_script("fdButtonLikeLinks", "modes"))
    _set_media(driver, FORCED_COLORS)
    try:
        boundary = driver.execute_script(page_script("fdBoundaries", "modes"), button_like)
        # A key press first: Chromium then treats script focus like keyboard focus (:focus-visible).
        ActionChains(driver).send_keys(Keys.SHIFT).perform()
        looks = driver.execute_script(page_script("fdFocusLooks", "focus", "modes"))
    finally:
        _set_media(driver, [])
    lost_focus: list[FailingNode] = []
    for item in looks:
        if not item["shown"] or not item["drawn"]:
            continue
        drawn = indicator_changes(item["drawn"]["focused"], item["drawn"]["base"])
        shown_by = ", ".join(sorted(set(drawn)))
        if drawn and not indicator_changes(item["shown"]["focused"], item["shown"]["base"], forced=True):
            lost_focus.append(
                FailingNode(
                    target=item["target"],
                    html=item["html"],
                    summary=f"Focus is shown only by {shown_by}, which forced colours remove",
                )
            )
    found = []
    if boundary:
        found.append(
            violation(
                "forced-colors-boundary",
                "serious",
                "In forced colours (high contrast) mode these controls have no visible edge, "
                "because they rely on a background colour that the mode removes.",
                boundary[:MAX_REPORTED],
            )
        )
    if lost_focus:
        found.append(
            violation(
                "forced-colors-focus",
                "serious",
                "In forced colours (high contrast) mode these elements show no focus indicator, "
                "because it is drawn with a shadow or colour that the mode removes.",
                lost_focus[:MAX_REPORTED],
            )
        )
    return found


def check_reduced_motion(driver: Any) -> list[Violation]:
    """Reload with ``prefers-reduced-motion: reduce`` and report what still animates (2.3.3, AAA)."""
    _set_media(driver, REDUCED_MOTION)
    try:
        driver.refresh()
        nodes = driver.execute_script(page_script("fdMotion", "modes"))
    finally:
        _set_media(driver, [])
    if not nodes:
        return []
    return [
        violation(
            "reduced-motion",
            "moderate",
            "Things still move on the page when the reader has asked for reduced motion "
            "(WCAG 2.3.3 at level AAA; a best practice for everyone).",
            nodes[:MAX_REPORTED],
        )
    ]
