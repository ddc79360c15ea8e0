"""Tabs: panels of content on one page, one shown at a time, chosen from a row of tabs."""

from __future__ import annotations

from markupsafe import Markup
from pydantic import Field, model_validator

from components.base import Component, Params, Text, TrustedHtml
from components.markup import escape_text


class TabsItem(Params):
    """One panel: its id, the words on its tab, its heading and its content."""

    id: str = Field(
        pattern=r"^[A-Za-z][A-Za-z0-9_-]*$",
        description="The panel's id: the link to it in the contents list, and the URL fragment that "
        "opens its tab. Letters, digits, - and _, starting with a letter.",
    )
    label: Text = Field(
        min_length=1, description="The words on the tab and on the link in the contents list."
    )
    heading_text: Text | None = Field(
        None,
        description="The panel's heading, when it needs more words than the tab; the label if not given.",
    )
    text: Text | None = Field(None, description="The panel's content, as plain text; it is escaped.")
    html: TrustedHtml | None = Field(
        None,
        description="The panel's content as trusted HTML, such as paragraphs, a table or links; used as "
        "it is, never escaped.",
    )

    @model_validator(mode="after")
    def _has_content(self) -> TabsItem:
        if self.text is None and self.html is None:
            raise ValueError("give each panel its content as 'text' or 'html'")
        return self

    @property
    def heading(self) -> str:
        """The panel's heading: its own, or the label."""
        return self.heading_text if self.heading_text is not None else self.label

    @property
    def content(self) -> Markup:
        """The content ready to insert: the html as it is, or the text escaped in a paragraph."""
        if self.html is not None:
            return self.html
        return Markup('<p class="fd-body">{}</p>').format(escape_text(self.text))


class Tabs(Component):
    """Related content in panels, such as the same figures for different months, where people need
    one panel at a time and rarely compare them.

    Without JavaScript, and in windows narrower than 40em (640 px at the usual text size; also when
    someone zooms in past that after the page loaded), it is a
    "Contents" list of links to the panels, and each panel is a section with its heading, all shown. In
    wider windows our script makes the ARIA tabs pattern of it: the list a ``tablist`` of ``tab``
    links (``aria-selected``, ``aria-controls``), each section a ``tabpanel`` named by its tab, one
    shown at a time. Tab reaches the chosen tab only, then goes on to what follows; the Left and Right
    arrow keys (the other way round in right-to-left pages), Home and End choose another tab at once.
    A tab is still a link to its panel's id: choosing one puts that id in the URL, as a new history
    entry, without moving the page, so Back, a reload or a shared link shows that tab.

    Do not use tabs for the steps of a form, or when people need to compare the panels: put the content
    on one page, or use an accordion.
    """

    items: list[TabsItem] = Field(
        min_length=2,
        description="The panels, in order, at least 2: each has an id, a label, text or html, and may "
        "have heading_text.",
    )
    title_text: Text | None = Field(
        None,
        description="The heading of the contents list, shown without the script and on narrow screens; "
        '"Contents" in the current language if not given.',
    )
    heading_level: int = Field(
        2, ge=2, le=6, description="The level of the list's heading and of each panel's, 2 to 6."
    )
    hide_headings: bool = Field(
        False,
        description="Hide each panel's heading from view when the panels are tabs, when it would only "
        "repeat the tab; screen readers still read it.",
    )
    id: str | None = Field(None, description="The tabs' id.")

    @model_validator(mode="after")
    def _ids_differ(self) -> Tabs:
        ids = [item.id for item in self.items]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"each panel needs an id of its own; repeated: {', '.join(repeated)}")
        return self
