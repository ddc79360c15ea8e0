"""Read a stylesheet as rules, so CSS tests ask what a selector gets rather than search the text.

    rules = css_rules(css_bundle())
    assert rules[".fd-radios__input:focus-visible"]["outline"].endswith("var(--fd-color-focus)")
    assert rules["@media (forced-colors:active) .fd-radios__input"]["border-color"] == "CanvasText"

A selector list is split into its selectors; a selector inside ``@media`` is keyed with the media
query before it. Selectors and media queries are compared minified (by rcssmin), with no space
around combinators; values as written, with the zero before a decimal point that the bundle leaves out.

Every element with a class of ours gets its focus ring from base.css; ``focus_style`` says what one
gets once its own rules are applied on top:

    assert focus_style(".fd-radios__input", rules)["outline"] == FOCUS_RING
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from components.assets import minify_css
from components.paths import STATIC_DIR

PHYSICAL = re.compile(
    r"(margin|padding|border)-(left|right|top|bottom)\b|(?<![-\w])(left|right|top|bottom)\s*:"
    r"|(text-align|float|clear)\s*:\s*(left|right)"
)
"""Physical properties and values, which do not follow the text direction: use logical ones."""

_BLOCK = re.compile(r"([^{}]*)\{([^{}]*)\}|([^{}]*)\{|\}")
_LEADING_POINT = re.compile(r"(?<![\w.#-])\.(?=\d)")
_DECLARATION = re.compile(r"""((?:[^;"']|"[^"]*"|'[^']*')+)""")


def _normal(selector: str) -> str:
    return re.sub(r"\s*([>+~])\s*", r"\1", " ".join(selector.split()))


def css_rules(css: str) -> dict[str, dict[str, str]]:
    """Each selector's declarations, later ones winning, keyed ``"selector"`` or
    ``"@media (...) selector"``."""
    found: dict[str, dict[str, str]] = {}
    context: list[str] = []
    for match in _BLOCK.finditer(minify_css(css)):
        selectors, body, opened = match.groups()
        if opened is not None:
            context.append(opened.strip())
        elif selectors is None:
            context.pop()
        else:
            for selector in selectors.split(","):
                key = " ".join([*context, _normal(selector)])
                for declaration in _DECLARATION.findall(body):
                    name, _, value = declaration.partition(":")
                    found.setdefault(key, {})[name.strip()] = _LEADING_POINT.sub("0.", value.strip())
    return found


FOCUS_RING = "var(--fd-focus-width) solid var(--fd-color-focus)"
"""The outline base.css gives every element of ours that takes focus from the keyboard."""
_EVERY_ELEMENT_OF_OURS = '[class*="fd-"]:focus-visible'


def focus_style(selector: str, rules: Mapping[str, Mapping[str, str]], media: str = "") -> dict[str, str]:
    """What an element with the class ``selector`` gets when it takes focus from the keyboard: base.css's
    ring, then its own ``:focus-visible`` rule in ``rules`` (a component's stylesheet, read by
    ``css_rules``); with ``media`` (``"@media (forced-colors:active)"``), also the rules inside it."""
    if not selector.startswith(".fd-"):
        raise ValueError(f"base.css rings elements with a class of ours, not {selector!r}")
    base = css_rules((STATIC_DIR / "base.css").read_text(encoding="utf-8"))
    contexts = ["", f"{media} "] if media else [""]
    style: dict[str, str] = {}
    for source, key in [(base, _EVERY_ELEMENT_OF_OURS), (rules, f"{selector}:focus-visible")]:
        for context in contexts:
            style.update(source.get(context + key, {}))
    return style
