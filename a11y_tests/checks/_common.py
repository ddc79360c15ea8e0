"""What every check shares: building violations, W3C links, and the JavaScript helpers run in the page."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from a11y_tests.results import FailingNode, Violation

SOURCE = "frontdoor"
UNDERSTANDING = "https://www.w3.org/WAI/WCAG22/Understanding/"
MAX_NODES = 25

# Helpers prepended to every script we run in the page. Each script is the body of a function, so these
# are local to one call and leave nothing behind in the page.
JS_HELPERS = r"""
const fdSelector = (el) => {
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
};
const fdHtml = (el) => {
  const html = (el && el.outerHTML) || '';
  return html.length > 300 ? html.slice(0, 297) + '...' : html;
};
const fdShown = (el) => {
  if (!el.isConnected || el.closest('[inert]')) return false;
  const options = {visibilityProperty: true, checkVisibilityCSS: true};
  if (el.checkVisibility && !el.checkVisibility(options)) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
};
// A computed colour with zero alpha: 'transparent', rgba(r, g, b, 0), or the slash syntax ending '/ 0)'.
const fdTransparent = (c) => c === 'transparent' || /^rgba\([^)]*,\s*0(\.0+)?\)$/.test(c)
  || /\/\s*0(\.0+)?\)$/.test(c);
const fdNode = (el, summary) => ({target: fdSelector(el), html: fdHtml(el), summary: summary});
"""


def run_js(driver: Any, body: str, *args: Any) -> Any:
    """Run ``body`` (a function body that may ``return``) in the page, with the shared helpers in scope."""
    return driver.execute_script(JS_HELPERS + body, *args)


def understanding(slug: str) -> str:
    """The W3C "Understanding WCAG 2.2" page for a success criterion, from its slug (``reflow``)."""
    return f"{UNDERSTANDING}{slug}.html"


def failing_node(raw: Mapping[str, Any]) -> FailingNode:
    """A ``FailingNode`` from the ``{target, html, summary}`` object our page scripts return."""
    return FailingNode(
        target=str(raw.get("target", "")), html=str(raw.get("html", "")), summary=str(raw.get("summary", ""))
    )


def violation(
    rule: str,
    impact: str,
    description: str,
    slug: str,
    tags: tuple[str, ...],
    nodes: Iterable[FailingNode | Mapping[str, Any]],
) -> Violation:
    """A ``Violation`` of one of our checks (``source="frontdoor"``), with at most ``MAX_NODES`` nodes."""
    built = tuple(node if isinstance(node, FailingNode) else failing_node(node) for node in nodes)
    return Violation(
        rule=rule,
        impact=impact,
        description=description,
        help_url=understanding(slug),
        tags=tags,
        nodes=built[:MAX_NODES],
        source=SOURCE,
    )
