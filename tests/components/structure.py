"""Checks on rendered components that ``tests/html.py`` does not make on its own.

``described_ids`` follows ``aria-describedby`` to the elements it names. ``assert_well_nested``
is a strict reading of the markup itself: BeautifulSoup repairs a misnested or unclosed element
silently, so this small parser fails on one instead.
"""

from __future__ import annotations

from html.parser import HTMLParser

from tests.html import Tag, one

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def described_ids(page: Tag, element: Tag) -> list[str]:
    """The ids in ``element``'s ``aria-describedby``, each checked to name exactly one element."""
    ids = str(element.get("aria-describedby") or "").split()
    for element_id in ids:
        one(page, f"#{element_id}")
    return ids


class _Nesting(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> closes nothing"
        opened = self.open.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"


def assert_well_nested(html: str) -> None:
    """Fail on a close tag that does not match the element open, and on an element left open."""
    parser = _Nesting()
    parser.feed(str(html))
    parser.close()
    assert not parser.open, f"left open: {parser.open}"
