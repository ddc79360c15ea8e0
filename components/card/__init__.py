"""Card: a heading, an optional picture, some text and an optional action about one thing; or a group."""

from __future__ import annotations

import re

from markupsafe import Markup
from pydantic import Field, model_validator

from components.base import Component, Href, Params, Text, TrustedHtml
from components.button import Button

_INTERACTIVE = re.compile(
    r"<\s*(a|button|input|select|textarea|details|summary|label|iframe|audio|video|object|embed)\b"
    r"|\b(tabindex|contenteditable)\s*=",
    re.IGNORECASE,
)
"""Markup a person can focus or use: not allowed inside a card that is one big link."""


class CardMedia(Params):
    """A picture for the card: above its text, or beside it in the flag layout."""

    src: Href = Field(description="The picture's address.")
    alt: Text = Field(
        description='What the picture shows, for people who cannot see it. Give "" when it only '
        "decorates the card or repeats its heading."
    )
    width: int | None = Field(
        None, ge=1, description="The picture's width in pixels, so the page does not jump as it loads."
    )
    height: int | None = Field(
        None, ge=1, description="The picture's height in pixels, so the page does not jump as it loads."
    )


class CardLink(Params):
    """A plain link in the card's footer. Its words say where it goes, such as "See all grants"."""

    href: Href = Field(description="Where the link goes.")
    text: Text = Field(description="The link's words; they make sense on their own.")

    @model_validator(mode="after")
    def _has_words(self) -> CardLink:
        if not self.text.strip():
            raise ValueError("give the footer link some 'text'")
        return self


class CardContent(Params):
    """What one card holds: a heading, and any of a picture, text and a footer with an action.

    The heading comes first in the page's order, so people who move by headings meet it first; the
    picture is shown above it unless ``header_first``.
    """

    heading_text: Text | None = Field(None, description="The card's heading, as plain text.")
    heading_html: TrustedHtml | None = Field(None, description="The card's heading, as trusted HTML.")
    heading_level: int = Field(
        2, ge=2, le=6, description="The heading's level, 2 to 6, to fit the page's outline."
    )
    href: Href | None = Field(None, description="Makes the heading a link to this address.")
    whole_card_link: bool = Field(
        False,
        description="A click anywhere on the card, except on its text, follows the heading's link. "
        "Needs href. The heading link stays the only thing to focus: the card has no footer, "
        "and its text no links or buttons.",
    )
    media: CardMedia | None = Field(None, description="A picture, as {src, alt}.")
    text: Text | None = Field(None, description="The card's text, as plain text; it is escaped.")
    html: TrustedHtml | None = Field(
        None, description="The card's text as trusted HTML, such as paragraphs or a list."
    )
    footer_link: CardLink | None = Field(None, description="A plain link in the footer, as {href, text}.")
    footer_button: Button | None = Field(
        None,
        description="A button in the footer, as the button component's params; with href it is a "
        "link that looks like a button.",
    )
    footer_html: TrustedHtml | None = Field(None, description="The footer's content, as trusted HTML.")
    header_first: bool = Field(False, description="Show the heading above the picture, not under it.")
    flag: bool = Field(
        False, description="Put the picture beside the text when the card is wide enough. Needs media."
    )
    media_end: bool = Field(
        False, description="In the flag layout, put the picture at the end of the line, not the start."
    )

    def card_problems(self) -> list[str]:
        """What is wrong with this card's params, each naming the fields; empty when nothing is."""
        problems = []
        if self.heading_text is None and self.heading_html is None:
            problems.append("give the card a 'heading_text' or 'heading_html'")
        footers = [name for name in ("footer_link", "footer_button", "footer_html") if getattr(self, name)]
        if len(footers) > 1:
            problems.append(f"give the footer one of {', '.join(map(repr, footers))}, not more")
        if self.flag and self.media is None:
            problems.append("'flag' puts a picture beside the text: give 'media' too")
        if self.media_end and not self.flag:
            problems.append("'media_end' is for the flag layout: give 'flag' too")
        if self.flag and self.header_first:
            problems.append("'header_first' is not for the flag layout: remove 'header_first' or 'flag'")
        if self.whole_card_link:
            problems += self._whole_card_link_problems(footers)
        elif self.href is not None and _has_interactive(self.heading_html):
            problems.append("'heading_html' goes inside the heading's link: it cannot hold links or buttons")
        return problems

    def _whole_card_link_problems(self, footers: list[str]) -> list[str]:
        if self.href is None:
            return ["'whole_card_link' follows the heading's link: give 'href' too"]
        problems = [
            f"a card that is one link has no other links or buttons: remove {name!r} or 'whole_card_link'"
            for name in footers
        ]
        problems += [
            f"a card that is one link has no other links or buttons: {name!r} holds one"
            for name in ("heading_html", "html")
            if _has_interactive(getattr(self, name))
        ]
        return problems

    @property
    def modifiers(self) -> list[str]:
        """The card's BEM modifiers (``flag``, ``media-end``, ``header-first``, ``link``)."""
        chosen = {
            "flag": self.flag,
            "media-end": self.media_end,
            "header-first": self.header_first,
            "link": self.whole_card_link,
        }
        return [name for name, on in chosen.items() if on]

    @property
    def has_footer(self) -> bool:
        """Whether the card has a footer."""
        return any((self.footer_link, self.footer_button, self.footer_html))


def _has_interactive(html: Markup | None) -> bool:
    return html is not None and _INTERACTIVE.search(html) is not None


class CardItem(CardContent):
    """One card in a group: the same params as a card on its own, and an id."""

    id: str | None = Field(None, description="The card's id.")

    @model_validator(mode="after")
    def _check_card(self) -> CardItem:
        if problems := self.card_problems():
            raise ValueError("; ".join(problems))
        return self


_ONE_CARD_FIELDS = frozenset(CardContent.model_fields)


class Card(Component, CardContent):
    """A card about one thing: a heading, and any of a picture, text and a footer with one action.

    Alone it is a ``<div>``; with ``group`` the cards are items of a list (``<ul>``) in a grid
    that fits as many side by side as the width allows. The heading can be a link (``href``);
    ``whole_card_link`` lets a click anywhere on the card follow it, while screen reader and
    keyboard users meet one link, the heading's, and the text can still be selected. Give the
    text as ``text``, ``html`` or ``{% call %}`` block content.
    """

    block_param = "html"

    group: list[CardItem] | None = Field(
        None,
        min_length=1,
        description="Several cards, each with the params of one card, shown as a list. Give this or "
        "one card's params.",
    )
    id: str | None = Field(None, description="The id of the card, or of the group's list.")

    @model_validator(mode="after")
    def _one_card_or_a_group(self) -> Card:
        if self.group is None:
            problems = self.card_problems()
        else:
            given = sorted(_ONE_CARD_FIELDS & self.model_fields_set)
            problems = (
                [
                    f"give one card's params or 'group', not both: {', '.join(map(repr, given))} "
                    "go in each card of the group"
                ]
                if given
                else []
            )
        if problems:
            raise ValueError("; ".join(problems))
        return self
