"""The catalogs are complete and current, and no English is left in any example in any language."""

from __future__ import annotations

import re
import struct

import pytest

import i18n
from components.registry import registry
from i18n.catalogs import _read, catalog_path, check, mo_is_current, translated_locales
from i18n.locales import LOCALES
from tests.html import visible_text


def test_frontdoor_i18n_check_passes() -> None:
    problems = check()
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} problems)"


def write_mo_other_tool(entries: dict[bytes, bytes]) -> bytes:
    """A .mo as another tool might write it: entries in the given order, no hash table."""
    count, header_size = len(entries), 28
    keys, values = list(entries), list(entries.values())
    start = header_size + 16 * count
    offsets, blob = [], b""
    for text in keys + values:
        offsets.append((len(text), start + len(blob)))
        blob += text + b"\0"
    tables = b"".join(struct.pack("<II", *pair) for pair in offsets)
    header = struct.pack("<7I", 0x950412DE, 0, count, header_size, header_size + 8 * count, 0, 0)
    return header + tables + blob


def _entries(catalog) -> dict[bytes, bytes]:
    """The msgid/msgstr pairs gettext reads, the header last and naming another generator."""
    entries = {}
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        key = "\0".join(ids)
        if message.context:
            key = f"{message.context}\x04{key}"
        entries[key.encode()] = "\0".join(strings).encode()
    headers = dict(catalog.mime_headers, **{"Generated-By": "another tool 9.9"})
    entries[b""] = "".join(f"{name}: {value}\n" for name, value in headers.items()).encode()
    return dict(reversed(entries.items()))


def test_a_mo_holding_the_same_messages_is_current_whatever_wrote_its_bytes() -> None:
    catalog = _read(catalog_path(LOCALES["ar"]))
    other = write_mo_other_tool(_entries(catalog))
    assert other != catalog_path(LOCALES["ar"]).with_suffix(".mo").read_bytes()
    assert mo_is_current(catalog, other)


@pytest.mark.parametrize("change", ["translation", "plural form", "plural rule", "new message"])
def test_a_mo_that_differs_from_its_catalog_in_meaning_is_stale(change: str) -> None:
    catalog = _read(catalog_path(LOCALES["ar"]))
    entries = _entries(catalog)
    if change == "translation":
        entries[b"Continue"] = b"something else"
    elif change == "plural form":
        key = next(key for key in entries if b"\0" in key)
        entries[key] = entries[key].rsplit(b"\0", 1)[0] + b"\0changed"
    elif change == "plural rule":
        entries[b""] = entries[b""].replace(b"nplurals=6", b"nplurals=2")
    else:
        del entries[b"Continue"]
    assert not mo_is_current(catalog, write_mo_other_tool(entries))


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
