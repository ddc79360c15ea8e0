"""Pagination: links to the other pages of a long list, or to the pages before and after in a series."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, Href, Params, Text, TrustedHtml
from components.header import LandmarkName
from i18n import gettext

_NUMBER = "\x00"
"""Stands for the page number while the words around it are found."""


class PaginationLink(Params):
    """The link to the previous or the next page."""

    href: Href = Field(description="Where the link goes.")
    text: Text | None = Field(
        None,
        min_length=1,
        description='The link\'s words; "Previous" or "Next" in the current language when not given.',
    )
    html: TrustedHtml | None = Field(None, description="The link's words as trusted HTML.")
    label_text: Text | None = Field(
        None,
        min_length=1,
        description="Words under the link that say where it goes, such as the page's title. Only in the "
        "block variant (with no items).",
    )
    label_html: TrustedHtml | None = Field(None, description="The label as trusted HTML.")

    @property
    def has_label(self) -> bool:
        """Whether the link shows a label under its words."""
        return self.label_text is not None or self.label_html is not None


class PaginationItem(Params):
    """One numbered page, or an ellipsis for the pages left out between two numbers."""

    number: int | None = Field(None, ge=1, description="The page's number, from 1. Not with ellipsis.")
    href: Href | None = Field(None, description="Where the page's link goes. Not with ellipsis.")
    current: bool = Field(
        False, description='Marks the page the user is on (aria-current="page"). Not with ellipsis.'
    )
    ellipsis: bool = Field(
        False, description="Show an ellipsis (…), not a link, for pages left out. Give nothing else with it."
    )

    @model_validator(mode="after")
    def _a_page_or_an_ellipsis(self) -> PaginationItem:
        if self.ellipsis:
            if self.number is not None or self.href is not None or self.current:
                raise ValueError("an ellipsis has no number, href or current: give 'ellipsis' alone")
        elif self.number is None or self.href is None:
            raise ValueError("a page needs 'number' and 'href' (or give 'ellipsis': true)")
        return self


class Pagination(Component):
    """Links to other pages: the previous and next page, with numbered pages between them.

    It is a navigation landmark named "Pagination" in the current language (or the label given).
    The current page is marked ``aria-current="page"``; each number is read out as "Page 2" (the words
    around the number are visually hidden text, in the order the language puts them: a name that
    holds the visible number, which ``aria-label`` would not in every language). With
    no items it is the block variant: the previous and next links on lines of their own, each with an
    optional label such as the page's title, for a series of pages read in order (a guide).
    """

    items: list[PaginationItem] = Field(
        default_factory=list,
        description="The numbered pages and ellipses, in order: each has number, href and current, or "
        "ellipsis. Leave it empty for the block variant.",
    )
    previous: PaginationLink | None = Field(
        None, description="The link to the page before: href, and optional text and label_text."
    )
    next: PaginationLink | None = Field(
        None, description="The link to the page after: href, and optional text and label_text."
    )
    label: LandmarkName | None = Field(
        None,
        description='The name screen readers give the links; "Pagination" in the current language if not '
        'given. They add "navigation" to it, so leave that word out. When a page has two sets of these '
        'links, give each its own name, such as "Pages of search results".',
    )

    @model_validator(mode="after")
    def _check_links(self) -> Pagination:
        if not self.items and self.previous is None and self.next is None:
            raise ValueError("give 'items', 'previous' or 'next': there is no link to show")
        current = [index for index, item in enumerate(self.items) if item.current]
        if len(current) > 1:
            raise ValueError(f"'items': mark at most one page current (items {current} are)")
        if self.items:
            for name, link in (("previous", self.previous), ("next", self.next)):
                if link is not None and link.has_label:
                    field = "label_text" if link.label_text is not None else "label_html"
                    raise ValueError(
                        f"'{name}.{field}' is shown only in the block variant, with no 'items': "
                        "remove the label or the items"
                    )
        return self

    def page_words(self, number: int) -> tuple[str, str]:
        """The words a screen reader says before and after page ``number``, in the current language."""
        # Translators: what a screen reader says for the link to one page of a list; %(number)s is the
        # page's number, shown on screen.
        words = gettext("Page %(number)s", number=_NUMBER)
        before, _, after = words.partition(_NUMBER)
        return before, after

    @property
    def block(self) -> bool:
        """The block variant: no numbered pages, the previous and next links on lines of their own."""
        return not self.items
