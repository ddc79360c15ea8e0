"""The static files a page needs: one CSS bundle, one script bundle, and htmx.

The CSS bundle is the design tokens, the page basics, the styles components share and each
component's own CSS; the script bundle is our small core script and each component's own script.
Both are joined in Python (no Node build chain) once per process, and minified. A site that uses only
some components can ship only their files: ``css_bundle(names)`` and ``script_bundle(names)`` add the
components those need (found from the classes their examples render) and the shared styles they use.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import rcssmin
import rjsmin

from components.base import ComponentParamsError
from components.paths import COMPONENTS_DIR, STATIC_DIR
from components.registry import registry

CORE_SCRIPT = STATIC_DIR / "frontdoor.js"
HTMX = STATIC_DIR / "vendor" / "htmx.min.js"
BUNDLE_NAME = "frontdoor.css"
SCRIPT_NAME = "frontdoor.js"

_CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')
_CLASS_SELECTOR = re.compile(r"\.(fd-[A-Za-z0-9_-]+)")


_STRING_OR_LEADING_ZERO = re.compile(r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?<![\w.#-])0(?=\.\d)""")


def minify_css(css: str) -> str:
    """Remove comments and spare whitespace from CSS, with rcssmin, and the zero before a decimal point
    (``0.5rem`` is ``.5rem``); strings are kept as they are.

    Like every CSS minifier, it also strips whitespace inside ``url(...)`` (a raw space is not
    valid in a URL there; write ``%20``), except in a quoted ``data:`` URL that is not base64.
    """
    return _STRING_OR_LEADING_ZERO.sub(lambda found: found[1] or "", rcssmin.cssmin(css))


def minify_js(script: str) -> str:
    """Remove comments and spare whitespace from a script, with rjsmin (names are kept)."""
    return rjsmin.jsmin(script)


def _selected(names: Collection[str] | None) -> list[str]:
    """The components to bundle, in registry order: ``names`` and every component they render."""
    known = registry()
    if names is None:
        return list(known)
    unknown = sorted(set(names) - set(known))
    if unknown:
        raise KeyError(f"no component {', '.join(map(repr, unknown))}; known: {', '.join(known)}")
    wanted: set[str] = set()
    for name in names:
        wanted |= {name, *needs(name)}
    return [name for name in known if name in wanted]


@cache
def classes_defined(path: Path) -> frozenset[str]:
    """The ``fd-`` classes a CSS file styles."""
    return frozenset(_CLASS_SELECTOR.findall(path.read_text(encoding="utf-8")))


@cache
def classes_rendered(name: str) -> frozenset[str]:
    """The ``fd-`` classes that a component's examples render, its own and those of what it uses, but
    not those of content a site passes in (a radio's ``conditional_html`` holding a text input: a site
    that uses one names that component too). Where an example needs such content, it is kept."""
    info = registry()[name]
    found: set[str] = set()
    for example in info.examples:
        params = example.resolved_params()
        try:
            component = info.model.from_params(_without_content(params))
        except ComponentParamsError:
            component = info.model.from_params(params)
        for value in _CLASS_ATTRIBUTE.findall(str(component.render())):
            found |= {word for word in value.split() if word.startswith("fd-")}
    return frozenset(found)


def _without_content(params: Any) -> Any:
    """``params`` without the markup a site passes in: every ``..._html`` param, at any depth."""
    if isinstance(params, dict):
        return {key: _without_content(value) for key, value in params.items() if not key.endswith("_html")}
    if isinstance(params, list):
        return [_without_content(value) for value in params]
    return params


def _block(class_name: str) -> str:
    """The BEM block of a class: ``fd-input`` for ``fd-input__prefix`` and ``fd-input--error``."""
    return class_name.split("__")[0].split("--")[0]


@cache
def classes_leading(path: Path) -> frozenset[str]:
    """The ``fd-`` classes a CSS file styles as such: those that begin a selector (``.fd-input`` in
    ``.fd-input:focus``), not those it styles only inside another (``.fd-search--big .fd-input``)."""
    css = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    preludes = (prelude.rsplit("}", 1)[-1] for prelude in css.split("{"))
    selectors = (selector.strip() for prelude in preludes for selector in prelude.split(","))
    return frozenset(found[1] for found in map(_CLASS_SELECTOR.match, selectors) if found)


@cache
def own_classes(name: str) -> frozenset[str]:
    """The classes a component's CSS introduces: its own block's, and those of a block no component is
    named after that it styles as such (``fd-input`` in the text input's CSS), leaving out those the
    base styles define and those of other components it only places (``.fd-hint`` in the fieldset's)."""
    blocks = {"fd-" + other.replace("_", "-") for other in registry()}
    mine = "fd-" + name.replace("_", "-")
    path = registry()[name].css_path
    base = classes_defined(STATIC_DIR / "base.css")
    return frozenset(
        class_name
        for class_name in classes_defined(path) - base
        if _block(class_name) == mine
        or (_block(class_name) not in blocks and class_name in classes_leading(path))
    )


@cache
def needs(name: str) -> frozenset[str]:
    """The other components whose styles ``name`` depends on: those whose classes its examples render."""
    used = classes_rendered(name)
    return frozenset(other for other in registry() if other != name and used & own_classes(other))


def css_sources(names: Collection[str] | None = None) -> list[Path]:
    """The CSS files that make up the bundle, in cascade order: the design tokens, the page basics,
    the styles components share (a file at the top of ``components/``, such as ``choice_list.css``;
    with ``names``, only those the chosen components use), then each chosen component's own."""
    chosen = _selected(names)
    used = frozenset().union(*(classes_rendered(name) for name in chosen)) if names is not None else None
    shared = [
        path for path in sorted(COMPONENTS_DIR.glob("*.css")) if used is None or used & classes_defined(path)
    ]
    return [STATIC_DIR / "tokens.css", STATIC_DIR / "base.css", *shared] + [
        registry()[name].css_path for name in chosen
    ]


def script_sources(names: Collection[str] | None = None) -> list[Path]:
    """The scripts that make up the script bundle: our core; the helpers the chosen components' scripts
    call (``components/message.js`` adds ``FrontDoor.message``, bundled when a script calls it); then
    each chosen component's own script."""
    own = [path for path in (registry()[name].script_path for name in _selected(names)) if path.exists()]
    calls = _joined(own)
    helpers = [path for path in sorted(COMPONENTS_DIR.glob("*.js")) if f"FrontDoor.{path.stem}" in calls]
    return [CORE_SCRIPT, *helpers, *own]


def _joined(paths: Iterable[Path]) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in paths)


def _split(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` where it is outside brackets (``:is(a, b)`` stays whole)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char in "([") - (char in ")]")
        if char == separator and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    return [*parts, text[start:]]


def prune_css(css: str, unused_blocks: Collection[str]) -> str:
    """Minified ``css`` without the selectors that name a class of ``unused_blocks`` (components left
    out of a bundle), and without the rules and ``@media`` blocks left empty: a style that radios and
    checkboxes share keeps only the radios' selector in a bundle without checkboxes."""
    out, index = [], 0
    while index < len(css):
        open_at = css.find("{", index)
        if open_at < 0:
            break
        prelude, depth, end = css[index:open_at], 1, open_at + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        body = css[open_at + 1 : end - 1]
        index = end
        if prelude.startswith("@"):
            inner = prune_css(body, unused_blocks) if "{" in body else body
            if inner:
                out.append(f"{prelude}{{{inner}}}")
            continue
        kept = [
            selector
            for selector in _split(prelude, ",")
            if not any(_block(found) in unused_blocks for found in _CLASS_SELECTOR.findall(selector))
        ]
        if kept:
            out.append(",".join(kept) + "{" + body + "}")
    return "".join(out)


@cache
def _css(names: tuple[str, ...] | None) -> str:
    css = minify_css(_joined(css_sources(names)))
    if names is None:
        return css
    chosen = set(_selected(names))
    base = {_block(class_name) for class_name in classes_defined(STATIC_DIR / "base.css")}  # always sent
    unused = {"fd-" + other.replace("_", "-") for other in registry() if other not in chosen} - base
    return _without_unused_tokens(prune_css(css, unused))


_TOKEN = re.compile(r"(--fd-[\w-]+):[^;}]*[;}]")


def _without_unused_tokens(css: str) -> str:
    """``css`` without the design tokens (``--fd-...`` custom properties) that nothing in it reads."""
    read = set(re.findall(r"var\((--fd-[\w-]+)", css))

    def kept(found: re.Match[str]) -> str:
        if found[1] in read:
            return found[0]
        return "}" if found[0].endswith("}") else ""  # the last declaration of its rule: keep the brace

    return _TOKEN.sub(kept, css).replace(";}", "}")


@cache
def _script(names: tuple[str, ...] | None) -> str:
    return minify_js(_joined(script_sources(names)))


def css_bundle(names: Iterable[str] | None = None) -> str:
    """The stylesheet for every component, or for ``names`` and what they need; built once per process."""
    return _css(None if names is None else tuple(sorted(set(names))))


def script_bundle(names: Iterable[str] | None = None) -> str:
    """Our script for every component, or for ``names`` and what they need; built once per process."""
    return _script(None if names is None else tuple(sorted(set(names))))


def missing_vendor_files() -> list[Path]:
    """Third-party files that set-up has not fetched yet (``scripts/fetch_vendor.py``)."""
    return [path for path in (HTMX,) if not path.exists()]


def write_assets(folder: Path, names: Iterable[str] | None = None) -> list[Path]:
    """Write the CSS bundle, our script bundle and htmx into ``folder``, for sites that serve static
    files: for every component, or for ``names`` and what they need.

    Point ``Page(asset_url=...)`` at the URL where ``folder`` is served.
    """
    chosen = None if names is None else list(names)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vendor").mkdir(exist_ok=True)
    written = [folder / BUNDLE_NAME, folder / SCRIPT_NAME, folder / "vendor" / HTMX.name]
    written[0].write_text(css_bundle(chosen), encoding="utf-8")
    written[1].write_text(script_bundle(chosen), encoding="utf-8")
    written[2].write_bytes(HTMX.read_bytes())
    return written
