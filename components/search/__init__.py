"""Search: a search field and its button, in a search landmark, that sends the words to a results page."""

from __future__ import annotations

from typing import Literal

from markupsafe import Markup
from pydantic import Field

from components.base import Component, Href, Text
from components.button import Button
from components.header import LandmarkName
from components.label import Label
from i18n import gettext

ICON = Markup(
    '<svg class="fd-search__icon" xmlns="http://www.w3.org/2000/svg" width="20" height="20" '
    'viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" '
    'd="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3z'
    'm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z"/></svg>'
)
"""A magnifying glass, for the small size's button: decorative, its words are hidden text."""


class Search(Component):
    """A search form: a labelled search field and a button, inside a ``<search>`` landmark.

    It sends the words with GET by default, so a page of results has an address people can share.
    The label says "Search" in the current language and is hidden, read only by screen readers,
    unless ``label_visible``. Sizes: ``default``, ``big`` (larger text, for a search page) and
    ``small`` (the button is a magnifying glass, its word hidden text: for a header). It fits in the
    header component's ``extra_html``.
    """

    action: Href = Field(description='Where the search is sent: the results page, such as "/search".')
    method: Literal["get", "post"] = Field(
        "get",
        description="get puts the words in the results page's address, so it can be shared and bookmarked. "
        "Use post only where the words must stay out of the address.",
    )
    name: str = Field("q", min_length=1, description="The name the words are sent under.")
    id: str = Field(
        "search",
        min_length=1,
        description="The search field's id, which its label points to. Give each search on a page its own.",
    )
    value: Text | None = Field(None, description="The words already in the field, such as the last search.")
    size: Literal["default", "big", "small"] = Field(
        "default",
        description="default; big, with larger text, for the main search on a page; small, with a "
        "magnifying glass for a button, for a header.",
    )
    label: Label | None = Field(
        None,
        description="The field's label, as the label component's params; \"Search\" in the current language "
        "when not given.",
    )
    label_visible: bool = Field(
        False,
        description="Show the label above the field. By default only screen readers read it, and the "
        "button's word says what the field is for.",
    )
    button_text: Text | None = Field(
        None,
        min_length=1,
        description='The button\'s words; "Search" in the current language when not given. In the small '
        "size only screen readers read them.",
    )
    landmark_label: LandmarkName | None = Field(
        None,
        description="A name for the search landmark, for a page with two searches: give each its own, "
        'such as "Search this site". Screen readers add "search" to it.',
    )

    @property
    def field_label(self) -> Label:
        """The label to show: the one given, or "Search"; hidden from sight unless ``label_visible``."""
        label = self.label if self.label is not None else Label(text=gettext("Search"))
        if self.label_visible:
            return label
        return label.model_copy(update={"classes": f"fd-visually-hidden {label.classes}".rstrip()})

    @property
    def submit_button(self) -> Button:
        """The button that sends the search: its words, or, in the small size, the magnifying glass
        with the words as hidden text."""
        words = self.button_text if self.button_text is not None else gettext("Search")
        if self.size != "small":
            return Button(text=words, classes="fd-search__button")
        html = ICON + Markup('<span class="fd-visually-hidden">{}</span>').format(words)
        return Button(html=html, classes="fd-search__button")
