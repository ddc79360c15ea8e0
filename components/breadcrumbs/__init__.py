"""Breadcrumbs: the pages above this one in the site's structure, as a trail of links."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, HasContent, Href
from components.header import LandmarkName

FEWEST_TO_COLLAPSE = 2
"""The collapsed trail hides the links between the first and the last only when there are this many."""


class BreadcrumbsItem(HasContent):
    """One step of the trail: a page above this one (with a link), or this page (last, with no link)."""

    href: Href | None = Field(
        None,
        description="Where the link goes. Leave it out on the last item only: that item is the current "
        'page, shown as text and marked aria-current="page".',
    )


class Breadcrumbs(Component):
    """A trail of links to the pages above this one, from the top of the site down.

    It is a navigation landmark named "Breadcrumb" in the current language, around an ordered list.
    The separators between the links are drawn by CSS, so screen readers do not read them, and they
    point the other way in right-to-left languages. The last item may be the current page, with no link.
    """

    items: list[BreadcrumbsItem] = Field(
        min_length=1,
        description="The trail, from the top of the site down: each has text or html, and href. Only the "
        "last may have no href: it is then the current page.",
    )
    collapse_on_small_screens: bool = Field(
        False,
        description="On small screens, show the first and the last link, and put the links between them "
        "behind a button that opens them (it works without JavaScript). Every link stays reachable. "
        f"It applies when there are {FEWEST_TO_COLLAPSE} links or more between the first and the last.",
    )
    label: LandmarkName | None = Field(
        None,
        description='The name screen readers give the trail; "Breadcrumb" in the current language if not '
        'given. They add "navigation" to it, so leave that word out. When a page has two trails, give '
        "each its own name.",
    )

    @model_validator(mode="after")
    def _only_the_last_item_has_no_link(self) -> Breadcrumbs:
        for index, item in enumerate(self.items[:-1]):
            if item.href is None:
                raise ValueError(
                    f"'items.{index}.href' is required: only the last item, the current page, can have "
                    "no link"
                )
        return self

    @property
    def current(self) -> BreadcrumbsItem | None:
        """The current page: the last item when it has no link."""
        last = self.items[-1]
        return last if last.href is None else None

    @property
    def links(self) -> list[BreadcrumbsItem]:
        """The items with a link: every item but the current page."""
        return self.items[:-1] if self.current is not None else self.items

    @property
    def collapsed(self) -> list[BreadcrumbsItem]:
        """The links that the collapsed trail puts behind its button on small screens: those between
        the first link and the last, or none when collapsing is off or there are too few."""
        middle = self.links[1:-1]
        return middle if self.collapse_on_small_screens and len(middle) >= FEWEST_TO_COLLAPSE else []
