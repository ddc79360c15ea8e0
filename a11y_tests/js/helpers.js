// Helpers every page script of our checks can use. Each script runs as the body of one function (as
// Selenium's execute_script does), so these declarations are local to that call and nothing is left
// behind in the page.

// A CSS selector that finds `el` alone: its id if unique, else a path of tag names and positions.
function fdSelector(el) {
  if (!(el instanceof Element)) return '';
  const root = el.getRootNode();
  const unique = (sel) => {
    try { return root.querySelectorAll(sel).length === 1; } catch (e) { return false; }
  };
  const parts = [];
  let node = el;
  while (node && node.nodeType === 1) {
    const tag = node.localName;
    if (node.id && unique('#' + CSS.escape(node.id))) { parts.unshift('#' + CSS.escape(node.id)); break; }
    if (tag === 'html' || tag === 'body') { parts.unshift(tag); break; }
    if (node === el && node.classList.length) {
      const withClass = tag + '.' + CSS.escape(node.classList[0]);
      if (unique(withClass)) { parts.unshift(withClass); break; }
    }
    const parent = node.parentElement;
    if (!parent) { parts.unshift(tag); break; }
    const same = Array.from(parent.children).filter((c) => c.localName === tag);
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
    node = parent;
  }
  return parts.join(' > ');
}

// The element's HTML, cut to 300 characters.
function fdHtml(el) {
  const html = (el && el.outerHTML) || '';
  return html.length > 300 ? html.slice(0, 297) + '...' : html;
}

// Whether a person can see the element: connected, not inert, not hidden by CSS, and with a size.
function fdShown(el) {
  if (!el.isConnected || el.closest('[inert]')) return false;
  const options = {visibilityProperty: true, checkVisibilityCSS: true};
  if (el.checkVisibility && !el.checkVisibility(options)) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

// A computed colour with zero alpha: 'transparent', rgba(r, g, b, 0), or the slash syntax ending '/ 0)'.
function fdTransparent(c) {
  return c === 'transparent' || /^rgba\([^)]*,\s*0(\.0+)?\)$/.test(c) || /\/\s*0(\.0+)?\)$/.test(c);
}

// A failing element as the Python side reads it: {target, html, summary}.
function fdNode(el, summary) {
  return {target: fdSelector(el), html: fdHtml(el), summary: summary};
}
