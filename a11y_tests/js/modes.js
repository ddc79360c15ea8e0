// The forced colours and reduced motion checks. Needs helpers.js and focus.js.

// Run before forced colours are on: the indexes (among a[href]) of links painted like buttons, with a
// background colour of their own and some padding.
function fdButtonLikeLinks() {
  const found = [];
  document.querySelectorAll('a[href]').forEach((el, index) => {
    const cs = getComputedStyle(el);
    if (fdTransparent(cs.backgroundColor) || cs.display === 'inline') return;
    if (parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) < 8) return;
    found.push(index);
  });
  return found;
}

// Controls whose shape disappears in forced colours: no border and no outline. Native-looking check
// boxes, radios and the like are drawn by the browser in system colours, so only those with
// `appearance: none` need a border of their own. `buttonLike`: the indexes from fdButtonLikeLinks.
function fdBoundaries(buttonLike) {
  const buttonLinks = new Set(buttonLike);
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
      if (el.getAttribute('role') !== 'button' && !buttonLinks.has(linkIndex.get(el))) continue;
      kind = 'button-like link';
    } else if (el.getAttribute('role') === 'button') {
      kind = 'button';
    }
    if (bordered(cs) || outlined(cs)) continue;
    nodes.push(fdNode(el, `In forced colours this ${kind} has no border or outline, so its shape disappears`));
  }
  return nodes;
}

// Focus each candidate by script (after a key press, so it matches :focus-visible as after Tab) and
// measure its look focused and not, as shown in forced colours and as drawn by the author (forced
// colours undone with forced-color-adjust: none).
function fdFocusLooks() {
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
}

// What still moves: running animations, and elements with animations or movement transitions longer
// than 0.01 s. Transitions of colour or opacity are not motion.
function fdMotion() {
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
}
