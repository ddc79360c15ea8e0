"""Footer: the agency identifier, the links every federal website must have, and a pointer to USA.gov."""

from pydantic import Field

from components.base import Component, Href, Params, Text
from components.header import LandmarkName


class FooterLink(Params):
    """One link in the footer."""

    text: Text = Field(description="The link text.")
    href: Href = Field(description="Where the link goes.")


REQUIRED_LINK_PATHS = {
    "about": "about",
    "accessibility": "accessibility",
    "foia": "foia",
    "no_fear_act": "no-fear-act",
    "inspector_general": "oig",
    "performance": "performance",
    "privacy": "privacy",
}
"""Where each federally required link goes, under the agency's website address."""


class Footer(Component):
    """The page footer: who runs the site, the federally required links, and where to find more."""

    agency_name: Text = Field(
        description='The agency that runs the site, such as "Social Security Administration".'
    )
    agency_href: Href = Field(
        "/", description="The agency's website address; the required links are built from it."
    )
    links: list[FooterLink] | None = Field(
        None,
        description="The footer links. If not given: the federally required links (about, accessibility, "
        "FOIA, No FEAR Act, Inspector General, performance, privacy) under agency_href.",
    )
    navigation_label: LandmarkName | None = Field(
        None,
        description='The name screen readers give the links; "About this agency" in the current language '
        'if not given. They add "navigation" to it, so leave that word out. When a page shows another '
        "footer too (in a frame, say), give each its own name.",
    )

    def agency_link(self, key: str) -> str:
        """The address of one required link (a key of ``REQUIRED_LINK_PATHS``) on the agency's site."""
        return f"{self.agency_href.rstrip('/')}/{REQUIRED_LINK_PATHS[key]}"
