"""Service navigation: the service's name and links to its main sections, under the header."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, HasContent, Href, Text, TrustedHtml
from components.header import LandmarkName


class ServiceNavigationItem(HasContent):
    """One link to a main section of the service. Give its words as ``text`` or ``html`` (phrasing
    content only: it goes inside the link)."""

    href: Href = Field(description="Where the link goes: the section's first page.")
    current: bool = Field(
        False,
        description='The person is on this very page, the section\'s first page: marked aria-current="page".',
    )
    active: bool = Field(
        False,
        description="The person is on a page inside this section, not on its first page: marked "
        'aria-current="true". Use current instead when the link goes to the page they are on.',
    )

    @property
    def aria_current(self) -> str | None:
        """The link's aria-current value: ``page`` for the page itself, ``true`` for its section."""
        if self.current:
            return "page"
        return "true" if self.active else None


class ServiceNavigation(Component):
    """The service's name and a menu of its main sections, in a band under the header.

    The menu is a navigation landmark named "Menu" in the current language; give ``label`` when the
    page has another navigation with that name. The section the person is in is marked for screen
    readers (``aria-current``: "page" on the section's own page, "true" on a page inside it) and on
    screen by bold text and a thick line under it, so color is not the only cue. There is no menu
    button and no script: on a narrow screen the links wrap onto more lines, and every one stays in
    view.

    Put it in the page's header landmark, right after the header component, so that the service's
    name is inside a landmark: in the page layout, a ``header`` block that writes the
    ``<header class="fd-page-header">`` with the banner, the header and this. When the header shows
    the service's name already, leave ``service_name`` out here. ``start_html`` and ``end_html`` go at
    the two ends of the band, around the name and the menu, such as a phase tag or a sign-out link.
    """

    service_name: Text | None = Field(
        None, min_length=1, description='The name of the service, such as "Apply for food assistance".'
    )
    service_href: Href | None = Field(
        None, description="Makes the service name a link to the service's start page."
    )
    navigation: list[ServiceNavigationItem] = Field(
        default_factory=list,
        description="Links to the service's main sections, in order: each has text or html, href, and "
        "current or active on the one the person is in.",
    )
    label: LandmarkName | None = Field(
        None,
        description='The name screen readers give the menu; "Menu" in the current language if not given. '
        'They add "navigation" to it, so leave that word out. Give each navigation on a page its own '
        "name.",
    )
    start_html: TrustedHtml | None = Field(
        None, description="Trusted markup at the start of the band, before the service name and the menu."
    )
    end_html: TrustedHtml | None = Field(
        None,
        description="Trusted markup at the end of the band, after the menu, such as a sign-out link or a "
        "language selector.",
    )

    @model_validator(mode="after")
    def _has_something_to_show(self) -> ServiceNavigation:
        if self.service_name is None and not self.navigation:
            raise ValueError("give 'service_name', 'navigation' or both: the band has nothing to show")
        if self.service_href is not None and self.service_name is None:
            raise ValueError("'service_href' needs 'service_name', the words of the link")
        marked = [str(index) for index, item in enumerate(self.navigation) if item.aria_current]
        if len(marked) > 1:
            raise ValueError(
                f"items {', '.join(marked)} of 'navigation' are all marked current or active: mark only "
                "the one section the person is in"
            )
        return self
