"""Site alert: an urgent message for the whole site, at the very top of every page, above the header."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from components.base import Component, HasContent, Text, TrustedHtml
from components.header import LandmarkName


class SiteAlert(Component, HasContent):
    """A message that goes on every page of a site, above the header, such as an office closing.

    ``info`` is for news people should see on any page; ``emergency`` is for an urgent threat to
    safety or to the service. It is a region that screen readers list with the page's landmarks,
    named "Site alert" or "Emergency alert" in the current language. Color is never the only cue:
    each kind has an icon of its own shape and starts with a word, hidden from view, that says which
    kind it is. It is on the page when it loads, so it does not interrupt screen readers.
    The heading, if any, is bold text unless given a level, so that the page's h1 stays its first
    heading. Give content as ``text``, ``html`` or ``{% call %}`` block content.

    Put it before the header, in the page layout's ``header`` block:
    ``{% block header %}{{ fd.site_alert(...) }}{{ super() }}{% endblock %}``.
    """

    block_param = "html"

    variant: Literal["info", "emergency"] = Field(
        "info",
        description="info for news people should see on any page of the site; emergency for an urgent "
        "threat to safety or to the service.",
    )
    slim: bool = Field(False, description="A compact alert with no heading, for a short message.")
    heading_text: Text | None = Field(None, description="An optional heading; not with slim.")
    heading_html: TrustedHtml | None = Field(
        None, description="An optional heading as trusted HTML; not with slim."
    )
    heading_level: int | None = Field(
        None,
        ge=2,
        le=6,
        description="None (the default) shows the heading as bold text: the alert comes before the "
        "page's h1, which should be the first heading. Give a level, 2 to 6, when the alert is below "
        "the h1.",
    )
    label: LandmarkName | None = Field(
        None,
        description='The name screen readers give the region; "Site alert" or "Emergency alert" in the '
        "current language if not given. When a page has two site alerts, give each its own name.",
    )
    id: str | None = Field(None, description="The site alert's id.")

    @model_validator(mode="after")
    def _slim_has_no_heading(self) -> SiteAlert:
        if self.slim and self.has_heading:
            raise ValueError(
                "a slim site alert has no heading: remove 'heading_text'/'heading_html' or 'slim'"
            )
        return self

    @property
    def heading_tag(self) -> str:
        """The element the heading is: ``p`` for bold text, or ``h2`` to ``h6``."""
        return "p" if self.heading_level is None else f"h{self.heading_level}"

    @property
    def has_heading(self) -> bool:
        """Whether the site alert shows a heading."""
        return self.heading_text is not None or self.heading_html is not None
