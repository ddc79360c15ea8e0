"""Header: the service's name, the agency that runs it, and the main menu."""

from pydantic import Field

from components.base import Component, Href, Params, Text, TrustedHtml


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
    extra_html: TrustedHtml | None = Field(
        None, description="Trusted markup shown at the end of the header, such as a language selector."
    )
    landmark: bool = Field(
        True,
        description="Render as a <header> landmark. The page layout sets it to False because it puts "
        "the banner and this header inside one <header> of its own.",
    )
