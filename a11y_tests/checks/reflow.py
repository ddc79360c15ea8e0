"""Reflow and text spacing: does the page still work in a narrow window, and with wider text?

- ``reflow`` (WCAG 1.4.10 Reflow, AA): at 320 CSS px wide (what 1280 px looks like at 400 % zoom) the page
  must not scroll sideways. We narrow the window with the DevTools protocol, without a reload (as
  zooming in does: styles and layout follow the new width), and name the widest elements that pass
  the window's edge (the left edge in right-to-left pages). Boxes inside a container that scrolls or
  clips sideways (a wide data table in a scrolling wrapper) are allowed.
- ``text-spacing`` (WCAG 1.4.12 Text Spacing, AA): with line height 1.5, letter spacing 0.12em, word
  spacing 0.16em and 2em after paragraphs, no text may be cut off. We add that spacing through a
  constructed style sheet (``document.adoptedStyleSheets``, which a strict Content Security Policy
  allows) and report boxes that hide or clip their overflow and now cut text off that they did not
  before.
"""

from __future__ import annotations

import time
from typing import Any

from a11y_tests.checks._common import run_js, violation
from a11y_tests.results import Violation

MAX_REPORTED = 10

_REFLOW_JS = r"""
const doc = document.documentElement;
const body = document.body;
const viewWidth = doc.clientWidth;
const pageWidth = Math.max(doc.scrollWidth, body ? body.scrollWidth : 0);
if (!body || pageWidth <= window.innerWidth + 1) {
  return {pageWidth: pageWidth, viewWidth: viewWidth, nodes: []};
}
const rtl = getComputedStyle(body).direction === 'rtl';
const boxes = [];
const contents = [];
const visit = (el) => {
  const cs = getComputedStyle(el);
  if (cs.display === 'none' || cs.position === 'fixed') return;
  const rect = el.getBoundingClientRect();
  const left = rect.left + window.scrollX;
  const right = rect.right + window.scrollX;
  const passes = rtl ? left < -1 : right > viewWidth + 1;
  if (passes && rect.width > 0 && rect.height > 0 && cs.visibility !== 'hidden') {
    boxes.push({el: el, width: rect.width, edge: rtl ? left : right});
    return;
  }
  const clipsSideways = cs.overflowX !== 'visible' && el !== body;
  if (clipsSideways) return;
  if (el.scrollWidth > el.clientWidth + 1) {
    const reach = rtl ? right - el.scrollWidth : left + el.scrollWidth;
    if (rtl ? reach < -1 : reach > viewWidth + 1) contents.push({el: el, width: el.scrollWidth, edge: reach});
  }
  for (const child of el.children) visit(child);
};
visit(body);
let found = boxes;
if (!found.length) {
  // Nothing is too wide itself: some content overflows its box (a long word, say). Name the innermost.
  found = contents.filter((c) => !contents.some((o) => o !== c && c.el.contains(o.el)));
}
found.sort((a, b) => b.width - a.width);
const side = rtl ? 'left' : 'right';
const nodes = found.slice(0, arguments[0]).map((f) => {
  const how = boxes.length
    ? `${Math.round(f.width)}px wide, it reaches ${Math.round(f.edge)}px`
    : `its content reaches ${Math.round(f.edge)}px`;
  return fdNode(f.el, `${how}, past the ${side} edge of a ${viewWidth}px window`);
});
if (!nodes.length) nodes.push(fdNode(doc, `The page is ${pageWidth}px wide in a ${viewWidth}px window`));
return {pageWidth: pageWidth, viewWidth: viewWidth, nodes: nodes};
"""

_TEXT_SPACING_JS = r"""
const clipsX = (cs) => cs.overflowX === 'hidden' || cs.overflowX === 'clip';
const clipsY = (cs) => cs.overflowY === 'hidden' || cs.overflowY === 'clip';
const watched = [];
for (const el of document.body ? document.body.querySelectorAll('*') : []) {
  const cs = getComputedStyle(el);
  const x = clipsX(cs), y = clipsY(cs);
  if ((!x && !y) || !el.textContent.trim() || !fdShown(el)) continue;
  watched.push({el: el, x: x, y: y, wasX: el.scrollWidth > el.clientWidth + 1,
                wasY: el.scrollHeight > el.clientHeight + 1});
}
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  '*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; '
  + 'word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
const nodes = [];
try {
  for (const w of watched) {
    const el = w.el;
    const cutY = w.y && !w.wasY && el.scrollHeight > el.clientHeight + 1;
    const cutX = w.x && !w.wasX && el.scrollWidth > el.clientWidth + 1;
    if (!cutY && !cutX) continue;
    const how = cutY
      ? `${el.scrollHeight - el.clientHeight}px of text cut off at the bottom (box ${el.clientHeight}px high)`
      : `${el.scrollWidth - el.clientWidth}px of text cut off at the side (box ${el.clientWidth}px wide)`;
    nodes.push(fdNode(el, `With WCAG text spacing, ${how}`));
  }
} finally {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}
return nodes;
"""


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
    try:
        _wait_for_width(driver, width)
        result = run_js(driver, _REFLOW_JS, MAX_REPORTED)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        _wait_for_width(driver, width_before)
    if not result["nodes"]:
        return []
    return [
        violation(
            "reflow",
            "serious",
            f"At {width} CSS pixels wide the page scrolls sideways ({result['pageWidth']}px of content), "
            "so people who zoom in must scroll in two directions to read it.",
            "reflow",
            ("wcag21aa", "wcag1410"),
            result["nodes"],
        )
    ]


def _wait_for_width(driver: Any, width: int, timeout: float = 2.0) -> None:
    """Wait until the page has been laid out at ``width``: the renderer applies a resize a moment later."""
    deadline = time.monotonic() + timeout
    while driver.execute_script("return window.innerWidth") != width and time.monotonic() < deadline:
        time.sleep(0.01)


def check_text_spacing(driver: Any) -> list[Violation]:
    """Apply WCAG 1.4.12's text spacing to the page and report text that is then cut off."""
    nodes = run_js(driver, _TEXT_SPACING_JS)
    if not nodes:
        return []
    return [
        violation(
            "text-spacing",
            "serious",
            "Text is cut off when a reader increases line, letter, word and paragraph spacing.",
            "text-spacing",
            ("wcag21aa", "wcag1412"),
            nodes[:MAX_REPORTED],
        )
    ]
