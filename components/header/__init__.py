"""Header: the service's name, the agency that runs it, and the main menu."""

from typing import Annotated

from pydantic import AfterValidator, Field

from components.base import Component, Href, Params, Text, TrustedHtml


def _has_words(name: str) -> str:
    if not name.strip():
        raise ValueError("a landmark's name must have words in it; leave the param out for the default")
    return name


LandmarkName = Annotated[Text, AfterValidator(_has_words)]
"""The name of a landmark (a navigation, a region) that screen readers list: text, never blank."""


class NavigationItem(Params):
    """One link in the header's menu."""

    text: Text = Field(description="The link text.")
    href: Href = Field(description="Where the link goes.")
    current: bool = Field(False, description='Marks the page the user is on (aria-current="page").')


class Header(Component):
    """The header of a service: its name linking to its start, the agency's name, and a menu."""

    service_name: Text = Field(description='The name of the service, such as "Apply for food assistance".')
    service_href: Href = Field("/", description="Where the service name links to: the service's start.")
    agency_name: Text | None = Field(
        None, description="The agency that runs the service, shown above its name."
    )
    navigation: list[NavigationItem] = Field(
        default_factory=list, description="Links in the main menu: each has text, href and current."
    )
    navigation_label: LandmarkName | None = Field(
        None,
        description='The name screen readers give the menu; "Main menu" in the current language if not '
        'given. They add "navigation" to it, so leave that word out. When a page shows another header '
        "too (in a frame, say), give each menu its own name.",
    )
    extra_html: TrustedHtml | None = Field(
        None, description="Trusted markup shown at the end of the header, such as a language selector."
    )
    landmark: bool = Field(
        True,
        description="Render as a <header> landmark. The page layout sets it to False because it puts "
        "the banner and this header inside one <header> of its own.",
    )
