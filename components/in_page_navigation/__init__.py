"""In-page navigation: links to the sections of a long page, under a heading such as "On this page"."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Self

from pydantic import AfterValidator, Field

from components.base import Component, HasContent, Href
from components.header import LandmarkName
from components.in_page_navigation.headings import headings

LEVELS = (2, 3)
"""The heading levels an in-page navigation links to: sections (h2) and the subsections in them (h3)."""


def _to_a_section(href: str) -> str:
    if len(href) < 2 or not href.startswith("#"):
        raise ValueError(
            "an in-page link goes to a section of this page: '#' and its id, such as '#how-to-apply'"
        )
    return href


class InPageNavigationItem(HasContent):
    """A link to one section of the page (level 2) or to a subsection in the one before it (level 3)."""

    href: Annotated[Href, AfterValidator(_to_a_section)] = Field(
        description="The section's id after '#', such as '#how-to-apply'."
    )
    level: Literal[2, 3] = Field(
        2,
        description="2 for a section (an h2), 3 for a subsection (an h3): it is listed under the section "
        "before it.",
    )


@dataclass(frozen=True)
class InPageSection:
    """A section's link and the links to the subsections in it."""

    item: InPageNavigationItem
    subsections: tuple[InPageNavigationItem, ...]


class InPageNavigation(Component):
    """Links to the sections of a long page, under a heading such as "On this page".

    It is a navigation landmark named by its heading, around a list of links; the subsections' links
    are in a list inside their section's. On wide screens it stays in view as the page scrolls
    (``position: sticky``, in CSS, with no script), so put it in a column beside the content; on
    narrow screens and when zoomed in it scrolls with the page, so it never covers the text.
    :meth:`from_html` makes one from the headings of the page's own content. With no items it
    renders nothing, so a page with no sections shows no empty landmark.
    """

    items: list[InPageNavigationItem] = Field(
        default_factory=list,
        description="The links, in the page's order: each has text or html, href ('#' and a section's "
        "id) and level (2, or 3 for a subsection). None: nothing is shown.",
    )
    heading_text: LandmarkName | None = Field(
        None,
        description='The heading above the links, which also names the navigation; "On this page" in the '
        "current language if not given. Give another when the page has two.",
    )
    heading_level: int = Field(
        2, ge=2, le=6, description="The heading's level, 2 to 6, to fit the page's outline."
    )
    id: str = Field(
        "in-page-navigation",
        min_length=1,
        description="The navigation's id. Its heading's id is this with '-heading' after it.",
    )
    sticky: bool = Field(
        True,
        description="Stay in view as the page scrolls, on screens 64em wide or more. Set False when it "
        "sits above the content rather than in a column beside it, where it would cover the text.",
    )

    @property
    def heading_id(self) -> str:
        """The id of the heading that names the navigation."""
        return f"{self.id}-heading"

    @property
    def sections(self) -> list[InPageSection]:
        """The links as the lists show them: each section with the subsections after it. A subsection
        with no section before it is shown as a section."""
        found: list[tuple[InPageNavigationItem, list[InPageNavigationItem]]] = []
        for item in self.items:
            if item.level == 3 and found:
                found[-1][1].append(item)
            else:
                found.append((item, []))
        return [InPageSection(item, tuple(subsections)) for item, subsections in found]

    @classmethod
    def from_html(cls, html: str, levels: Collection[int] = (2,), **params: Any) -> Self:
        """An in-page navigation with a link to each heading of ``levels`` in ``html`` that has an id.

        ``html`` is the page's content (a string or ``Markup``); ``levels`` is ``(2,)`` for its h2
        headings or ``(2, 3)`` for its h3 headings too. Each link's text is its heading's words (the
        heading's text and images' alt text, without the markup or anything hidden); headings with no
        id or no words are left out. ``params`` are the other params, such as ``heading_text``.
        """
        wrong = sorted(set(levels) - set(LEVELS))
        if wrong or not levels:
            raise ValueError(
                f"InPageNavigation.from_html: 'levels' can hold 2 and 3 only (got {tuple(levels)!r})"
            )
        items = [
            {"text": heading.text, "href": f"#{heading.id}", "level": heading.level}
            for heading in headings(html, levels)
        ]
        return cls(items=items, **params)
