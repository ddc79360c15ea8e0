"""The catalogs are complete and current, and no English is left in any example in any language."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import i18n
from components.registry import registry
from i18n.catalogs import PLACEHOLDER, _read, catalog_path, check, translated_locales


def test_frontdoor_i18n_check_passes() -> None:
    problems = check()
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} problems)"


class _VisibleText(HTMLParser):
    """The text a person can see or hear: text nodes, not the document title or scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def english_fragments(code: str) -> list[str]:
    """The English words of every message whose translation differs from it, placeholders cut out."""
    fragments = set()
    for message in _read(catalog_path(i18n.locales.LOCALES[code])):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for english in ids:
            if english in strings:
                continue
            for fragment in PLACEHOLDER.split(english):
                fragment = fragment.strip(" .,:;()")
                if re.search(r"[A-Za-z]{2}", fragment) and not re.fullmatch(r"\w+(\.\w+)+", fragment):
                    fragments.add(fragment)
    return sorted(fragments, key=len, reverse=True)


@pytest.mark.parametrize("code", [info.code for info in translated_locales()])
def test_no_english_left_in_any_example(code: str) -> None:
    fragments = english_fragments(code)
    patterns = [re.compile(r"(?<![\w])" + re.escape(fragment) + r"(?![\w])") for fragment in fragments]
    found = []
    with i18n.use_locale(code):
        for name, info in registry().items():
            for example in info.examples:
                text = visible_text(str(info.model(**example.resolved_params()).render()))
                found += [f"{name}/{example.slug}: {p.pattern}" for p in patterns if p.search(text)]
    assert not found, "\n".join(found[:30])
