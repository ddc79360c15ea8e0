"""Parse HTML in tests and select from it with CSS selectors, so tests assert on structure.

    page = parse(response.text)
    button = one(page, "form#feedback button[type=submit]")
    assert text(button) == "Send"
    assert [text(li) for li in select(page, ".fd-error-summary__list li")] == ["Enter your name"]

Built on BeautifulSoup with Python's own HTML parser and soupsieve's CSS selectors.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

__all__ = ["Tag", "attr", "classes", "one", "parse", "select", "text", "visible_text"]

# Elements whose text a person does not see or hear in the page's language.
_HIDDEN = ("script", "style", "template", "title")


def parse(html: str) -> BeautifulSoup:
    """The parsed tree of a document or fragment."""
    return BeautifulSoup(html, "html.parser")


def _tree(source: str | Tag) -> Tag:
    return parse(source) if isinstance(source, str) else source


def select(source: str | Tag, selector: str) -> list[Tag]:
    """Every element matching the CSS ``selector``, in document order."""
    return list(_tree(source).select(selector))


def one(source: str | Tag, selector: str) -> Tag:
    """The single element matching ``selector``; fails naming the selector when there are 0 or 2+."""
    found = select(source, selector)
    assert len(found) == 1, f"expected one element for {selector!r}, found {len(found)}"
    return found[0]


def text(element: Tag) -> str:
    """The element's text with runs of whitespace made single spaces."""
    return " ".join(element.get_text(" ").split())


def attr(element: Tag, name: str) -> str | None:
    """An attribute's value as a string (class lists joined by spaces), or None when absent."""
    value = element.get(name)
    return value if value is None or isinstance(value, str) else " ".join(value)


def classes(element: Tag) -> list[str]:
    """The element's classes, in order."""
    value = element.get("class")
    return value.split() if isinstance(value, str) else list(value or [])


def visible_text(source: str | Tag) -> str:
    """The text a person sees or hears in the page's language: no scripts, styles or title, and
    nothing inside an element marked ``lang="en"`` (a part shown in English on purpose)."""
    tree = parse(str(source))
    for element in tree.select(f"{', '.join(_HIDDEN)}, [lang=en]:not(html)"):
        element.decompose()
    return text(tree)
