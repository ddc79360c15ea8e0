"""Identifier: who runs a federal website and the links every federal website must have, at the very
bottom of each page."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from components.base import Component, Href, Params, Text
from components.footer import REQUIRED_LINK_PATHS, FooterLink
from components.header import LandmarkName
from i18n import gettext


def _says_something(alt: str) -> str:
    if not alt.strip():
        raise ValueError("a logo's alt text must say what it shows, such as the agency's name and 'logo'")
    return alt


class IdentifierLogo(Params):
    """The agency's logo, shown before its name."""

    src: Href = Field(description="The address of the logo image.")
    alt: Annotated[Text, AfterValidator(_says_something)] = Field(
        description='What the logo shows, for people who cannot see it, such as "Social Security '
        'Administration logo". Required: it cannot be blank.'
    )


class Identifier(Component):
    """The agency identifier: the parent agency's name and logo, a line that says the site is one of
    its official websites, the links every federal website must have, and a pointer to USA.gov.

    Put it at the very bottom of every page, after the footer. It is a region landmark ("Agency
    identifier" in the current language) holding a navigation landmark for the links ("Agency
    links"): neither name is one the footer component uses. When a page has both, the footer need not
    list the same links again: give the footer ``links=[]`` or links of its own.
    """

    agency_name: Text = Field(
        description='The parent agency, such as "Social Security Administration". The page says it is '
        '"An official website of the" agency, in the current language.'
    )
    agency_href: Href = Field(
        "/", description="The agency's website address; the required links are built from it."
    )
    agency_short_name: Text | None = Field(
        None,
        min_length=1,
        description='A short name for the "About" link, such as "SSA" for "About SSA"; the full name if '
        "not given.",
    )
    domain: Text | None = Field(
        None, min_length=1, description='The website\'s own address, such as "ssa.gov", shown above the name.'
    )
    logo: IdentifierLogo | None = Field(
        None, description="The agency's logo, with src and alt. The alt text is required."
    )
    links: list[FooterLink] | None = Field(
        None,
        description="The links, each with text and href. If not given: the links every federal website "
        "must have (about the agency, accessibility, FOIA, No FEAR Act, Inspector General, performance, "
        "privacy), under agency_href. An empty list shows no links.",
    )
    usa_gov: bool = Field(
        True,
        description='Show the line "Looking for U.S. government information and services?" and its link.',
    )
    usa_gov_href: Href = Field(
        "https://www.usa.gov/",
        description='Where the USA.gov link goes; "https://www.usa.gov/es/" for a site in Spanish.',
    )
    label: LandmarkName | None = Field(
        None,
        description='The name screen readers give the identifier; "Agency identifier" in the current '
        "language if not given. When a page shows two, give each its own name.",
    )
    navigation_label: LandmarkName | None = Field(
        None,
        description='The name screen readers give the links; "Agency links" in the current language if not '
        'given. They add "navigation" to it, so leave that word out. When a page shows two identifiers, '
        "give each its own name.",
    )

    @property
    def shown_links(self) -> list[FooterLink]:
        """The links to show: ``links`` as given, or the required links on the agency's website, in the
        current language."""
        if self.links is not None:
            return self.links
        base = self.agency_href.rstrip("/")
        texts = _required_link_texts(self.agency_short_name or self.agency_name)
        return [
            FooterLink.model_construct(text=texts[key], href=f"{base}/{path}")
            for key, path in REQUIRED_LINK_PATHS.items()
        ]


def _required_link_texts(agency: str) -> dict[str, str]:
    """The text of each required link (by its key in ``REQUIRED_LINK_PATHS``), in the current language."""
    return {
        # Translators: a link to the page about the agency that runs the website; %(agency)s is its
        # name or short name, such as "SSA".
        "about": gettext("About %(agency)s", agency=agency),
        "accessibility": gettext("Accessibility statement"),
        "foia": gettext("FOIA requests"),
        "no_fear_act": gettext("No FEAR Act data"),
        "inspector_general": gettext("Office of the Inspector General"),
        "performance": gettext("Performance reports"),
        "privacy": gettext("Privacy policy"),
    }
