"""Read a stylesheet as rules, so CSS tests ask what a selector gets rather than search the text.

    rules = css_rules(css_bundle())
    assert rules[".fd-radios__input:focus-visible"]["outline"].endswith("var(--fd-color-focus)")
    assert rules["@media (forced-colors:active) .fd-radios__input"]["border-color"] == "CanvasText"

A selector list is split into its selectors; a selector inside ``@media`` is keyed with the media
query before it. Selectors and media queries are compared minified (by rcssmin), with no space
around combinators.
"""

from __future__ import annotations

import re

from components.assets import minify_css

PHYSICAL = re.compile(
    r"(margin|padding|border)-(left|right|top|bottom)\b|(?<![-\w])(left|right|top|bottom)\s*:"
    r"|(text-align|float|clear)\s*:\s*(left|right)"
)
"""Physical properties and values, which do not follow the text direction: use logical ones."""

_BLOCK = re.compile(r"([^{}]*)\{([^{}]*)\}|([^{}]*)\{|\}")
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
                    found.setdefault(key, {})[name.strip()] = value.strip()
    return found
