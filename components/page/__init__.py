"""Page: the base layout, a whole HTML document with skip link, banner, header, main content and footer."""

from typing import Any, Literal

from markupsafe import Markup
from pydantic import Field, ValidationInfo, field_validator

import i18n
from components.base import Attributes, Component, Href, Text, TrustedHtml
from components.footer import FooterLink
from components.header import LandmarkName, NavigationItem
from components.markup import escape_output
from components.namespace import fd

OWN_ATTRIBUTES = {
    "main_attributes": frozenset({"id", "class", "tabindex"}),
    "header_attributes": frozenset({"class"}),
}
"""The attributes the template sets itself, by the param that adds others: on ``<main>`` the skip link's
target and focus and the layout's class, on the page's ``<header>`` the layout's class."""


class Page(Component):
    """The base page layout: extend ``frontdoor/page/page.html`` and fill its blocks, or give content.

    The template sees this model as ``page``. Its blocks: ``head``, ``skip_link``, ``header``,
    ``before_content``, ``content``, ``footer`` and ``body_end``. ``classes`` and ``attributes`` go on
    the ``<html>`` element.
    """

    block_param = "content_html"

    title: Text = Field(
        description="The page's <title>: what this page is about, then the service name, "
        'such as "Your address - Apply for food assistance".'
    )
    lang: str | None = Field(
        None,
        pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$",
        description="The page's language code; the current locale if not given.",
    )
    dir: Literal["ltr", "rtl", "auto"] | None = Field(
        None, description="Text direction; worked out from the language if not given (rtl for Arabic)."
    )
    service_name: Text | None = Field(
        None, description="The service's name, shown in the header. No header is shown without it."
    )
    service_href: Href = Field("/", description="Where the service name links to: the service's start.")
    agency_name: Text | None = Field(
        None, description="The agency that runs the service: shown in the header and the footer."
    )
    agency_href: Href = Field("/", description="The agency's website address, used by the footer links.")
    navigation: list[NavigationItem] = Field(
        default_factory=list, description="Links in the header's main menu: text, href and current."
    )
    navigation_label: LandmarkName | None = Field(
        None, description='The name of the header\'s menu; "Main menu" in the current language if not given.'
    )
    footer_links: list[FooterLink] | None = Field(
        None, description="The footer links; the federally required links if not given."
    )
    footer_navigation_label: LandmarkName | None = Field(
        None,
        description='The name of the footer links; "About this agency" in the current language if not given.',
    )
    government_banner: bool = Field(
        True,
        description="Show the US government banner at the top. Only official US government websites "
        "show it: turn it off on any other site, such as a prototype or a demo.",
    )
    content_html: TrustedHtml = Field(
        Markup(""), description="Trusted markup for the main content (or fill the content block)."
    )
    main_attributes: Attributes = Field(
        default_factory=dict,
        description="Extra HTML attributes for the <main> element, such as aria-labelledby naming it after "
        "the page's h1 when the page shows other pages in frames. Not id, class or tabindex: the skip link "
        "and the layout rely on those.",
    )
    header_attributes: Attributes = Field(
        default_factory=dict,
        description="Extra HTML attributes for the page's <header> element (the banner landmark), such as "
        "aria-label naming it when the page shows other pages' headers in frames. Not class: the layout "
        "relies on it.",
    )
    footer_attributes: Attributes = Field(
        default_factory=dict,
        description="Extra HTML attributes for the footer's <footer> element (the contentinfo landmark), "
        "such as aria-label naming it when the page shows other pages' footers in frames.",
    )
    header_extra_html: TrustedHtml | None = Field(
        None, description="Trusted markup for the end of the header, such as a language selector."
    )
    asset_url: str = Field(
        "/static/frontdoor",
        description="Where Front Door's static files are served: frontdoor.css, frontdoor.js and "
        "vendor/htmx.min.js under it.",
    )
    include_htmx: bool = Field(True, description="Load htmx, for partial page updates.")

    @field_validator("main_attributes", "header_attributes")
    @classmethod
    def _keep_own_attributes(cls, value: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        own = OWN_ATTRIBUTES[str(info.field_name)]
        taken = sorted(name for name in value if name.lower() in own)
        if taken:
            element = str(info.field_name).removesuffix("_attributes")
            raise ValueError(f"the <{element}> element sets {', '.join(taken)} itself; give other attributes")
        return value

    @property
    def main_attributes_html(self) -> Markup:
        """``main_attributes`` written out for the end of the ``<main>`` start tag, values escaped."""
        return _attributes_html(self.main_attributes)

    @property
    def header_attributes_html(self) -> Markup:
        """``header_attributes`` written out for the end of the ``<header>`` start tag, values escaped."""
        return _attributes_html(self.header_attributes)

    @property
    def html_lang(self) -> str:
        """The ``lang`` of the ``<html>`` element: the one given, or the current locale."""
        return (self.lang or i18n.current_locale()).replace("_", "-")

    @property
    def html_dir(self) -> str:
        """The ``dir`` of the ``<html>`` element: the one given, or the direction of the language."""
        return self.dir or i18n.text_direction(self.html_lang)

    def render(self, **context: Any) -> Markup:
        """Render the whole document; the template sees this model as ``page``, and ``fd``."""
        return super().render(**{"page": self, "fd": fd, **context})


def _attributes_html(attributes: dict[str, str]) -> Markup:
    """Attributes written out for the end of a start tag; names were checked, values are escaped."""
    return Markup("".join(f' {name}="{escape_output(value)}"' for name, value in attributes.items()))
