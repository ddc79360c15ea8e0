"""Find the headings in a piece of HTML that have ids, with their words: what an in-page navigation
links to. Python's own HTML parser reads the HTML; nothing in it is run or kept but the words."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from html.parser import HTMLParser

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
"""Elements with no end tag: they open nothing that text could be inside."""
UNREAD = frozenset({"script", "style", "template"})
"""Elements whose content is not part of a heading's words."""


@dataclass(frozen=True)
class Heading:
    """A heading with an id: its level (2 for ``h2``), its id and its words, with spaces made single."""

    level: int
    id: str
    text: str


class _Headings(HTMLParser):
    """Collects the headings of the wanted levels that have an id and words.

    A heading's words are its text, and the alt text of its images, without what is hidden from
    everyone (``aria-hidden="true"``, ``hidden``, scripts and styles), such as a "#" link to itself.
    """

    def __init__(self, levels: Collection[int]) -> None:
        super().__init__(convert_charrefs=True)
        self.wanted = {f"h{level}" for level in levels}
        self.found: list[Heading] = []
        self.heading: tuple[str, str | None] | None = None
        self.words: list[str] = []
        self.inside: list[tuple[str, bool]] = []
        """The elements open inside the heading, each with whether its content is hidden."""

    @property
    def hidden(self) -> bool:
        return bool(self.inside) and self.inside[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HEADINGS:
            self._close_heading()  # a heading cannot be inside another: a new one ends the last
            if tag in self.wanted:
                self.heading = (tag, dict(attrs).get("id"))
            return
        if self.heading is None:
            return
        values = dict(attrs)
        if tag in VOID:
            if not self.hidden:
                self.words.append(" " if tag != "img" else f" {values.get('alt') or ''} ")
            return
        hidden = self.hidden or tag in UNREAD or "hidden" in values or values.get("aria-hidden") == "true"
        self.inside.append((tag, hidden))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID or tag in HEADINGS:
            self.handle_starttag(tag, attrs)
        # <span/> opens and closes nothing in HTML that holds text: it is left out.

    def handle_endtag(self, tag: str) -> None:
        if self.heading is None:
            return
        if tag == self.heading[0]:
            self._close_heading()
            return
        for index in range(len(self.inside) - 1, -1, -1):
            if self.inside[index][0] == tag:
                del self.inside[index:]
                return

    def handle_data(self, data: str) -> None:
        if self.heading is not None and not self.hidden:
            self.words.append(data)

    def _close_heading(self) -> None:
        if self.heading is not None:
            tag, heading_id = self.heading
            text = " ".join("".join(self.words).split())
            if heading_id and heading_id.strip() and text:
                self.found.append(Heading(int(tag[1]), heading_id, text))
        self.heading, self.words, self.inside = None, [], []

    def close(self) -> None:
        super().close()
        self._close_heading()


def headings(html: str, levels: Collection[int]) -> list[Heading]:
    """The headings of ``levels`` (2 for ``h2``) in ``html`` that have an id and words, in order."""
    parser = _Headings(levels)
    parser.feed(str(html))
    parser.close()
    return parser.found
