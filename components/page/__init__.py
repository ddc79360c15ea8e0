"""Page: the base layout, a whole HTML document with skip link, banner, header, main content and footer."""

from typing import Any, Literal

from markupsafe import Markup
from pydantic import Field, field_validator

import i18n
from components.base import Attributes, Component, Href, Text, TrustedHtml
from components.footer import FooterLink
from components.header import NavigationItem
from components.markup import escape_output
from components.namespace import fd

MAIN_OWN_ATTRIBUTES = frozenset({"id", "class", "tabindex"})
"""The attributes the template gives ``<main>`` itself: the skip link's target and focus, and the layout."""


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
    footer_links: list[FooterLink] | None = Field(
        None, description="The footer links; the federally required links if not given."
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
    header_extra_html: TrustedHtml | None = Field(
        None, description="Trusted markup for the end of the header, such as a language selector."
    )
    asset_url: str = Field(
        "/static/frontdoor",
        description="Where Front Door's static files are served: frontdoor.css, frontdoor.js and "
        "vendor/htmx.min.js under it.",
    )
    include_htmx: bool = Field(True, description="Load htmx, for partial page updates.")

    @field_validator("main_attributes")
    @classmethod
    def _keep_main_attributes(cls, value: dict[str, str]) -> dict[str, str]:
        taken = sorted(name for name in value if name.lower() in MAIN_OWN_ATTRIBUTES)
        if taken:
            raise ValueError(f"the <main> element sets {', '.join(taken)} itself; give other attributes")
        return value

    @property
    def main_attributes_html(self) -> Markup:
        """``main_attributes`` written out for the end of the ``<main>`` start tag, values escaped."""
        html = "".join(f' {name}="{escape_output(value)}"' for name, value in self.main_attributes.items())
        return Markup(html)

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
