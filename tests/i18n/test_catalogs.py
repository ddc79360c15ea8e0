"""The catalogs are complete and current, and no English is left in any example in any language."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import i18n
from components.registry import registry
from i18n.catalogs import _read, catalog_path, check, translated_locales


def test_frontdoor_i18n_check_passes() -> None:
    problems = check()
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} problems)"


class _VisibleText(HTMLParser):
    """The text a person can see or hear in the page's language: text nodes, leaving out the
    document title, scripts, and parts marked as another language with their own ``lang``."""

    VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
    )

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._open: list[bool] = []  # per open element: is its text left out?

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        other_language = any(name == "lang" and value == "en" for name, value in attrs)
        skipped = tag in ("script", "style", "title") or other_language
        self._open.append(skipped or (bool(self._open) and self._open[-1]))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if not (self._open and self._open[-1]):
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(pattern) + r"(?![\w])")


def english_fragments(code: str) -> list[str]:
    """The English words of every message whose translation differs from it, placeholders cut
    out, leaving out words the translations themselves use (names such as "Medicaid" or "USA.gov")."""
    catalog = [m for m in _read(catalog_path(i18n.locales.LOCALES[code])) if m.id]
    translated_text = "\n".join(
        string for m in catalog for string in (m.string if isinstance(m.string, tuple) else (m.string,))
    )
    fragments = set()
    for message in catalog:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for english in ids:
            if english in strings:
                continue
            for fragment in re.split(r"%\(\w+\)[sd]", english):
                fragment = fragment.strip(" .,:;()")
                if re.search(r"[A-Za-z]{2}", fragment) and not _words(fragment).search(translated_text):
                    fragments.add(fragment)
    return sorted(fragments, key=len, reverse=True)


@pytest.mark.parametrize("code", [info.code for info in translated_locales()])
def test_no_english_left_in_any_example(code: str) -> None:
    fragments = english_fragments(code)
    patterns = [_words(fragment) for fragment in fragments]
    found = []
    with i18n.use_locale(code):
        for name, info in registry().items():
            for example in info.examples:
                text = visible_text(str(info.model(**example.resolved_params()).render()))
                found += [f"{name}/{example.slug}: {p.pattern}" for p in patterns if p.search(text)]
    assert not found, "\n".join(found[:30])
