"""Reflow and text spacing: does the page still work in a narrow window, and with wider text?

- ``reflow``: at 320 CSS px wide (what 1280 px looks like at 400 % zoom) the page must not scroll
  sideways. We narrow the window with the DevTools protocol, without a reload (as
  zooming in does: styles and layout follow the new width), and name the widest elements that pass
  the window's edge (the left edge in right-to-left pages). Boxes inside a container that scrolls or
  clips sideways (a wide data table in a scrolling wrapper) are allowed.
- ``text-spacing``: with line height 1.5, letter spacing 0.12em, word
  spacing 0.16em and 2em after paragraphs, no text may be cut off. We add that spacing through a
  constructed style sheet (``document.adoptedStyleSheets``, which a strict Content Security Policy
  allows) and report boxes that hide or clip their overflow and now cut text off that they did not
  before.

Both look inside every frame too (``a11y_tests.checks._frames``), nested and cross-origin ones: a
framed document that scrolls sideways inside its frame at that width, or text cut off in it, is
reported with its frame path. A frame that cannot be entered is recorded in the check's frame
coverage.

The page scripts are in ``a11y_tests/js/reflow.js``.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from a11y_tests.checks._common import failing_node, violation
from a11y_tests.checks._frames import FrameCoverage, record, visit_frames
from a11y_tests.page_scripts import page_script
from a11y_tests.results import FailingNode, FramePath, Violation

MAX_REPORTED = 10


def check_reflow(driver: Any, width: int = 320) -> list[Violation]:
    """Narrow the window to ``width`` CSS px and report sideways scrolling, naming the widest culprits.

    The page is not reloaded: a person who zooms in does not reload either. Scripts that lay the page
    out only once, at load, are judged as that person would meet them.
    """
    width_before, height = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": int(height or 1024), "deviceScaleFactor": 0, "mobile": False},
    )
    script = page_script("fdReflow", "reflow")

    def in_frame(path: FramePath, chain: tuple[Any, ...], frame: dict[str, Any]) -> list[FailingNode]:
        found = driver.execute_script(script, MAX_REPORTED)
        return [_in_frame(node, path, "inside this frame") for node in found["nodes"]]

    try:
        _wait_for_width(driver, width)
        result = driver.execute_script(script, MAX_REPORTED)
        framed = visit_frames(driver, record(driver, FrameCoverage("reflow")), in_frame)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        _wait_for_width(driver, width_before)
    nodes = [failing_node(node) for node in result["nodes"]] + [node for nodes in framed for node in nodes]
    if not nodes:
        return []
    wide = f" ({result['pageWidth']}px of content)" if result["nodes"] else ", inside a frame"
    return [
        violation(
            "reflow",
            "serious",
            f"At {width} CSS pixels wide the page scrolls sideways{wide}, "
            "so people who zoom in must scroll in two directions to read it.",
            nodes[: MAX_REPORTED * 2],
        )
    ]


def _in_frame(raw: dict[str, str], path: FramePath, where: str) -> FailingNode:
    node = failing_node(raw)
    return replace(node, summary=f"{node.summary} ({where})", frame=path)


def _wait_for_width(driver: Any, width: int, timeout: float = 2.0) -> None:
    """Wait until the page has been laid out at ``width``: the renderer applies a resize a moment later."""
    deadline = time.monotonic() + timeout
    while driver.execute_script("return window.innerWidth") != width and time.monotonic() < deadline:
        time.sleep(0.01)


def check_text_spacing(driver: Any) -> list[Violation]:
    """Apply WCAG 1.4.12's text spacing to the page and report text that is then cut off."""
    script = page_script("fdTextSpacing", "reflow")
    nodes = [failing_node(node) for node in driver.execute_script(script)]

    def in_frame(path: FramePath, chain: tuple[Any, ...], frame: dict[str, Any]) -> list[FailingNode]:
        return [_in_frame(node, path, "inside this frame") for node in driver.execute_script(script)]

    for framed in visit_frames(driver, record(driver, FrameCoverage("text-spacing")), in_frame):
        nodes += framed
    if not nodes:
        return []
    return [
        violation(
            "text-spacing",
            "serious",
            "Text is cut off when a reader increases line, letter, word and paragraph spacing.",
            nodes[:MAX_REPORTED],
        )
    ]
