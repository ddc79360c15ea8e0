// The reflow and text spacing checks. Needs helpers.js.

// How wide the page is and, when it scrolls sideways, up to `maxReported` of the widest elements that
// pass the window's edge (the left edge in right-to-left pages). Boxes inside a container that scrolls
// or clips sideways are allowed.
function fdReflow(maxReported) {
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
  const nodes = found.slice(0, maxReported).map((f) => {
    const how = boxes.length
      ? `${Math.round(f.width)}px wide, it reaches ${Math.round(f.edge)}px`
      : `its content reaches ${Math.round(f.edge)}px`;
    return fdNode(f.el, `${how}, past the ${side} edge of a ${viewWidth}px window`);
  });
  if (!nodes.length) nodes.push(fdNode(doc, `The page is ${pageWidth}px wide in a ${viewWidth}px window`));
  return {pageWidth: pageWidth, viewWidth: viewWidth, nodes: nodes};
}

// Apply WCAG 1.4.12's text spacing through a constructed style sheet (which a strict Content Security
// Policy allows), note each box that hides or clips its overflow and now cuts off text it did not
// cut off before, and take the spacing away again.
function fdTextSpacing() {
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
}
