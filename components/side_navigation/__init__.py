"""Side navigation: the pages of one section of a website, in a list at the side of the page."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field, model_validator

from components.base import Component, HasContent, Href
from components.header import LandmarkName

MOST_LEVELS = 3
"""How deep the lists go: the section's pages, their pages, and the pages below those."""


class SideNavigationItem(HasContent):
    """One page of the section: a link, and the pages below it, if any."""

    href: Href = Field(description="Where the link goes.")
    current: bool = Field(
        False,
        description='The page the user is on: marked aria-current="page" and with a thick line at its '
        "start. Mark one page at most.",
    )
    items: list[SideNavigationItem] = Field(
        default_factory=list,
        description="The pages below this one, in the same form. They show only when this page or one of "
        "them is the current page. Three levels at most.",
    )

    @property
    def open(self) -> bool:
        """Whether the pages below this one show: this page or one below it is the current page."""
        return self.current or any(item.open for item in self.items)


class SideNavigation(Component):
    """The pages of one section of a website, as a list of links at the side of the page.

    It is a navigation landmark around a list of links, with up to three levels of lists inside it.
    The current page is marked ``aria-current="page"``, so screen readers say "current page", and it is
    bold with a thick line at its start, so it does not rely on color. The pages below an item show
    only on the current page's branch: the pages below the current page and the pages beside each
    page above it. It needs no script.
    """

    items: list[SideNavigationItem] = Field(
        min_length=1,
        description="The pages of the section: each has text or html, href, and may be current and have "
        "items of its own.",
    )
    label: LandmarkName | None = Field(
        None,
        description='The name screen readers give the navigation; "Pages in this section" in the current '
        'language if not given. They add "navigation" to it, so leave that word out. Each navigation on '
        "a page needs a name of its own: give one here when the page has another with this name.",
    )

    @model_validator(mode="after")
    def _three_levels_and_one_current_page(self) -> SideNavigation:
        current = []
        for path, depth, item in self.walk():
            if depth == MOST_LEVELS and item.items:
                raise ValueError(
                    f"'{path}.items': side navigation goes {MOST_LEVELS} levels deep at most; "
                    "link to deeper pages from the page itself"
                )
            if item.current:
                current.append(path)
        if len(current) > 1:
            raise ValueError(f"only one item can be current; these are: {', '.join(current)}")
        return self

    def walk(self) -> Iterator[tuple[str, int, SideNavigationItem]]:
        """Every item, depth first: its path in the params (``items.0.items.1``), its level and itself."""
        stack = [(f"items.{index}", 1, item) for index, item in enumerate(self.items)][::-1]
        while stack:
            path, depth, item = stack.pop()
            yield path, depth, item
            below = [(f"{path}.items.{index}", depth + 1, child) for index, child in enumerate(item.items)]
            stack.extend(below[::-1])
