"""Collection: a list of items such as news articles or search results, each a heading that links to it."""

from __future__ import annotations

import datetime
import re

from markupsafe import Markup
from pydantic import Field, model_validator

from components.base import Component, Href, Params, Text, TrustedHtml
from components.tag import Tag
from i18n import gettext
from i18n.formatting import format_date

_LINK = re.compile(r"<\s*(a|button)\b", re.IGNORECASE)


class CollectionItem(Params):
    """One item: a heading that links to it, and any of a date, a description and tags."""

    heading_text: Text | None = Field(None, description="The item's heading, such as an article's title.")
    heading_html: TrustedHtml | None = Field(
        None, description="The item's heading as trusted HTML; it goes inside the link."
    )
    href: Href = Field(description="Where the heading links to: the article or page itself.")
    date: datetime.date | None = Field(
        None,
        description='The date the item was published or changed, such as "2025-06-02". It is shown in '
        "the current language, in a <time> element that holds the date for machines too.",
    )
    description_text: Text | None = Field(None, description="A short description, as plain text.")
    description_html: TrustedHtml | None = Field(None, description="A short description, as trusted HTML.")
    tags: list[Tag] = Field(
        default_factory=list,
        description='Tags that say what the item is about, each as the tag component\'s params: {"text": '
        '"Flood"}.',
    )

    @model_validator(mode="after")
    def _has_a_heading(self) -> CollectionItem:
        if self.heading_text is None and self.heading_html is None:
            raise ValueError("give the item a 'heading_text' or 'heading_html'")
        if self.heading_html is not None and _LINK.search(self.heading_html):
            raise ValueError("'heading_html' goes inside the item's link: it cannot hold links or buttons")
        return self

    @property
    def heading(self) -> Markup:
        """The heading, ready to insert: the html as it is, or the text escaped."""
        if self.heading_html is not None:
            return self.heading_html
        return Markup.escape(self.heading_text or "")

    @property
    def has_description(self) -> bool:
        """Whether the item has a description."""
        return self.description_text is not None or self.description_html is not None

    @property
    def date_text(self) -> str:
        """The date as people read it in the current language, such as "June 2, 2025"."""
        return format_date(self.date) if self.date is not None else ""


class Collection(Component):
    """A list (``<ul>``) of items such as news articles, events or search results.

    Each item has a heading that links to it, so people who move by headings or links find every
    item; then any of a date (a ``<time>`` element), a description and tags (the tag component).
    ``condensed`` makes a compact list of headings and dates. With no items, a message says there is
    nothing to show, in place of an empty list.
    """

    items: list[CollectionItem] = Field(
        default_factory=list,
        description="The items, in order. With none, the empty message is shown instead of the list.",
    )
    heading_level: int = Field(
        2, ge=2, le=6, description="The level of each item's heading, 2 to 6, to fit the page's outline."
    )
    condensed: bool = Field(
        False, description="A compact list: smaller headings, less space, and no descriptions."
    )
    empty_text: Text | None = Field(
        None,
        description='The message shown when there are no items; "There is nothing to show." in the '
        "current language when not given.",
    )
    empty_html: TrustedHtml | None = Field(
        None, description="The message shown when there are no items, as trusted HTML."
    )
    id: str | None = Field(None, description="The id of the list, or of the empty message.")

    @model_validator(mode="after")
    def _condensed_has_no_descriptions(self) -> Collection:
        if self.condensed:
            described = [
                f"'items.{index}.description_{kind}'"
                for index, item in enumerate(self.items)
                for kind in ("text", "html")
                if getattr(item, f"description_{kind}") is not None
            ]
            if described:
                raise ValueError(
                    f"a condensed collection shows no descriptions: remove {', '.join(described)} "
                    "or 'condensed'"
                )
        return self

    @property
    def empty_message(self) -> Markup:
        """The message for no items, ready to insert: the html, the text escaped, or our default."""
        if self.empty_html is not None:
            return self.empty_html
        if self.empty_text is not None:
            return Markup.escape(self.empty_text)
        return Markup.escape(gettext("There is nothing to show."))
