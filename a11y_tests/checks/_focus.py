"""Tab through a page with real key presses and record where focus goes and how it looks there.

Used by the keyboard check; the forced-colours check shares the page helpers. One page script
installs listeners and measures every candidate's unfocused look; the Tab presses go in one
``ActionChains`` (one WebDriver round trip for many presses); one more script collects the log.
Nothing is left in the page afterwards.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from a11y_tests.checks._common import JS_HELPERS, run_js

MAX_PRESSES = 400

# Shared page helpers. ``fdLook(el)``: how an element and what may show its focus (its ::before and
# ::after, parent, next sibling and labels) look now: outline, borders, box-shadow, background, colour,
# text decoration. ``fdCandidates()``: what a keyboard user should be able to reach, in page order.
FOCUS_HELPERS_JS = r"""
const fdLooks = (cs) => {
  const out = {};
  const noOutline = cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0
    || fdTransparent(cs.outlineColor);
  out.outline = noOutline
    ? 'none' : `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} ${cs.outlineOffset}`;
  for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
    const style = cs[`border${side}Style`], width = cs[`border${side}Width`];
    out[`border-${side.toLowerCase()}`] = style === 'none' || style === 'hidden' || parseFloat(width) === 0
      ? 'none' : `${style} ${width} ${cs[`border${side}Color`]}`;
  }
  out['box-shadow'] = cs.boxShadow;
  out.background = `${cs.backgroundColor} ${cs.backgroundImage}`;
  out.color = cs.color;
  const decorated = cs.textDecorationLine !== 'none';
  out['text-decoration'] = decorated ? `${cs.textDecorationLine} ${cs.textDecorationThickness}` : 'none';
  out['text-decoration-color'] = decorated ? cs.textDecorationColor : 'none';
  return out;
};
const fdLook = (el) => {
  const list = [['element', el, null], ['element::before', el, '::before'],
                ['element::after', el, '::after']];
  if (el.parentElement) list.push(['parent', el.parentElement, null]);
  if (el.nextElementSibling) list.push(['next sibling', el.nextElementSibling, null]);
  Array.from(el.labels || []).slice(0, 2).forEach((label) => {
    list.push(['label', label, null], ['label::before', label, '::before'],
              ['label::after', label, '::after']);
  });
  const out = {};
  for (const [name, node, pseudo] of list) {
    const cs = getComputedStyle(node, pseudo);
    if (pseudo && (cs.content === 'none' || cs.content === 'normal')) continue;
    const seen = fdLooks(cs);
    if (name === 'element') {
      const r = el.getBoundingClientRect();
      seen.size = `${Math.round(r.width)}x${Math.round(r.height)}`;
      // Drawn fully transparent or squeezed to a pixel: its own outline and borders cannot be seen.
      seen.invisible = cs.opacity === '0' || (r.width <= 1 && r.height <= 1) ? 'yes' : 'no';
    }
    out[name] = seen;
  }
  return out;
};
const fdCandidates = () => {
  const NATIVE = 'a[href], button, input, select, textarea, iframe, summary, audio[controls], '
    + 'video[controls], [contenteditable]:not([contenteditable="false"])';
  const COMPOSITE = ['tablist', 'toolbar', 'menu', 'menubar', 'listbox', 'grid', 'tree', 'treegrid',
                     'radiogroup']
    .map((role) => `[role="${role}"]`).join(', ');
  const found = [];
  for (const el of document.querySelectorAll(NATIVE + ', [tabindex]')) {
    if (el.matches(':disabled') || (el.localName === 'input' && el.type === 'hidden')) continue;
    const native = el.matches(NATIVE);
    const raw = el.getAttribute('tabindex');
    const tabindex = raw === null || raw.trim() === '' || isNaN(parseInt(raw, 10)) ? null : parseInt(raw, 10);
    if (!native && (tabindex === null || tabindex < 0)) continue;
    if (native && tabindex !== null && tabindex < 0 && el.closest('[aria-hidden="true"]')) continue;
    if (el.localName === 'summary') {
      const details = el.parentElement;
      const first = details && details.localName === 'details' && details.querySelector(':scope > summary');
      if (first !== el) continue;
    }
    if (!fdShown(el)) continue;
    let group = null;
    if (el.localName === 'input' && el.type === 'radio' && el.name) {
      const owner = el.form ? 'form' + Array.from(document.forms).indexOf(el.form) : 'page';
      group = `${owner}:${el.name}`;
    }
    found.push({el: el, group: group, native: native, tabindex: tabindex,
                href: el.localName === 'a' ? el.href : null, composite: !!el.closest(COMPOSITE)});
  }
  return found;
};
// Transitions would make us read a focus style halfway: a sheet that switches them off while we look.
const fdCalmSheet = () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('*, *::before, *::after { transition: none !important; }');
  return sheet;
};
"""

# Installs the recorder and measures every candidate's unfocused look.
_INSTALL_JS = r"""
if (window.__fdFocus) window.__fdFocus.cleanup();
// Move the sequential focus navigation starting point to the top of the page.
if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
const start = document.createElement('span');
start.tabIndex = -1;
(document.body || document.documentElement).prepend(start);
start.focus({preventScroll: true});
start.blur();
start.remove();

const state = {els: [], ids: new Map(), log: [], keysSinceFocus: 0, candidates: [], base: new Map(),
               scroll: [window.scrollX, window.scrollY]};
window.__fdFocus = state;
const idOf = (el) => {
  let id = state.ids.get(el);
  if (id === undefined) { id = state.els.length; state.els.push(el); state.ids.set(el, id); }
  return id;
};
state.idOf = idOf;
const calm = fdCalmSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, calm];
for (const candidate of fdCandidates()) {
  const el = candidate.el;
  delete candidate.el;
  candidate.id = idOf(el);
  state.candidates.push(candidate);
  state.base.set(el, fdLook(el));
}

const onFocusIn = (event) => {
  const el = event.target;
  if (!(el instanceof Element)) return;
  state.log.push({kind: 'in', id: idOf(el), keyed: state.keysSinceFocus > 0, look: fdLook(el)});
  state.keysSinceFocus = 0;
};
const onKeyDown = (event) => {
  if (event.key !== 'Tab') return;
  const el = document.activeElement;
  const page = !el || el === document.body || el === document.documentElement;
  state.log.push({kind: 'key', id: page ? -1 : idOf(el)});
  state.keysSinceFocus += 1;
};
const onWindowBlur = () => {
  const el = document.activeElement;
  if (el && ['iframe', 'frame', 'object', 'embed'].includes(el.localName)) {
    state.log.push({kind: 'frame', id: idOf(el), keyed: true});
  } else {
    state.log.push({kind: 'out'});
  }
};
const onWindowFocus = () => { state.keysSinceFocus += 1; };
document.addEventListener('focusin', onFocusIn, true);
window.addEventListener('keydown', onKeyDown, true);
window.addEventListener('blur', onWindowBlur);
window.addEventListener('focus', onWindowFocus);
state.cleanup = () => {
  document.removeEventListener('focusin', onFocusIn, true);
  window.removeEventListener('keydown', onKeyDown, true);
  window.removeEventListener('blur', onWindowBlur);
  window.removeEventListener('focus', onWindowFocus);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== calm);
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  window.scrollTo(state.scroll[0], state.scroll[1]);
  delete window.__fdFocus;
};
return state.candidates.length;
"""

_PROGRESS_JS = r"""
const state = window.__fdFocus;
if (!state) return null;
const keys = state.log.filter((e) => e.kind === 'key').map((e) => e.id);
return {keys: keys, wrapped: state.log.some((e) => e.kind === 'out')};
"""

_COLLECT_JS = r"""
const done = arguments[arguments.length - 1];
window.setTimeout(() => {
  const state = window.__fdFocus;
  if (!state) { done(null); return; }
  const el = document.activeElement;
  const finalId = el && el !== document.body && el !== document.documentElement ? state.idOf(el) : -1;
  // Measure unfocused looks of stops that were not candidates (scrolling boxes, shadow hosts...).
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  const reached = new Set(state.log.filter((e) => e.id !== undefined && e.id >= 0).map((e) => e.id));
  for (const id of reached) {
    const node = state.els[id];
    if (!state.base.has(node)) state.base.set(node, fdLook(node));
  }
  const order = Array.from(state.els.keys()).sort((a, b) => {
    const pos = state.els[a].compareDocumentPosition(state.els[b]);
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  });
  const rank = {};
  order.forEach((id, index) => { rank[id] = index; });
  const elements = state.els.map((node, id) => {
    const raw = node.getAttribute('tabindex');
    const base = state.base.get(node) || null;
    return Object.assign(fdNode(node, ''), {
      id: id, rank: rank[id], tag: node.localName, tabindex: raw,
      href: node.localName === 'a' ? node.href : null, base: base,
    });
  });
  done({candidates: state.candidates, log: state.log, elements: elements, finalId: finalId});
}, 30);
"""

_FOCUS_BY_ID_JS = r"""
const state = window.__fdFocus;
const el = state && state.els[arguments[0]];
if (!el) return false;
el.focus();
return document.activeElement === el;
"""

# Arguments: an element's id, then the callback. Focus it by script (after the walk's Tab presses, so
# :focus-visible applies as for a key) and measure its look once the page has drawn a frame.
_LOOK_BY_ID_JS = r"""
const done = arguments[arguments.length - 1];
const state = window.__fdFocus;
const el = state && state.els[arguments[0]];
if (!el) { done(null); return; }
el.focus({preventScroll: true});
requestAnimationFrame(() => requestAnimationFrame(() => {
  done(document.activeElement === el ? fdLook(el) : null);
}));
"""

_ACTIVE_IS_JS = r"""
const state = window.__fdFocus;
return !!state && document.activeElement === state.els[arguments[0]];
"""

# Arguments: the ids of the stops in Tab order, then the callback. For each text field, select or
# editable region among them, move focus from it to the next stop by script and give the page two turns
# of its event loop: a script that sends focus back on blur (a trap that a fast run of key presses
# outruns) shows itself.
_PROBE_JS = r"""
const ids = arguments[0];
const done = arguments[arguments.length - 1];
const state = window.__fdFocus;
if (!state) { done([]); return; }
const NOT_TYPED = ['radio', 'checkbox', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']
  .map((type) => `:not([type="${type}"])`).join('');
const FIELDS = `input${NOT_TYPED}, textarea, select, [contenteditable]:not([contenteditable="false"])`;
const turn = () => new Promise((resolve) => window.setTimeout(resolve, 0));
(async () => {
  const bounced = [];
  for (let i = 0; i < ids.length; i += 1) {
    const el = state.els[ids[i]];
    if (!el || !el.matches(FIELDS)) continue;
    el.focus();
    if (document.activeElement !== el) continue;
    const next = state.els[ids[i + 1]];
    if (next) next.focus(); else el.blur();
    await turn();
    await turn();
    if (document.activeElement === el) bounced.push(ids[i]);
  }
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  done(bounced);
})();
"""

_LOG_SINCE_JS = r"""
const state = window.__fdFocus;
if (!state) return [];
return state.log.slice(arguments[0]).map((e) => [e.kind, e.id === undefined ? -1 : e.id]);
"""

_LOG_LENGTH_JS = r"""
return window.__fdFocus ? window.__fdFocus.log.length : 0;
"""

_CLEANUP_JS = r"""
if (window.__fdFocus) window.__fdFocus.cleanup();
"""


@dataclass
class FocusEvent:
    """One entry of the focus log: a Tab key press, focus arriving somewhere, or focus leaving the page."""

    kind: str  # "key" (a Tab press; ``element`` had focus), "in", "frame" (focus went into a frame), "out"
    element: int  # the element's id in ``TabRun.elements``, -1 for none (the page itself)
    keyed: bool = True  # for "in": a key press came before it (False: a script moved focus)
    look: dict[str, dict[str, str]] = field(default_factory=dict)  # how it looked on arrival (fdLook)


@dataclass
class TabRun:
    """What tabbing through one page found."""

    candidates: list[dict[str, Any]]  # elements that should be reachable: id, group, native, tabindex, href
    elements: list[dict[str, Any]]  # every element seen: id, target, html, rank (page order), tag, base look
    log: list[FocusEvent]
    presses: int
    final: int  # the element focused at the end, -1 for none
    capped: bool  # the press limit ran out before focus had gone round the page once

    def reached(self) -> set[int]:
        """Ids of every element focus arrived at, by key or by script."""
        return {event.element for event in self.log if event.kind in ("in", "frame") and event.element >= 0}

    def last_look(self, element: int) -> dict[str, dict[str, str]]:
        """How ``element`` looked the last time a key press brought focus to it; empty if none did."""
        keyed = [e.look for e in self.log if e.kind == "in" and e.element == element and e.keyed and e.look]
        return keyed[-1] if keyed else {}


# In forced colours every background becomes the page's Canvas colour (keeping only its alpha), text
# takes the system colours, and getComputedStyle reports underline colours from the author's colour,
# not the forced one: changes to these are not seen.
FORCED_UNSEEN = frozenset({"background", "color", "text-decoration-color", "box-shadow"})


def indicator_changes(
    focused: dict[str, dict[str, str]], unfocused: dict[str, dict[str, str]], *, forced: bool = False
) -> list[str]:
    """What visibly differs between an element's focused and unfocused look (outline, border, shadow...).

    With ``forced``, the looks were measured in forced colours mode, where colour changes do not show.
    Changes to an element that stays invisible (opacity 0, or a pixel wide) do not count either.
    """
    changes: list[str] = []
    unseen = all(look.get("element", {}).get("invisible") == "yes" for look in (focused, unfocused))
    for part, props in focused.items():
        if unseen and part.startswith("element"):
            continue
        before = unfocused.get(part)
        if before is None:
            changes.append(f"{part} appears")
            continue
        changes.extend(
            f"{part} {name}"
            for name, value in props.items()
            if before.get(name) != value and not (forced and name in FORCED_UNSEEN)
        )
    return changes


class TabWalker:
    """Tab through the page open in ``driver``; use as a context manager so the page is always cleaned up."""

    def __init__(self, driver: Any, *, max_presses: int = MAX_PRESSES) -> None:
        """Prepare to walk, pressing Tab at most ``max_presses`` times."""
        self.driver = driver
        self.max_presses = max_presses
        self.presses = 0

    def __enter__(self) -> TabWalker:
        """Install the recorder in the page."""
        self.candidate_count = int(run_js(self.driver, FOCUS_HELPERS_JS + _INSTALL_JS) or 0)
        return self

    def __exit__(self, *exc: object) -> None:
        """Remove every listener and style sheet we added, and blur whatever has focus."""
        try:
            self.driver.execute_script(_CLEANUP_JS)
        except Exception:  # the page may have navigated away; nothing of ours is left then
            if exc[0] is None:
                raise

    def _press(self, count: int, *, pause: float = 0.0) -> None:
        actions = ActionChains(self.driver)
        for _ in range(count):
            actions.send_keys(Keys.TAB)
            if pause:
                actions.pause(pause)
        actions.perform()
        self.presses += count

    def walk(self) -> TabRun:
        """Press Tab until focus has gone round the page once (or stays stuck), then collect the log."""
        batch = self.candidate_count + 3
        capped = True
        while self.presses < self.max_presses:
            self._press(min(batch, self.max_presses - self.presses))
            progress = self.driver.execute_script(_PROGRESS_JS) or {"keys": [], "wrapped": False}
            keys = [key for key in progress["keys"][1:] if key >= 0]
            if progress["wrapped"] or len(keys) != len(set(keys)):
                capped = False
                break
            # Not round yet: presses went into a frame, or to stops we did not count (scrolling boxes).
            batch = max(10, self.candidate_count - len(set(keys)) + 3)
        raw = self.driver.execute_async_script(JS_HELPERS + FOCUS_HELPERS_JS + _COLLECT_JS)
        if raw is None:
            raise RuntimeError("the page navigated away while we were tabbing through it")
        log = [
            FocusEvent(
                kind=entry["kind"],
                element=int(entry.get("id", -1)),
                keyed=bool(entry.get("keyed", True)),
                look=entry.get("look") or {},
            )
            for entry in raw["log"]
        ]
        return TabRun(
            candidates=raw["candidates"],
            elements=raw["elements"],
            log=log,
            presses=self.presses,
            final=int(raw["finalId"]),
            capped=capped,
        )

    def stuck_on(self, element: int, *, wait: float = 0.15) -> bool:
        """Whether focus is still (or again) on ``element`` a human moment after one Tab press from it."""
        if not self.driver.execute_script(_FOCUS_BY_ID_JS, element):
            return False
        self._press(1)
        time.sleep(wait)
        return bool(self.driver.execute_script(_ACTIVE_IS_JS, element))

    def look_when_focused(self, element: int) -> dict[str, dict[str, str]]:
        """``element``'s look with focus moved to it again, a frame later; empty if it cannot take focus."""
        return self.driver.execute_async_script(FOCUS_HELPERS_JS + _LOOK_BY_ID_JS, element) or {}

    def probe_bounces(self, order: list[int]) -> list[int]:
        """Form fields among ``order`` (stops in Tab order) that take focus back by script when left."""
        return [int(element) for element in self.driver.execute_async_script(_PROBE_JS, order)]

    def cycle_holds(self, elements: set[int], *, pause: float = 0.05) -> bool:
        """Whether focus stays within ``elements`` for a round of unhurried Tab presses from one of them."""
        if not elements or not self.driver.execute_script(_FOCUS_BY_ID_JS, min(elements)):
            return False
        mark = int(self.driver.execute_script(_LOG_LENGTH_JS))
        self._press(len(elements) * 2 + 2, pause=pause)
        time.sleep(pause)
        since = self.driver.execute_script(_LOG_SINCE_JS, mark)
        return all(kind in ("key", "in") and element in elements for kind, element in since)
