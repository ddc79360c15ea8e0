"""Display modes people choose: forced colours (Windows high contrast) and reduced motion.

- ``forced-colors-boundary`` (tagged WCAG 1.4.11 Non-text Contrast, AA): in forced colours mode the
  browser replaces backgrounds and box shadows with system colours, so a button, field or button-like
  link drawn only with a background colour loses its outline. We report such controls with no border
  and no outline while forced colours are on.
- ``forced-colors-focus`` (tagged WCAG 2.4.7 Focus Visible, AA): a focus indicator drawn only with
  ``box-shadow`` or a background colour disappears in forced colours mode. We focus each control with
  forced colours on and report those whose focus is visible in the author's colours (measured with
  ``forced-color-adjust: none``) but not in forced colours. Elements with no focus indicator at all
  are the keyboard check's business. Each control is focused by script right after a key press,
  which Chromium treats like keyboard focus (``:focus-visible`` matches; we skip any element where
  it does not).
- ``reduced-motion`` (WCAG 2.3.3 Animation from Interactions is level AAA, so this is tagged
  best-practice as well): with ``prefers-reduced-motion: reduce`` nothing should still move. We
  report running animations and elements with animations or movement transitions longer than
  0.01 s. Transitions of colour or opacity are not motion and are left alone. An endless animation
  may also fail 2.2.2 Pause, Stop, Hide (level A) if there is no way to stop it; we cannot tell that.

Chromium's emulation of ``forced-colors: active`` (``Emulation.setEmulatedMedia``) really applies
forced colours, not just the media query: computed backgrounds become the system colour, box
shadows become ``none`` and border colours are forced. That is what the checks rely on.
"""

from __future__ import annotations

from typing import Any

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from a11y_tests.checks._common import run_js, violation
from a11y_tests.checks._focus import FOCUS_HELPERS_JS, indicator_changes
from a11y_tests.results import FailingNode, Violation

FORCED_COLORS = [{"name": "forced-colors", "value": "active"}]
REDUCED_MOTION = [{"name": "prefers-reduced-motion", "value": "reduce"}]
MAX_REPORTED = 15

# Controls whose shape must stay visible. Native-looking check boxes, radios and the like are drawn by
# the browser in system colours, so only those with ``appearance: none`` need a border of their own.
# Argument 0: the indexes of button-like links, found before forced colours flattened backgrounds.
_BOUNDARY_JS = r"""
const buttonLike = new Set(arguments[0]);
const NATIVE_DRAWN = ['checkbox', 'radio', 'range', 'color', 'file', 'image', 'hidden'];
const bordered = (cs) => ['Top', 'Right', 'Bottom', 'Left'].some((side) => {
  const style = cs[`border${side}Style`];
  return style !== 'none' && style !== 'hidden' && parseFloat(cs[`border${side}Width`]) > 0;
});
const outlined = (cs) => cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0
  && !fdTransparent(cs.outlineColor);
const linkIndex = new Map(Array.from(document.querySelectorAll('a[href]'), (link, i) => [link, i]));
const nodes = [];
for (const el of document.querySelectorAll('button, input, select, textarea, [role="button"], a[href]')) {
  if (!fdShown(el)) continue;
  const cs = getComputedStyle(el);
  if (el.localName === 'input' && NATIVE_DRAWN.includes(el.type) && cs.appearance !== 'none') continue;
  let kind = el.localName;
  if (el.localName === 'a') {
    if (el.getAttribute('role') !== 'button' && !buttonLike.has(linkIndex.get(el))) continue;
    kind = 'button-like link';
  } else if (el.getAttribute('role') === 'button') {
    kind = 'button';
  }
  if (bordered(cs) || outlined(cs)) continue;
  nodes.push(fdNode(el, `In forced colours this ${kind} has no border or outline, so its shape disappears`));
}
return nodes;
"""

# Run before forced colours are on: the indexes (among a[href]) of links painted like buttons, with a
# background colour of their own and some padding.
_BUTTON_LIKE_LINKS_JS = r"""
const found = [];
document.querySelectorAll('a[href]').forEach((el, index) => {
  const cs = getComputedStyle(el);
  if (fdTransparent(cs.backgroundColor) || cs.display === 'inline') return;
  if (parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) < 8) return;
  found.push(index);
});
return found;
"""

# Focus each candidate by script (after a key press, so it matches :focus-visible as after Tab) and
# measure its look focused and not, as shown in forced colours and as drawn by the author (forced colours
# undone with forced-color-adjust: none).
_FOCUS_LOOKS_JS = r"""
const calm = fdCalmSheet();
const author = new CSSStyleSheet();
author.replaceSync('*, *::before, *::after { forced-color-adjust: none !important; }');
author.disabled = true;
document.adoptedStyleSheets = [...document.adoptedStyleSheets, calm, author];
const scroll = [window.scrollX, window.scrollY];
const blur = () => {
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
};
const candidates = fdCandidates().filter((c) => c.el.localName !== 'iframe').map((c) => c.el);
const measure = () => {
  blur();
  const base = candidates.map(fdLook);
  const focused = candidates.map((el) => {
    el.focus({preventScroll: true});
    return document.activeElement === el && el.matches(':focus-visible') ? fdLook(el) : null;
  });
  blur();
  return {base: base, focused: focused};
};
try {
  const shown = measure();
  author.disabled = false;
  const drawn = measure();
  return candidates.map((el, i) => Object.assign(fdNode(el, ''), {
    shown: shown.focused[i] && {focused: shown.focused[i], base: shown.base[i]},
    drawn: drawn.focused[i] && {focused: drawn.focused[i], base: drawn.base[i]},
  }));
} finally {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== calm && s !== author);
  blur();
  window.scrollTo(scroll[0], scroll[1]);
}
"""

_MOTION_JS = r"""
const AFTER = ' although reduced motion is asked for';
const nodes = [];
const reported = new Set();
for (const animation of document.getAnimations()) {
  const effect = animation.effect;
  const target = effect && effect.target;
  if (!target || reported.has(target) || ['finished', 'idle'].includes(animation.playState)) continue;
  const timing = effect.getComputedTiming();
  if (!(timing.activeDuration > 10)) continue;
  const name = animation.animationName || animation.transitionProperty || 'script animation';
  const active = timing.activeDuration;
  const length = active === Infinity ? 'forever' : `for ${Math.round(active)}ms`;
  reported.add(target);
  nodes.push(fdNode(target, `"${name}" is ${animation.playState} ${length}${AFTER}`));
}
const MOVES = new RegExp('^(all|transform|translate|rotate|scale|top|right|bottom|left|inset.*|margin.*'
  + '|width|height|max-height|max-width|offset.*)$');
const seconds = (list) => list.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1));
for (const el of document.querySelectorAll('*')) {
  if (reported.has(el)) continue;
  const cs = getComputedStyle(el);
  if (cs.animationName !== 'none') {
    const longest = Math.max(...seconds(cs.animationDuration));
    if (longest > 0.01 && cs.display !== 'none') {
      reported.add(el);
      nodes.push(fdNode(el, `animation "${cs.animationName}" lasts ${longest}s${AFTER}`));
      continue;
    }
  }
  if (cs.transitionProperty === 'none' || cs.transitionDuration === '0s') continue;
  const props = cs.transitionProperty.split(',').map((p) => p.trim());
  const durations = seconds(cs.transitionDuration);
  const moving = props.filter((p, i) => MOVES.test(p) && durations[i % durations.length] > 0.01);
  if (moving.length && fdShown(el)) {
    reported.add(el);
    nodes.push(fdNode(el, `transition of ${moving.join(', ')} lasts over 0.01s${AFTER}`));
  }
}
return nodes;
"""


def _set_media(driver: Any, features: list[dict[str, str]]) -> None:
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": features})


def check_forced_colors(driver: Any) -> list[Violation]:
    """Emulate forced colours and report controls that lose their shape or their focus indicator."""
    button_like = run_js(driver, _BUTTON_LIKE_LINKS_JS)
    _set_media(driver, FORCED_COLORS)
    try:
        boundary = run_js(driver, _BOUNDARY_JS, button_like)
        # A key press first: Chromium then treats script focus like keyboard focus (:focus-visible).
        ActionChains(driver).send_keys(Keys.SHIFT).perform()
        looks = run_js(driver, FOCUS_HELPERS_JS + _FOCUS_LOOKS_JS)
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
                "non-text-contrast",
                ("wcag21aa", "wcag1411"),
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
                "focus-visible",
                ("wcag2aa", "wcag247"),
                lost_focus[:MAX_REPORTED],
            )
        )
    return found


def check_reduced_motion(driver: Any) -> list[Violation]:
    """Reload with ``prefers-reduced-motion: reduce`` and report what still animates (2.3.3, AAA)."""
    _set_media(driver, REDUCED_MOTION)
    try:
        driver.refresh()
        nodes = run_js(driver, _MOTION_JS)
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
            "animation-from-interactions",
            ("best-practice", "wcag21aaa", "wcag233"),
            nodes[:MAX_REPORTED],
        )
    ]
