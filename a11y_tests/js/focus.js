// Tabbing through a page (the keyboard check) and measuring how focus looks (shared with the forced
// colours check). Needs helpers.js. `fdInstall` keeps its state in window.__fdFocus until
// `fdCleanup`, so the Python side can press keys between calls.

// How a computed style draws an element's edges: outline, borders, box-shadow, background, colour and
// text decoration. An outline that is none, 0 wide or transparent counts as none.
function fdLooks(cs) {
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
}

// How an element and what may show its focus (its ::before and ::after, parent, next sibling and
// labels) look now.
function fdLook(el) {
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
}

// What a keyboard user should be able to reach, in page order.
function fdCandidates() {
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
}

// Transitions would make us read a focus style halfway: a sheet that switches them off while we look.
function fdCalmSheet() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('*, *::before, *::after { transition: none !important; }');
  return sheet;
}

// Install the focus recorder and measure every candidate's unfocused look; returns how many there are.
// `inFrame`: installing in a framed document, where focus must not be moved.
function fdInstall(inFrame) {
  if (window.__fdFocus) window.__fdFocus.cleanup();
  if (!inFrame) {
    // Move the sequential focus navigation starting point to the top of the page.
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    const start = document.createElement('span');
    start.tabIndex = -1;
    (document.body || document.documentElement).prepend(start);
    start.focus({preventScroll: true});
    start.blur();
    start.remove();
  }

  const state = {els: [], ids: new Map(), log: [], keysSinceFocus: 0, candidates: [], base: new Map(),
                 scroll: [window.scrollX, window.scrollY]};
  // Each entry is stamped with the time, so the logs of a page's frames can be merged in order.
  const now = () => performance.timeOrigin + performance.now();
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
    state.log.push({kind: 'in', id: idOf(el), keyed: state.keysSinceFocus > 0, look: fdLook(el), t: now()});
    state.keysSinceFocus = 0;
  };
  const onKeyDown = (event) => {
    if (event.key !== 'Tab') return;
    const el = document.activeElement;
    const page = !el || el === document.body || el === document.documentElement;
    state.log.push({kind: 'key', id: page ? -1 : idOf(el), t: now()});
    state.keysSinceFocus += 1;
  };
  const onWindowBlur = () => {
    const el = document.activeElement;
    if (el && ['iframe', 'frame', 'object', 'embed'].includes(el.localName)) {
      state.log.push({kind: 'frame', id: idOf(el), keyed: true, t: now()});
    } else {
      state.log.push({kind: 'out', t: now()});
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
}

// The elements that had focus at each Tab press so far, and whether focus has left the page.
function fdProgress() {
  const state = window.__fdFocus;
  if (!state) return null;
  const keys = state.log.filter((e) => e.kind === 'key');
  return {keys: keys.map((e) => e.id), times: keys.map((e) => e.t),
          wrapped: state.log.some((e) => e.kind === 'out')};
}

// After a moment, calls `done` with the log, every element seen and the one focused at the end.
function fdCollect(done) {
  window.setTimeout(() => {
    const state = window.__fdFocus;
    if (!state) { done(null); return; }
    const el = document.activeElement;
    const finalId = el && el !== document.body && el !== document.documentElement ? state.idOf(el) : -1;
    const hasFocus = document.hasFocus();
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
    done({candidates: state.candidates, log: state.log, elements: elements, finalId: finalId,
          hasFocus: hasFocus});
  }, 30);
}

// Focus the element recorded as `id`; whether it took focus.
function fdFocusById(id) {
  const state = window.__fdFocus;
  const el = state && state.els[id];
  if (!el) return false;
  el.focus();
  return document.activeElement === el;
}

// Focus the element `id` by script (after the walk's Tab presses, so :focus-visible applies as for a
// key) and call `done` with its look once the page has drawn a frame.
function fdLookById(id, done) {
  const state = window.__fdFocus;
  const el = state && state.els[id];
  if (!el) { done(null); return; }
  el.focus({preventScroll: true});
  requestAnimationFrame(() => requestAnimationFrame(() => {
    done(document.activeElement === el ? fdLook(el) : null);
  }));
}

// Whether the element recorded as `id` has focus (in a frame: and the frame has the page's focus).
function fdActiveIs(id, inFrame) {
  const state = window.__fdFocus;
  return !!state && document.activeElement === state.els[id] && (!inFrame || document.hasFocus());
}

// `ids`: the stops in Tab order. For each text field, select or editable region among them, move focus
// from it to the next stop by script and give the page two turns of its event loop: a script that
// sends focus back on blur (a trap that a fast run of key presses outruns) shows itself. Calls `done`
// with the ids of those that took focus back.
function fdProbeBounces(ids, done) {
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
}

// The log entries from index `start` on, as [kind, id] pairs.
function fdLogSince(start) {
  const state = window.__fdFocus;
  if (!state) return [];
  return state.log.slice(start).map((e) => [e.kind, e.id === undefined ? -1 : e.id, e.t]);
}

// How many entries the log has.
function fdLogLength() {
  return window.__fdFocus ? window.__fdFocus.log.length : 0;
}

// Remove every listener and style sheet the recorder added, and blur whatever has focus.
function fdCleanup() {
  if (window.__fdFocus) window.__fdFocus.cleanup();
}
