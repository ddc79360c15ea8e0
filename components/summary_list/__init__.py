"""Summary list: pairs of keys and values, such as a person's answers, each with links to change it."""

from __future__ import annotations

from markupsafe import Markup
from pydantic import Field, model_validator

from components.base import Component, HasContent, Href, Params, Text, TrustedHtml
from i18n import gettext


def _words(text: str | None, html: Markup | None) -> str:
    """What a text/html pair says, as plain text: the text, or the HTML without its tags."""
    if text is not None:
        return text
    return html.striptags() if html is not None else ""


class SummaryListAction(Params):
    """A link that acts on a row or on a card, such as "Change" or "Remove"."""

    href: Href = Field(description="Where the link goes, such as the question that asked for the answer.")
    text: Text | None = Field(
        None, min_length=1, description='The link text; "Change" in the current language when not given.'
    )
    html: TrustedHtml | None = Field(None, description="The link text as trusted HTML.")
    visually_hidden_text: Text | None = Field(
        None,
        description="Words after the link text that only screen readers say, so that each link makes "
        'sense on its own ("Change" then "date of birth"). By default the row\'s key, or the card\'s '
        'title. Give "" for none, when the html already holds them.',
    )


class SummaryListRow(Params):
    """One row: a key (what it is about), its value (such as an answer) and any actions on it."""

    key: HasContent = Field(description='What the row is about, such as "Name": text or html.')
    value: HasContent | None = Field(
        None,
        description="The value, such as the person's answer: text or html. Needed unless there are actions.",
    )
    actions: list[SummaryListAction] = Field(
        default_factory=list, description="Links that act on this row, such as change and remove."
    )

    @model_validator(mode="after")
    def _value_or_actions(self) -> SummaryListRow:
        if self.value is None and not self.actions:
            raise ValueError("give the row a 'value' (or 'actions')")
        return self


class SummaryListCard(Params):
    """The card around a list: a title, and actions on all that is in it."""

    title_text: Text | None = Field(None, description="The card's title, such as a person's name.")
    title_html: TrustedHtml | None = Field(None, description="The card's title as trusted HTML.")
    heading_level: int = Field(
        2, ge=2, le=6, description="The title's heading level, 2 to 6, to fit the page's outline."
    )
    actions: list[SummaryListAction] = Field(
        default_factory=list, description="Links that act on the whole card, such as remove."
    )

    @model_validator(mode="after")
    def _has_title(self) -> SummaryListCard:
        if self.title_text is None and self.title_html is None:
            raise ValueError("give the card a 'title_text' or 'title_html'")
        return self

    @property
    def title(self) -> str:
        """The title as plain text."""
        return _words(self.title_text, self.title_html)


class SummaryList(Component):
    """A description list of keys and values, such as the answers on a check answers page.

    Each row can have actions ("Change", "Remove"). Their link text is followed by words that only
    screen readers say, the row's key by default, so that no two links sound alike. Rows with no
    actions line up with those that have them. With ``card``, the list sits in a card with a title
    and actions of its own, as for each person in a household.
    """

    rows: list[SummaryListRow] = Field(min_length=1, description="The rows, in order.")
    borders: bool = Field(
        True, description="Lines between the rows. Leave them out for a short list on its own."
    )
    card: SummaryListCard | None = Field(None, description="Put the list in a card with a title and actions.")

    def hidden_words(self, action: SummaryListAction, row: SummaryListRow | None = None) -> str:
        """The words only screen readers say after ``action``'s link text: its own, else the row's
        key (for a row's action) or the card's title; a row's words name the card too, if any."""
        if action.visually_hidden_text is not None:
            words = action.visually_hidden_text
        elif row is not None:
            words = _words(row.key.text, row.key.html)
        else:
            words = self.card.title if self.card is not None else ""
        if row is None or self.card is None or not words:
            return words
        # Translators: words only screen readers say after a link such as "Change", in a card.
        # %(what)s is what the link changes; %(card)s is the card's title, such as a person's name.
        return gettext("%(what)s (%(card)s)") % {"what": words, "card": self.card.title}
